// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type physicalMemoryObserveSuite struct{ systemSuite }

var _ = check.Suite(&physicalMemoryObserveSuite{systemSuite{systemCase{
	name:     "physical-memory-observe",
	summary:  "allows reading physical memory through /dev/mem",
	appArmor: []string{"/dev/mem r,", "capability sys_rawio,"},
	mustNotGrant: []string{
		writesFiles,
		`/dev/(kmem|port) .*`,
		`ioperm|iopl`,
	},
	reaches:      []access{{"/dev/mem", "r"}},
	mustNotReach: []access{{"/dev/mem", "w"}, {"/dev/kmem", "r"}, {"/dev/port", "r"}},
}}})
