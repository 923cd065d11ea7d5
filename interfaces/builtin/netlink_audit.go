// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// netlink-audit lets an app talk to the kernel's audit subsystem over
// its netlink socket: send user-space audit records (logins, privilege
// changes, configuration changes, as PAM, sudo and sshd do through
// libaudit's audit_log_user_message) and read the audit events the
// kernel multicasts. Configuring audit (rules, the audit daemon's
// registration, enabling) needs audit_control, which this does not
// grant. The slot is the system's, on classic and Ubuntu Core; any snap
// may plug, and it is connected by hand.

const netlinkAuditSummary = `allows sending and reading kernel audit records over netlink`

const netlinkAuditConnectedPlugAppArmor = `
# Description: send user-space audit records to the kernel's audit
# subsystem and read its events, over the audit netlink socket.

# The audit netlink socket (seccomp narrows netlink to the audit
# protocol).
network netlink raw,

# The kernel asks audit_write for user-space records, and audit_read to
# join the multicast group of audit events.
capability audit_write,
capability audit_read,
`

const netlinkAuditConnectedPlugSecComp = `
# Description: send and read kernel audit records over netlink.

# The audit netlink socket, bound (as the base allows) to the event
# multicast group by readers.
socket AF_NETLINK - NETLINK_AUDIT
`

func init() {
	registerIface(&commonInterface{
		name:                  "netlink-audit",
		summary:               netlinkAuditSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: netlinkAuditConnectedPlugAppArmor,
		connectedPlugSecComp:  netlinkAuditConnectedPlugSecComp,
	})
}
