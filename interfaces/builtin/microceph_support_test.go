// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type microcephSupportSuite struct{ systemSuite }

var _ = check.Suite(&microcephSupportSuite{systemSuite{systemCase{
	name:            "microceph-support",
	summary:         "allows operating as the MicroCeph service",
	superPrivileged: true,
	appArmor: []string{
		"/dev/dm-[0-9]{,[0-9],[0-9][0-9],[0-9][0-9][0-9]} rwk,",
		"capability sys_admin,",
		"/sys/bus/rbd/{add,add_single_major,remove,remove_single_major} w,",
		"network netlink raw,",
	},
	secComp:      []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT"},
	mustNotGrant: []string{`capability (sys_module|sys_rawio|mac_admin|dac_override).*`, `mount.*`, `/dev/loop.*`, `/dev/mapper/control.*`, `socket AF_NETLINK - NETLINK_(ROUTE|GENERIC|AUDIT)`},
	reaches: []access{
		{"/dev/sdb1", "rwk"}, {"/dev/sdaa128", "rw"}, {"/dev/nvme0n1p3", "rwk"}, {"/dev/vdb2", "rw"},
		{"/dev/dm-0", "rwk"}, {"/dev/dm-1234", "rw"}, {"/dev/bcache0", "rwk"},
		{"/sys/bus/rbd/add_single_major", "w"}, {"/sys/bus/rbd/supported_features", "r"}, {"/sys/devices/rbd/0/pool", "r"},
	},
	mustNotReach: []access{
		{"/dev/sdb", "rw"}, {"/dev/sdb129", "rw"}, {"/dev/sdb0", "rw"}, {"/dev/loop0", "rw"}, {"/dev/mapper/control", "rw"},
		{"/dev/md0", "rw"}, {"/dev/rbd0", "rw"}, {"/sys/bus/rbd/supported_features", "w"}, {"/sys/devices/rbd/0/pool", "w"},
	},
}}})

// ceph-osd opens and locks its device; rbd maps, lists and unmaps
// images and waits for udev's announcement of each. Nothing else: no
// whole disk (block-devices'), no device-mapper control (dm-crypt's),
// no loop device, no mount.
func (s *microcephSupportSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("microceph-support")).checkAccesses(c, plugTag, []string{
			"file rwk /dev/sdc1",
			"file rwk /dev/nvme1n1p2",
			"file rwk /dev/dm-3",
			"file rwk /dev/bcache1",
			"file rw /dev/xvdb1",
			"file r /dev/mmcblk0p2",
			"capability sys_admin",
			"file w /sys/bus/rbd/add_single_major",
			"file w /sys/bus/rbd/remove_single_major",
			"file r /sys/bus/rbd/devices/",
			"file r /sys/devices/rbd/0/name",
			"file w /sys/devices/rbd/0/refresh",
			"network netlink raw",
			"file r /sys/devices/virtual/block/rbd0/uevent",
			"file r /run/udev/data/b252:0",
		}, []string{
			"file rw /dev/sdc",
			"file rw /dev/nvme1n1",
			"file rw /dev/hda1",
			"file rw /dev/loop7",
			"file rw /dev/mapper/control",
			"file rw /dev/md127",
			"file w /sys/devices/rbd/0/name",
			"file w /sys/bus/pci/drivers_probe",
			"file w /sys/devices/virtual/block/rbd0/uevent",
			"capability sys_rawio",
			"capability sys_module",
			"mount fstype=ceph source=10.0.0.1:/ /mnt/",
		})
	}
}

func init() {
	addAccessDifferences("microceph-support", accessDifferences{rows: []accessDifference{{
		access: "capability sys_admin",
		ours:   true,
		why:    "the rbd bus asks for it, and MicroCeph's rbd command has no other plug that grants it",
	}, {
		access: "network netlink raw",
		ours:   true,
		why:    "rbd device map waits for the mapped device on libudev's uevent socket",
	}, {
		access: "file rw /dev/hda1",
		ours:   false,
		why:    "no kernel of a supported release names IDE disks hd any more",
	}}})
}

func (s *microcephSupportSuite) TestNotRendered(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
}
