// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type blockDevicesSuite struct{ systemSuite }

var _ = check.Suite(&blockDevicesSuite{systemSuite{systemCase{
	name:            "block-devices",
	summary:         "allows reading and writing disks and partitions directly",
	superPrivileged: true,
	appArmor: []string{
		"/dev/sd[a-z]{,[a-z]}{,[0-9]*} rwk,",
		"/dev/nvme[0-9]*n[0-9]*{,p[0-9]*} rwk,",
		"/dev/dm-[0-9]* rwk,",
		"/dev/disk/** r,",
		"/sys/devices/**/block/** r,",
		"capability sys_admin,",
		"capability sys_rawio,",
	},
	mustNotGrant: []string{
		`/dev/loop.*`,
		`/dev/(k?mem|port) .*`,
		`(mount|umount|pivot_root)( .*)?,`,
	},
	reaches: []access{
		{"/dev/sda", "rwk"},
		{"/dev/sdab3", "rw"},
		{"/dev/nvme0n1", "rw"},
		{"/dev/nvme10n2p14", "rw"},
		{"/dev/vda1", "rw"},
		{"/dev/xvdb", "rw"},
		{"/dev/mmcblk0p2", "rw"},
		{"/dev/md127", "rw"},
		{"/dev/dm-3", "rw"},
		{"/dev/disk/by-uuid/0a1b2c3d", "r"},
		{"/sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda/size", "r"},
	},
	mustNotReach: []access{
		// Loop devices carry the system's mounted snaps.
		{"/dev/loop0", "r"},
		{"/dev/loop-control", "r"},
		// An NVMe controller is not a namespace.
		{"/dev/nvme0", "w"},
		{"/dev/sr0", "w"},
		{"/dev/mem", "r"},
		{"/dev/sda1/../mem", "r"},
		{"/dev/disk/by-uuid/0a1b2c3d", "w"},
	},
}}})
