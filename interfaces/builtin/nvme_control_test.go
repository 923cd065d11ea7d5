// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type nvmeControlSuite struct{}

var _ = check.Suite(&nvmeControlSuite{})

func (s *nvmeControlSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "nvme-control", staticInfo{
		summary:           "allows operating NVMe drives",
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
	c.Check(ifaceByName(c, "nvme-control").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}

// On classic the system's slot connects by hand, never by itself; the
// plug needs a snap declaration; Ubuntu Core carries no slot.
func (s *nvmeControlSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "nvme-control", "", false)
	checkDecisions(c, "nvme-control", []decision{{manual: true, auto: false}})
	c.Check(builtin.SystemSnap(builtin.Core).Slots["nvme-control"], check.IsNil)
	c.Check(builtin.SystemSnap(builtin.Classic).Slots["nvme-control"], check.NotNil)
}

// nvme-cli's work: admin commands on the controller, I/O and
// passed-through commands on namespaces, controller resets and fabrics
// connections; not the partitions, other disks, or other sysfs.
func (s *nvmeControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("nvme-control"))
	aa, sc := cn.plugSide(c)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	const ctrl = "/sys/devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0"
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/nvme0",
		"file rw /dev/nvme12",
		"file rw /dev/nvme0n1",
		"file rw /dev/nvme1n15",
		"file rw /dev/ng0n1",
		"file rw /dev/nvme-fabrics",
		"capability sys_admin",
		"file r /sys/class/nvme/",
		"file r " + ctrl + "/model",
		"file r " + ctrl + "/nvme0n1/size",
		"file w " + ctrl + "/reset_controller",
		"file r /sys/devices/virtual/nvme-subsystem/nvme-subsys0/subsysnqn",
		"file r /etc/nvme/hostnqn",
	}, []string{
		"file rw /dev/nvme0n1p2",
		"file rw /dev/sda",
		"file rw /dev/mem",
		"file w /etc/nvme/hostnqn",
		"file w " + ctrl + "/model",
		"file w " + ctrl + "/nvme0n1/size",
		"file w /sys/devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/remove",
		"capability sys_rawio",
		"capability sys_module",
	})
}
