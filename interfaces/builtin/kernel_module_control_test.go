// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type kernelModuleControlSuite struct{ systemSuite }

var _ = check.Suite(&kernelModuleControlSuite{systemSuite{systemCase{
	name:            "kernel-module-control",
	summary:         "allows loading and unloading kernel modules and setting their parameters",
	superPrivileged: true,
	appArmor: []string{
		"capability sys_module,",
		"/{,usr/}{,s}bin/{insmod,kmod,modprobe,rmmod} ixr,",
		"/{usr/,}lib/modules/** r,",
		"/sys/module/*/parameters/* w,",
	},
	secComp: []string{"init_module", "finit_module", "delete_module"},
	mustNotGrant: []string{
		// Module files and configuration stay read-only, and loading
		// modules is not a way to other kernel powers.
		`.*lib/modules.* [a-z]*[wal][a-z]*,`,
		`.*modprobe\.d.* [a-z]*[wal][a-z]*,`,
		`.*modules_disabled.*`,
		`capability (sys_admin|sys_rawio|sys_boot),`,
		`kexec_load|kexec_file_load|reboot|mount|umount2`,
		`(mount|umount|pivot_root)( .*)?,`,
	},
	reaches: []access{
		{"/sys/module/usbcore/parameters/autosuspend", "w"},
		{"/lib/modules/6.8.0-31-generic/kernel/fs/fuse/fuse.ko.zst", "r"},
	},
	mustNotReach: []access{
		{"/lib/modules/6.8.0-31-generic/kernel/fs/fuse/fuse.ko.zst", "w"},
		{"/usr/lib/modules/6.8.0-31-generic/modules.dep", "w"},
		{"/etc/modprobe.d/blacklist.conf", "w"},
		{"/sys/module/usbcore/uevent", "w"},
	},
}}})
