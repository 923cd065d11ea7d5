// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type classicSupportSuite struct{ systemSuite }

var _ = check.Suite(&classicSupportSuite{systemSuite{systemCase{
	name:            "classic-support",
	summary:         "special permissions for the classic snap",
	superPrivileged: true,
	appArmor: []string{
		"/usr/bin/systemd-run Uxr,",
		"capability sys_admin,",
		"umount /writable/classic/**/,",
	},
	secComp:      []string{"mount", "umount2", "fchownat", "fchmodat"},
	mustNotGrant: []string{`capability (sys_module|sys_rawio|mac_admin|dac_override|sys_ptrace).*`, `change_profile.*`, `pivot_root.*`, `/\*\* .*`, `/{,\*\*} .*`, `@unrestricted`, `mknod.*`, `init_module`},
	reaches: []access{
		{"/writable/classic/usr/bin/sudo", "rw"}, {"/writable/classic/etc/apt/sources.list", "rw"}, {"/writable/classic/", "r"},
	},
	mustNotReach: []access{
		{"/writable/system-data/etc/shadow", "rw"}, {"/writable/classicfoo/x", "rw"}, {"/etc/shadow", "w"}, {"/usr/bin/sudo", "w"},
	},
}}})

// The snap builds the dimension under /writable/classic, binds the host
// into it, and hands the shell to systemd through an unconfined
// systemd-run. It mounts nothing anywhere else, nor anything but the
// host's own directories, and runs nothing else unconfined.
func (s *classicSupportSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("classic-support")).checkAccesses(c, plugTag, []string{
			"exec /usr/bin/systemd-run Ux",
			"exec /bin/systemd-run Ux",
			"file rwl /writable/classic/usr/bin/sudo",
			"file rw /writable/classic/var/lib/dpkg/status",
			"capability chown",
			"capability fowner",
			"capability fsetid",
			"capability sys_admin",
			"mount options=rw,bind source=/home/ /writable/classic/home/",
			"mount options=rw,rbind source=/dev/ /writable/classic/dev/",
			"mount options=rw,bind source=/var/lib/snapd/ /writable/classic/var/lib/snapd/",
			"umount /writable/classic/proc/",
		}, []string{
			"exec /usr/bin/bash ux",
			"exec /writable/classic/bin/bash ux",
			"exec /usr/bin/sudo ux",
			"file w /etc/passwd",
			"file rw /writable/system-data/var/lib/snapd/state.json",
			"capability sys_module",
			"capability sys_ptrace",
			"capability mac_admin",
			"mount options=rw,bind source=/etc/ /writable/classic/etc/",
			"mount options=rw,bind source=/ /writable/classic/host/",
			"mount options=rw,bind source=/home/ /home/",
			"mount fstype=ext4 source=/dev/sda1 /writable/classic/mnt/",
			"umount /",
			"umount /writable/",
			"pivot_root /writable/classic/",
			"change_profile target=unconfined",
		})
	}
}
