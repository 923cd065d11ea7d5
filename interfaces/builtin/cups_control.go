// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// cups-control lets an app print and administer the CUPS scheduler:
// add and configure printers and classes, and manage every user's jobs
// (lpadmin, lpstat, cancel, printer settings dialogs). The slot is the
// host's CUPS on classic, or an app snap that runs cupsd as the
// system's scheduler on the standard socket; connecting to an app's
// slot off classic needs a snap declaration, and nothing auto-connects.
// Printing without administration is the cups interface.
//
// The plug reaches cupsd through its socket file, /run/cups/cups.sock,
// which AppArmor decides by the file rule: no unix rule names cupsd's
// label, unconfined on classic, which would open every abstract socket
// of the host's unconfined processes. Its bus rules are the shared ones
// (dbusSystemBusAppArmor).
//
// The serving snap listens on its socket and accepts clients through
// network-bind, which it plugs, as under the reference: the slot adds no
// syscall of its own.

const cupsControlSummary = `allows printing and administering printers and print jobs through CUPS`

const cupsControlConnectedPlugAppArmor = `
# Description: print, and administer the CUPS scheduler's printers,
# classes and jobs, over its local socket.

# Talk to cupsd over its socket, a file that the kernel decides by this
# rule.
@{run}/cups/cups.sock rw,

# Local certificate authentication: cupsd keeps certificates that prove
# a request comes from this host; administration requests need them.
@{run}/cups/certs/ r,
@{run}/cups/certs/* r,

# Printer and job state changes that cupsd announces on the system bus.
dbus (receive)
    bus=system
    path=/org/cups/cupsd/Notifier
    interface=org.cups.cupsd.Notifier
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSystemBusAppArmor

const cupsControlConnectedSlotAppArmor = `
# Description: serve the CUPS scheduler to a connected client.

# Exchange requests and replies with the client over the socket, and
# send it printer and job notifications.
unix (send, receive) type=stream peer=(label=###PLUG_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/org/cups/cupsd/Notifier
    interface=org.cups.cupsd.Notifier
    peer=(label=###PLUG_SECURITY_TAGS###),
`

const cupsControlPermanentSlotAppArmor = `
# Description: operate as the system's CUPS scheduler: listen on the
# standard socket, keep the local-authentication certificates, and
# announce printer and job changes on the system bus.

# The standard socket's directory, the socket and the certificates.
@{run}/cups/ rw,
@{run}/cups/** rwk,

# Notifications go out as signals on the system bus.
dbus (send)
    bus=system
    path=/org/cups/cupsd/Notifier
    interface=org.cups.cupsd.Notifier,
` + dbusSystemBusAppArmor + `
# cupsd runs filters and backends as the lp user, hands them spool and
# certificate files, and stops them.
capability setuid,
capability setgid,
capability chown,
capability fowner,
capability fsetid,
capability kill,
`

func init() {
	registerIface(&commonInterface{
		name:                  "cups-control",
		summary:               cupsControlSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlotNoAutoConnect,
		connectedPlugAppArmor: cupsControlConnectedPlugAppArmor,
		connectedSlotAppArmor: cupsControlConnectedSlotAppArmor,
		permanentSlotAppArmor: cupsControlPermanentSlotAppArmor,
	})
}
