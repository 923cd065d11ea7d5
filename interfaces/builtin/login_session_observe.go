// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// login-session-observe lets an app see who is logged in and the
// sessions, users and seats systemd-logind tracks, as who, last and
// loginctl show them, without changing anything. The slot is the
// system's, on every system; it does not auto-connect, since it tells
// who uses the machine and when.

const loginSessionObserveSummary = `allows reading login and session information`

// loginSessionLookupAppArmor finds sessions, users and seats through
// logind's D-Bus API; login-session-control needs it too.
const loginSessionLookupAppArmor = `
# The system bus.
#include <abstractions/dbus-strict>

# Look up and list logind's sessions, users, seats and inhibitors, and
# read their properties (not set them).
dbus (send)
    bus=system
    path=/org/freedesktop/login1
    interface=org.freedesktop.login1.Manager
    member={GetSession,GetSessionByPID,GetUser,GetUserByPID,GetSeat,ListSessions,ListUsers,ListSeats,ListInhibitors}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/org/freedesktop/login1{,/**}
    interface=org.freedesktop.DBus.{Properties,Introspectable}
    member={Get,GetAll,Introspect}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Be told when sessions, users and seats come, change and go.
dbus (receive)
    bus=system
    path=/org/freedesktop/login1{,/**}
    interface=org.freedesktop.{login1.*,DBus.Properties}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const loginSessionObserveConnectedPlugAppArmor = `
# Description: observe who is logged in, the history of logins, and the
# sessions, users and seats that systemd-logind tracks.

# Login records: current logins (utmp), the history of logins and
# reboots (wtmp), and each user's last login (lastlog).
@{run}/utmp r,
/var/log/wtmp r,
/var/log/lastlog r,

# sd-login reads logind's state files directly.
@{run}/systemd/sessions/ r,
@{run}/systemd/sessions/* r,
@{run}/systemd/users/ r,
@{run}/systemd/users/* r,
@{run}/systemd/seats/ r,
@{run}/systemd/seats/* r,
` + loginSessionLookupAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "login-session-observe",
		summary:               loginSessionObserveSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: loginSessionObserveConnectedPlugAppArmor,
	})
}
