// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type intelMEISuite struct{ systemSuite }

var _ = check.Suite(&intelMEISuite{systemSuite{systemCase{
	name:         "intel-mei",
	summary:      "allows access to the Intel Management Engine Interface",
	appArmor:     []string{"/dev/mei[0-9]* rw,"},
	mustNotGrant: []string{anyCapability, `/dev/mem.*`},
}}})

func (s *intelMEISuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	const mei = "/sys/devices/pci0000:00/0000:00:16.0/mei/mei0/"
	cn := connectToSystem(c, builtin.Classic, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/mei0",
		"file r /sys/class/mei/",
		"file r " + mei + "fw_ver",
		"file r " + mei + "fw_status",
	}, []string{
		"file w " + mei + "trc",
		"file rw /dev/mem",
		"file r /sys/devices/pci0000:00/0000:00:16.0/config",
	})
}
