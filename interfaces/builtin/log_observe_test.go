// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type logObserveSuite struct{ systemSuite }

var _ = check.Suite(&logObserveSuite{systemSuite{systemCase{
	name:    "log-observe",
	summary: "allows reading the system logs, the journal and kernel messages",
	appArmor: []string{
		"/var/log/** r,",
		"/run/log/journal/** r,",
		"/var/lib/systemd/catalog/database r,",
		"/dev/kmsg r,",
		"capability syslog,",
	},
	mustNotGrant: []string{
		writesFiles,
		`capability (dac_override|dac_read_search|sys_admin),`,
		// Reading the kernel's buffer must not clear it.
		`syslog`,
	},
	reaches: []access{
		{"/var/log/syslog", "r"},
		{"/var/log/journal/0123456789abcdef/system.journal", "r"},
		{"/run/log/journal/0123456789abcdef/system.journal", "r"},
	},
	mustNotReach: []access{
		{"/var/log/syslog", "w"},
		{"/var/log/journal/0123456789abcdef/system.journal", "w"},
		{"/dev/kmsg", "w"},
	},
}}})
