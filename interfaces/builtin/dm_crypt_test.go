// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type dmCryptSuite struct{ systemSuite }

var _ = check.Suite(&dmCryptSuite{systemSuite{systemCase{
	name:            "dm-crypt",
	summary:         "allows setting up and opening encrypted volumes with the device mapper",
	superPrivileged: true,
	appArmor: []string{
		"/dev/mapper/control rw,",
		"/dev/dm-[0-9]* rwk,",
		"/run/cryptsetup/* rwk,",
		"capability sys_admin,",
		"capability ipc_lock,",
		"network alg seqpacket,",
	},
	secComp: []string{"add_key", "keyctl", "request_key", "socket AF_ALG"},
	mustNotGrant: []string{
		// The disks behind the volumes come from another interface, and
		// opening a volume is not mounting it.
		`/dev/(sd|nvme|vd|xvd|hd|mmcblk|loop).*`,
		`(mount|umount|pivot_root)( .*)?,`,
		`mount|umount2`,
	},
	reaches: []access{
		{"/dev/mapper/control", "rw"},
		{"/dev/dm-0", "rw"},
		{"/run/cryptsetup/L_8:1", "rwk"},
	},
	mustNotReach: []access{
		{"/dev/sda1", "r"},
		{"/dev/loop0", "r"},
	},
}}})
