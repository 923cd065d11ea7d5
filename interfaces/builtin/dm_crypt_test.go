// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"
)

type dmCryptSuite struct{ c4Suite }

var _ = check.Suite(&dmCryptSuite{c4Suite{c4Case{
	name:             "dm-crypt",
	summary:          "allows setting up and opening encrypted volumes with the device mapper",
	declaredPlugOnly: true,
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
	reaches: []c4Access{
		{"/dev/mapper/control", "rw"},
		{"/dev/dm-0", "rw"},
		{"/run/cryptsetup/L_8:1", "rwk"},
	},
	mustNotReach: []c4Access{
		{"/dev/sda1", "r"},
		{"/dev/loop0", "r"},
	},
}}})
