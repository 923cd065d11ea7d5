// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type kernelModuleObserveSuite struct{ systemSuite }

var _ = check.Suite(&kernelModuleObserveSuite{systemSuite{systemCase{
	name:    "kernel-module-observe",
	summary: "allows listing loaded kernel modules and reading their parameters",
	appArmor: []string{
		"@{PROC}/modules r,",
		"/sys/module/** r,",
		"/{usr/,}lib/modules/** r,",
		"/etc/modprobe.d/** r,",
	},
	mustNotGrant: []string{
		writesFiles,
		anyCapability,
		`init_module|finit_module|delete_module`,
	},
	reaches: []access{
		{"/sys/module/usbcore/parameters/autosuspend", "r"},
		{"/usr/lib/modules/6.8.0-31-generic/modules.dep", "r"},
		{"/lib/modules/6.8.0-31-generic/kernel/fs/fuse/fuse.ko.zst", "r"},
	},
	mustNotReach: []access{
		{"/sys/module/usbcore/parameters/autosuspend", "w"},
		{"/lib/modules/6.8.0-31-generic/kernel/fs/fuse/fuse.ko.zst", "w"},
	},
}}})
