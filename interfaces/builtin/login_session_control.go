// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// login-session-control lets an app control login sessions through
// systemd-logind: activate, lock and unlock them, switch seats between
// them, and terminate or signal sessions and users; finding them (as
// login-session-observe's D-Bus rules do) comes with it. It grants no
// power-off or reboot, and not the device control a session's own
// display server takes. The slot is the system's, on every system; it
// does not auto-connect.

const loginSessionControlSummary = `allows controlling login sessions`

const loginSessionControlConnectedPlugAppArmor = `
# Description: control login sessions through systemd-logind: activate,
# lock, unlock and terminate sessions, switch seats between them, and
# terminate or signal users' processes.

# Act on sessions, users and seats through logind's manager...
dbus (send)
    bus=system
    path=/org/freedesktop/login1
    interface=org.freedesktop.login1.Manager
    member={ActivateSession,ActivateSessionOnSeat,LockSession,UnlockSession,LockSessions,UnlockSessions,KillSession,KillUser,TerminateSession,TerminateUser,TerminateSeat}
    peer=(label=###SLOT_SECURITY_TAGS###),

# ...and through their own objects.
dbus (send)
    bus=system
    path=/org/freedesktop/login1/{session,user,seat}/*
    interface=org.freedesktop.login1.{Session,User,Seat}
    member={Activate,Lock,Unlock,Terminate,Kill,SetIdleHint,SetLockedHint,ActivateSession,SwitchTo,SwitchToNext,SwitchToPrevious}
    peer=(label=###SLOT_SECURITY_TAGS###),
` + loginSessionLookupAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "login-session-control",
		summary:               loginSessionControlSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: loginSessionControlConnectedPlugAppArmor,
	})
}
