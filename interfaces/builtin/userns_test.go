// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type userNSSuite struct {
	systemSuite
}

var _ = check.Suite(&userNSSuite{systemSuite{systemCase{
	name:            "userns",
	summary:         "allows the ability to use user namespaces",
	superPrivileged: true,
	appArmor: []string{
		"owner @{PROC}/@{pid}/{uid_map,gid_map,setgroups} rw,",
		"@{PROC}/sys/kernel/unprivileged_userns_clone r,",
		"@{PROC}/sys/user/max_user_namespaces r,",
	},
	secComp: []string{"unshare"},
	// No capability (they are the new namespace's, which AppArmor still
	// checks), no joining another process's namespaces, no mounts.
	mustNotGrant: append(startingWith("setns", "mount", "pivot_root", "umount"), anyCapability, "userns.*"),
}}})

// The rule of ABI 4.0 reaches a profile of that ABI only; an ABI 3.0
// profile goes without it and compiles.
func (s *userNSSuite) TestUserNSOnABI4Only(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("userns"))
	cn.checkABI4Rules(c, "consumer", plugTag, "userns", "userns,")
}

// The app maps ids in its own processes' namespaces, and reads the
// kernel's limits; it writes no other process's maps and no limit.
func (s *userNSSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("userns"))
	cn.checkAccesses(c, plugTag, []string{
		"file w /proc/4242/uid_map",
		"file rw /proc/4242/gid_map",
		"file w /proc/4242/setgroups",
		"file r /proc/sys/user/max_user_namespaces",
		"file r /proc/sys/kernel/unprivileged_userns_clone",
	}, []string{
		"file w /proc/4242/uid_map !owner",
		"file w /proc/sys/user/max_user_namespaces",
		"file w /proc/sys/kernel/unprivileged_userns_clone",
		"file w /proc/4242/projid_map",
		"capability sys_admin",
		"capability setuid",
		"mount fstype=tmpfs source=tmpfs /tmp/",
		// The profile of ABI 3.0 holds no userns rule (that kernel asks
		// for none).
		"userns create",
	})
}
