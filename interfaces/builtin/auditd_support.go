// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// auditd-support lets an app be the host's audit daemon, or do its
// work: register with the kernel's audit subsystem through the audit
// netlink socket, load the audit rules and set the audit status
// (auditctl, augenrules), receive the kernel's records and write them
// to the audit log, and read the records back (ausearch, aureport). No
// one snap is the audit daemon, but whichever is sees every audited
// action of the host and can turn auditing off, so the plug needs a snap
// declaration to install and is connected by hand; the slot is the
// system's.
//
// The audit socket is a netlink socket of its own protocol: AppArmor
// allows netlink sockets of any protocol, and the seccomp filter opens
// only NETLINK_AUDIT beyond the base's route sockets.

const auditdSupportSummary = `allows operating as the audit daemon`

const auditdSupportConnectedPlugAppArmor = `
# Description: operate as the audit daemon: talk to the kernel's audit
# subsystem, keep the audit log and read it back.

# The audit netlink socket: set the rules and the audit status, and
# register as the daemon that receives the kernel's records
# (audit_control); send records of its own (audit_write); and read the
# kernel's record stream from its multicast group (audit_read).
network netlink raw,
capability audit_control,
capability audit_write,
capability audit_read,

# The audit configuration and rules, which the daemon, auditctl and
# augenrules read.
/etc/audit/ r,
/etc/audit/** r,

# The audit log: write it, rotate it, and read it back.
/var/log/audit/ rw,
/var/log/audit/** rwk,

# The daemon's pid file and the state report it writes on request.
@{run}/auditd.pid rwk,
@{run}/auditd.state rw,
`

const auditdSupportConnectedPlugSecComp = `
# Description: operate as the audit daemon.

# The kernel's audit subsystem is reached through netlink sockets of the
# audit protocol.
socket AF_NETLINK - NETLINK_AUDIT
`

func init() {
	registerIface(&commonInterface{
		name:                  "auditd-support",
		summary:               auditdSupportSummary,
		docURL:                "https://snapcraft.io/docs/auditd-support-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: auditdSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  auditdSupportConnectedPlugSecComp,
	})
}
