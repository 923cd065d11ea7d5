// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type mountObserveSuite struct{ systemSuite }

var _ = check.Suite(&mountObserveSuite{systemSuite{systemCase{
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
		writesFiles,
		anyCapability,
		`(mount|umount|pivot_root)( .*)?,`,
		`mount|umount2?|pivot_root`,
		`ptrace.*`,
	},
	reaches:      []access{{"/etc/fstab", "r"}},
	mustNotReach: []access{{"/etc/fstab", "w"}},
}}})
