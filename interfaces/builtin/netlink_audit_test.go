// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type netlinkAuditSuite struct{ systemSuite }

var _ = check.Suite(&netlinkAuditSuite{systemSuite{systemCase{
	name:     "netlink-audit",
	summary:  "allows sending and reading kernel audit records over netlink",
	appArmor: []string{"network netlink raw,", "capability audit_write,", "capability audit_read,"},
	secComp:  []string{"socket AF_NETLINK - NETLINK_AUDIT"},
	// Configuring audit is auditd's (audit_control), and no other
	// netlink protocol comes with this one.
	mustNotGrant: []string{`capability audit_control.*`, writesFiles, `socket AF_NETLINK - NETLINK_(CONNECTOR|GENERIC|KOBJECT_UEVENT).*`},
}}})

func (s *netlinkAuditSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("netlink-audit"))
	cn.checkAccesses(c, plugTag, []string{
		"network netlink raw",
		"capability audit_write",
		"capability audit_read",
	}, []string{
		"capability audit_control",
		"capability net_admin",
		"file r /var/log/audit/audit.log",
		"file w /etc/audit/audit.rules",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"capability audit_write", "network netlink raw"})
}
