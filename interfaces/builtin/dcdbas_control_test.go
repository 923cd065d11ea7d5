// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type dcdbasControlSuite struct{ systemSuite }

var _ = check.Suite(&dcdbasControlSuite{systemSuite{systemCase{
	name:     "dcdbas-control",
	summary:  "allows access to Dell Systems Management Base Driver",
	appArmor: []string{"@{sys}/devices/platform/dcdbas/smi_request w,"},
	mustNotGrant: []string{
		anyCapability,
		`/dev/.*`,
	},
}}})

// libsmbios's path through the driver: size and fill the buffer, raise
// the interrupt, set the shutdown action; never the buffer's physical
// address, nor another platform device.
func (s *dcdbasControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("dcdbas-control"))
	const d = "/sys/devices/platform/dcdbas"
	cn.checkAccesses(c, plugTag, []string{
		"file r " + d + "/",
		"file rw " + d + "/smi_data_buf_size",
		"file rw " + d + "/smi_data",
		"file r " + d + "/smi_data_buf_phys_addr",
		"file w " + d + "/smi_request",
		"file rw " + d + "/host_control_action",
		"file rw " + d + "/host_control_on_shutdown",
	}, []string{
		"file r " + d + "/smi_request",
		"file w " + d + "/smi_data_buf_phys_addr",
		"file w " + d + "/driver_override",
		"file w /sys/devices/platform/dell-smbios.0/tokens/value",
		"file rw /dev/mem",
	})
}
