// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"
)

type mountObserveSuite struct{ c4Suite }

var _ = check.Suite(&mountObserveSuite{c4Suite{c4Case{
	name:    "mount-observe",
	summary: "allows reading the mount table, filesystem usage and disk quotas",
	appArmor: []string{
		"@{PROC}/@{pid}/{mounts,mountinfo,mountstats} r,",
		"@{PROC}/{filesystems,swaps} r,",
		"/etc/fstab r,",
		"/run/mount/utab r,",
	},
	secComp: []string{"quotactl"},
	mustNotGrant: []string{
		c4WritesFiles,
		c4AnyCapability,
		`(mount|umount|pivot_root)( .*)?,`,
		`mount|umount2?|pivot_root`,
		`ptrace.*`,
	},
	reaches:      []c4Access{{"/etc/fstab", "r"}},
	mustNotReach: []c4Access{{"/etc/fstab", "w"}},
}}})
