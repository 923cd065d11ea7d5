// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

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
	secComp: []string{"quotactl &0xffffff00=0x80000700", "quotactl_fd - &0xffffff00=0x580300", "listmount", "statmount"},
	mustNotGrant: []string{
		// Every quota command, or one that changes quotas (Q_SETQUOTA,
		// Q_QUOTAON).
		`quotactl`, `quotactl .*=0x80000800`, `quotactl .*=0x80000200`,
		writesFiles,
		anyCapability,
		`(mount|umount|pivot_root)( .*)?,`,
		`mount|umount2?|pivot_root`,
		`ptrace.*`,
	},
	reaches:      []access{{"/etc/fstab", "r"}},
	mustNotReach: []access{{"/etc/fstab", "w"}},
}}})

// The mount table names the host's devices and mount sources, so the
// base policy keeps it from every app: mount-observe is what grants it,
// for the plugging app alone.
func (s *mountObserveSuite) TestMountTableOnlyThroughTheInterface(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("mount-observe"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /proc/4242/mountinfo",
		"file r /proc/4242/mounts",
		"file r /proc/4242/mountstats",
		"file r /proc/1/mountinfo !owner",
		"file r /proc/filesystems",
		"file r /proc/swaps",
		"file r /etc/fstab",
		"file r /run/mount/utab",
	}, []string{
		"file w /proc/4242/mountinfo",
		"file w /etc/fstab",
		"file w /run/mount/utab",
		"ptrace read peer=unconfined",
		"mount options=bind source=/x /y",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{
		"file r /proc/4242/mountinfo",
		"file r /proc/4242/mounts",
		"file r /proc/4242/mountstats",
		"file r /proc/swaps",
	})
}
