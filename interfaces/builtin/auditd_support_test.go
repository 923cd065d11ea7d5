// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type auditdSupportSuite struct{ systemSuite }

var _ = check.Suite(&auditdSupportSuite{systemSuite{systemCase{
	name:            "auditd-support",
	summary:         "allows operating as the audit daemon",
	superPrivileged: true,
	appArmor: []string{
		"network netlink raw,",
		"capability audit_control,",
		"capability audit_write,",
		"capability audit_read,",
	},
	secComp:      []string{"socket AF_NETLINK - NETLINK_AUDIT"},
	mustNotGrant: []string{`capability (sys_admin|mac_admin|dac_override|sys_module).*`, `socket AF_NETLINK`, `/etc/audit/.* [a-z]*w[a-z]*,`},
	reaches:      []access{{"/var/log/audit/audit.log", "rw"}, {"/var/log/audit/audit.log.1", "rw"}, {"/etc/audit/auditd.conf", "r"}, {"/etc/audit/rules.d/audit.rules", "r"}},
	mustNotReach: []access{{"/etc/audit/audit.rules", "w"}, {"/var/log/syslog", "r"}, {"/var/log/auth.log", "r"}},
}}})

// The audit daemon talks to the kernel over the audit socket, keeps its
// log and reads it back; it gets no other log and no power over the
// kernel beyond auditing.
func (s *auditdSupportSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("auditd-support")).checkAccesses(c, plugTag, []string{
			"network netlink raw",
			"capability audit_control",
			"capability audit_write",
			"capability audit_read",
			"file r /etc/audit/auditd.conf",
			"file r /etc/audit/rules.d/",
			"file r /etc/audit/plugins.d/af_unix.conf",
			"file rw /var/log/audit/",
			"file rwk /var/log/audit/audit.log",
			"file rw /var/log/audit/audit.log.4",
			"file rwk /run/auditd.pid",
			"file rw /var/run/auditd.state",
		}, []string{
			"file w /etc/audit/auditd.conf",
			"file w /etc/audit/rules.d/99-evil.rules",
			"file r /var/log/syslog",
			"file w /var/log/journal/x/system.journal",
			"file rw /proc/self/loginuid",
			"capability sys_admin",
			"capability mac_admin",
			"capability net_admin",
		})
	}
}
