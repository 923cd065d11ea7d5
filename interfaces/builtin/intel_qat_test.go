// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type intelQATSuite struct{ systemSuite }

var _ = check.Suite(&intelQATSuite{systemSuite{systemCase{
	name:         "intel-qat",
	summary:      "allows access to Intel QuickAssist Technology devices",
	appArmor:     []string{"/dev/vfio/vfio rw,", "/dev/vfio/[0-9]* rw,", "/dev/qat_adf_ctl rw,", "@{run}/qat/qatmgr.sock rw,"},
	mustNotGrant: []string{anyCapability, `@\{sys\}.* [a-z]*w[a-z]*,`, `/sys.*`},
}}})

// qatlib finds its virtual functions through the VFIO groups and their
// devices' ids, and asks the QAT manager for them; it binds no driver,
// configures no device, and reaches no other PCI device's
// configuration.
func (s *intelQATSuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	const vf = "/sys/devices/pci0000:6b/0000:6b:00.0/0000:6b:00.1/"
	cn := connectToSystem(c, builtin.Classic, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file r /dev/vfio/",
		"file rw /dev/vfio/vfio",
		"file rw /dev/vfio/42",
		"file r /sys/kernel/iommu_groups/",
		"file r /sys/kernel/iommu_groups/42/devices/",
		"file r " + vf + "vendor",
		"file r " + vf + "device",
		"file rw /dev/qat_adf_ctl",
		"file rw /run/qat/qatmgr.sock",
	}, []string{
		"file rw " + vf + "config",
		"file r " + vf + "resource0",
		"file w " + vf + "driver_override",
		"file w /sys/bus/pci/drivers/vfio-pci/bind",
		"file w /sys/bus/pci/devices/0000:6b:00.0/sriov_numvfs",
		"file w /run/qat/qatmgr.sock.lock",
		"file rw /dev/kvm",
	})
}
