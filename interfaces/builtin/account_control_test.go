// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type accountControlSuite struct{ systemSuite }

var _ = check.Suite(&accountControlSuite{systemSuite{systemCase{
	name:    "account-control",
	summary: "allows managing non-system user accounts and groups",
	appArmor: []string{
		"/{,usr/}sbin/{chage,chgpasswd,chpasswd,gpasswd,groupadd,groupdel,groupmod,useradd,userdel,usermod} ixr,",
		"/var/lib/extrausers/** rwkl,",
		"/etc/.pwd.lock rwk,",
		"capability chown,",
		"capability audit_write,",
	},
	secComp: []string{
		"chown - 0 -",
		"fchown - 0 -",
		"fchownat - - 0 - -",
		"socket AF_NETLINK - NETLINK_AUDIT",
	},
	mustNotGrant: []string{
		// The system's own account files stay as they are, and the shadow
		// files there are not even read.
		`/etc/(\{[^}]*)?g?shadow.*`,
		`/etc/(\{[^}]*)?(group|passwd|subgid|subuid)[^ ]* [a-z]*[wal][a-z]*,`,
		`capability (dac_override|dac_read_search|fowner|fsetid|setuid|setgid|sys_admin),`,
		// Home directories are the home interface's.
		`(@\{HOME\}|@\{HOMEDIRS\}|/home).*`,
		// An owner may only be given back to root.
		`(f|l)?chown(32|at)?`,
		`(f|l)?chown(32)? - [^0].*`,
		`setuid|setgid|setresuid|setresgid|setgroups`,
	},
	reaches: []access{
		{"/var/lib/extrausers/passwd", "rw"},
		{"/var/lib/extrausers/shadow", "rw"},
		{"/var/lib/extrausers/gshadow.lock", "rwl"},
		{"/etc/passwd", "r"},
	},
	mustNotReach: []access{
		{"/etc/shadow", "r"},
		{"/etc/gshadow", "r"},
		{"/etc/passwd", "w"},
		{"/etc/group", "w"},
		{"/etc/sudoers", "w"},
		{"/home/someone/.bashrc", "w"},
	},
}}})
