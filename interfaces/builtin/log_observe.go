// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// log-observe lets an app read the system's logs: the files under
// /var/log, the systemd journal (persistent and volatile) and the
// kernel's message buffer, as journalctl, dmesg and log shippers do. It
// writes nothing. The slot is the system's; the plug installs anywhere
// and is connected by hand.

const logObserveSummary = `allows reading the system logs, the journal and kernel messages`

const logObserveConnectedPlugAppArmor = `
# Description: read the system logs, the journal and the kernel's
# message buffer.

# Log files of the system and its services, and the persistent journal.
/var/log/ r,
/var/log/** r,

# The volatile journal, kept in /run when the journal is not persistent,
# and the message catalogue journalctl explains entries with.
/run/log/ r,
/run/log/journal/ r,
/run/log/journal/** r,
/var/lib/systemd/catalog/database r,

# The kernel's message buffer, as dmesg reads it. When the kernel
# restricts it (dmesg_restrict), reading it needs syslog.
/dev/kmsg r,
@{PROC}/sys/kernel/dmesg_restrict r,
capability syslog,
`

func init() {
	registerIface(&commonInterface{
		name:                  "log-observe",
		summary:               logObserveSummary,
		docURL:                "https://snapcraft.io/docs/log-observe-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: logObserveConnectedPlugAppArmor,
	})
}
