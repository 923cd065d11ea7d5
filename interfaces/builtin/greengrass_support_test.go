// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type greengrassSupportSuite struct{ systemSuite }

var _ = check.Suite(&greengrassSupportSuite{systemSuite{systemCase{
	name:            "greengrass-support",
	summary:         "allows operating as the Greengrass service",
	superPrivileged: true,
	appArmor: []string{
		"/usr/bin/sudo ixr,",
		"capability setuid,",
		"/sys/fs/cgroup/greengrass/** rw,",
	},
	secComp:      []string{"setgroups", "socket AF_NETLINK - NETLINK_AUDIT", "fchownat"},
	mustNotGrant: []string{`capability (sys_admin|sys_module|sys_rawio|mac_admin|sys_chroot|net_admin).*`, `mount.*`, `pivot_root.*`, `change_profile.*`, `@unrestricted`, `unshare`, `setns`},
	reaches: []access{
		{"/sys/fs/cgroup/greengrass/com.example.Hello/memory.max", "rw"},
		{"/sys/fs/cgroup/memory/greengrass/com.example.Hello/memory.limit_in_bytes", "rw"},
		{"/etc/sudoers.d/ggc", "r"},
	},
	mustNotReach: []access{
		{"/etc/sudoers", "w"}, {"/etc/sudoers.d/ggc", "w"},
		{"/sys/fs/cgroup/system.slice/cgroup.procs", "w"}, {"/sys/fs/cgroup/memory/user.slice/memory.limit_in_bytes", "w"},
		{"/var/snap/other/common/greengrass/v2/packages/artifacts/x/run", "rm"},
	},
}}})

// The nucleus runs deployed components from its own data, through
// sudo as their users, limits them in its own cgroup, and stops them.
// It builds no container: no mount, no namespace, no pivot_root; and
// it runs nothing from other snaps' data, nor limits other cgroups.
func (s *greengrassSupportSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("greengrass-support")).checkAccesses(c, plugTag, []string{
			"exec /var/snap/consumer/common/greengrass/v2/packages/artifacts/com.example.Hello/1.0.0/hello ix",
			"exec /usr/bin/sudo ix",
			"file r /etc/sudoers",
			"file r /etc/pam.d/sudo",
			"capability setuid",
			"capability setgid",
			"capability audit_write",
			"network netlink raw",
			"capability kill",
			"capability chown",
			"file w /sys/fs/cgroup/greengrass/com.example.Hello/cgroup.procs",
			"file w /sys/fs/cgroup/greengrass/com.example.Hello/cpu.max",
			"file w /sys/fs/cgroup/cpu,cpuacct/greengrass/com.example.Hello/cpu.cfs_quota_us",
			"file w /sys/fs/cgroup/cgroup.subtree_control",
		}, []string{
			"exec /var/snap/other/common/greengrass/v2/packages/artifacts/x/run ix",
			"exec /usr/bin/sudo ux",
			"file w /etc/sudoers",
			"file w /etc/shadow",
			"file w /sys/fs/cgroup/system.slice/cgroup.procs",
			"file w /sys/fs/cgroup/user.slice/memory.max",
			"file w /sys/fs/cgroup/pids/greengrass/pids.max",
			"capability sys_admin",
			"capability net_admin",
			"mount fstype=overlay source=overlay /var/snap/consumer/common/rootfs/",
			"pivot_root /var/snap/consumer/common/rootfs/",
		})
	}
}

func init() {
	addAccessDifferences("greengrass-support", accessDifferences{rows: []accessDifference{{
		access: "mount fstype=overlay source=overlay /var/snap/consumer/common/rootfs/",
		ours:   false,
		why:    "Greengrass 1's own containers, past their end of life, are not supported",
	}, {
		access: "pivot_root /var/snap/consumer/common/rootfs/",
		ours:   false,
		why:    "Greengrass 1's own containers, past their end of life, are not supported",
	}}})
}
