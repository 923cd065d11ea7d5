// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// shutdown lets an app power off, reboot, halt, suspend or hibernate the
// machine, the clean way: by asking the service manager or the login
// manager over D-Bus, which stop services and unmount filesystems first.
// It can also ask what is possible, schedule or cancel a shutdown with a
// message to users, and delay one while it finishes its work. Powering
// the machine off is not for any app, so the plug needs a snap
// declaration to install and is connected by hand; the slot is the
// system's.
//
// Unlike the reference, which lists seccomp policy for this plug,
// shutdown adds no seccomp rule: a D-Bus client needs nothing beyond the
// base allow-list, and the reboot system call, which skips the clean
// shutdown, is deliberately not granted.
//
// The app joins the system bus with the shared rules
// (dbusSystemBusAppArmor); the messages above are all it may send there.

const shutdownSummary = `allows powering off, rebooting or suspending the system`

const shutdownConnectedPlugAppArmor = `
# Description: power off, reboot, halt, suspend or hibernate the system
# through the service manager and the login manager.

# The service manager: power off, reboot or halt once services stopped.
dbus (send)
    bus=system
    path=/org/freedesktop/systemd1
    interface=org.freedesktop.systemd1.Manager
    member={Halt,PowerOff,Reboot}
    peer=(label=###SLOT_SECURITY_TAGS###),

# The login manager: ask what the machine can do (Can*), power off,
# reboot, halt, suspend or hibernate it, schedule or cancel a shutdown
# with a message to users, and take an inhibitor lock that delays a
# shutdown while the app finishes its work.
dbus (send)
    bus=system
    path=/org/freedesktop/login1
    interface=org.freedesktop.login1.Manager
    member={Can{Halt,Hibernate,HybridSleep,PowerOff,Reboot,Suspend,SuspendThenHibernate},Halt,Hibernate,HybridSleep,PowerOff,Reboot,Suspend,SuspendThenHibernate,CancelScheduledShutdown,Inhibit,ScheduleShutdown,SetWallMessage}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Hear that a shutdown or sleep is about to happen, to finish work before
# an inhibitor lock is released.
dbus (receive)
    bus=system
    path=/org/freedesktop/login1
    interface=org.freedesktop.login1.Manager
    member={PrepareForShutdown,PrepareForSleep}
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSystemBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "shutdown",
		summary:               shutdownSummary,
		docURL:                "https://snapcraft.io/docs/shutdown-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: shutdownConnectedPlugAppArmor,
	})
}
