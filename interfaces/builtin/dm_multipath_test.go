// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type dmMultipathSuite struct{}

var _ = check.Suite(&dmMultipathSuite{})

func (s *dmMultipathSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "dm-multipath", staticInfo{
		summary:           "allows managing the host's multipath devices through multipathd and the device mapper",
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
}

// Carrying the plug needs a snap declaration; once carried, it is
// connected to the classic host's slot by hand only. Ubuntu Core has no
// multipathd slot.
func (s *dmMultipathSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "dm-multipath", "", false)
	checkDecisions(c, "dm-multipath", []decision{{manual: true, auto: false}})
	c.Check(builtin.SystemSnap(builtin.Core).Slots["dm-multipath"], check.IsNil)
}

// multipathd's socket, the device mapper and the maps' description; not
// the disks under the maps, nor another abstract socket of the host, nor
// the host's multipath configuration for writing.
func (s *dmMultipathSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("dm-multipath"))
	aa, sc := cn.plugSide(c)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	checkGrantsNone(c, aa, `capability (sys_rawio|mknod|sys_module).*`, `(mount|umount).*`)
	cn.checkAccesses(c, plugTag, []string{
		"unix connect stream peer_addr=@/org/kernel/linux/storage/multipathd peer=unconfined",
		"unix send stream peer_addr=@/org/kernel/linux/storage/multipathd peer=unconfined",
		"file rw /run/multipathd.socket",
		"file rw /dev/mapper/control",
		"file rw /dev/dm-3",
		"file r /dev/mapper/",
		"capability sys_admin",
		"file r /etc/multipath.conf",
		"file r /etc/multipath/conf.d/local.conf",
		"file rw /etc/multipath/wwids",
		"file r /sys/devices/virtual/block/dm-3/dm/uuid",
		"file r /sys/devices/virtual/block/dm-3/slaves/sdb",
		"file r /sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sdb/size",
		"file r /run/udev/data/b253:3",
	}, []string{
		"unix connect stream peer_addr=@/org/kernel/linux/storage/multipathd-evil peer=unconfined",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"file w /etc/multipath.conf",
		"file w /etc/multipath/conf.d/local.conf",
		"file rw /dev/sdb",
		"file rw /dev/sg1",
		"file w /sys/devices/virtual/block/dm-3/queue/scheduler",
		"file w /sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/delete",
		"capability sys_rawio",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file rw /dev/mapper/control"})
}
