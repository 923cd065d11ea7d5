// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// checkbox-support lets Checkbox, the hardware test and certification
// tool, run its test jobs outside its own confinement. A job is any
// command of a test provider (probing devices, suspending, stressing
// the machine, running other snaps and installing them), which no
// profile written in advance could list; Checkbox therefore asks the
// service manager to run each job as a transient service, with a small
// helper of its snap (plz-run): StartTransientUnit over D-Bus,
// then it follows the job until the service ends (JobRemoved, and the
// service's PropertiesChanged signals, which carry its result and exit
// status), and stops a job that overruns its timeout (KillUnit).
//
// Why it stays broad: a transient service runs whatever command, as
// whichever user, with whichever settings the caller puts in the
// message, unconfined. AppArmor mediates D-Bus messages by bus, path,
// interface and member, never by their arguments, so no rule can hold
// the command, the user or the unit's name; and KillUnit signals the
// processes of any unit it names, system services included. This is a
// deliberate escape from the sandbox: the plug needs a snap declaration
// to install (Checkbox's snaps get one), and it is connected by hand;
// the slot is the system's.
//
// What stays narrow is everything around that: the app may call
// StartTransientUnit and KillUnit of the service manager and nothing
// else of it (not StartUnit, StopUnit, SetUnitProperties, reloading or
// rebooting, not the user's service manager), hear JobRemoved from it,
// and hear PropertiesChanged from services' objects only. It gets no
// capability, no file, no mount and no device of its own: those belong
// to the unit it starts. It joins the system bus with the shared rules
// (dbusSystemBusAppArmor).
//
// The reference has dropped its first checkbox-support, which lifted
// the sandbox from within (steam-support's mounts and namespaces, the
// device cgroup's exemption, running snap-confine): Checkbox runs other
// snaps, which cannot start from inside another snap's sandbox. This
// follows the current reference, with the same messages.

const checkboxSupportSummary = `allows Checkbox to run its test jobs as transient services, outside its confinement`

const checkboxSupportConnectedPlugAppArmor = `
# Description: run Checkbox's test jobs as transient services of the
# service manager, which runs them outside any confinement; follow them
# to their end and stop one that overruns.

# Start a job as a transient service, and signal the processes of one
# that overruns its timeout. The command, the user and the unit are the
# message's arguments, which no rule can see.
dbus (send)
    bus=system
    path=/org/freedesktop/systemd1
    interface=org.freedesktop.systemd1.Manager
    member={StartTransientUnit,KillUnit}
    peer=(name=org.freedesktop.systemd1, label=unconfined),

# Hear that the job that starts a service is done, and the service's
# property changes (its state, result and exit status) until it ends.
# Signals come from the service manager's unique name, so the rules
# name its label alone.
dbus (receive)
    bus=system
    path=/org/freedesktop/systemd1
    interface=org.freedesktop.systemd1.Manager
    member=JobRemoved
    peer=(label=unconfined),
dbus (receive)
    bus=system
    path=/org/freedesktop/systemd1/unit/*_2eservice
    interface=org.freedesktop.DBus.Properties
    member=PropertiesChanged
    peer=(label=unconfined),
` + dbusSystemBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "checkbox-support",
		summary:               checkboxSupportSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: checkboxSupportConnectedPlugAppArmor,
	})
}
