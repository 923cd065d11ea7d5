// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"
)

type physicalMemoryObserveSuite struct{ c4Suite }

var _ = check.Suite(&physicalMemoryObserveSuite{c4Suite{c4Case{
	name:     "physical-memory-observe",
	summary:  "allows reading physical memory through /dev/mem",
	appArmor: []string{"/dev/mem r,", "capability sys_rawio,"},
	mustNotGrant: []string{
		c4WritesFiles,
		`/dev/(kmem|port) .*`,
		`ioperm|iopl`,
	},
	reaches:      []c4Access{{"/dev/mem", "r"}},
	mustNotReach: []c4Access{{"/dev/mem", "w"}, {"/dev/kmem", "r"}, {"/dev/port", "r"}},
}}})
