// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// upower-observe lets an app read the state of power supplies through
// the UPower daemon's D-Bus API: batteries, AC adapters, UPS, charge,
// time estimates, history, and the keyboard backlight's level, without
// changing anything. The slot is the host's upowerd on classic, or an
// app snap that runs UPower, which gets the daemon's policy. On classic
// it auto-connects; elsewhere (an app's slot) connecting needs a snap
// declaration.
//
// Not rendered here: dbus. An app snap serving the slot owns UPower's
// well-known name on the system bus only if a bus policy file lets it; a
// daemon using this library installs that file itself.

const upowerObserveSummary = `allows reading the state of power supplies and batteries from UPower`

// A service slot of the host or an app (see declarations.go) to which
// plugs auto-connect on classic, the app's slot too: reading power
// state is harmless, but off classic the provider must be vetted.
const upowerObserveBaseDeclarationSlots = appOrSystemServiceSlotInstallation + `deny-auto-connection:
  on-classic: false
`

// The read-only part of UPower's API, shared by the client's and the
// service's rules so that both sides hold the line.
const (
	upowerPaths      = `/org/freedesktop/UPower{,/**}`
	upowerInterfaces = `org.freedesktop.{UPower,UPower.Device,UPower.KbdBacklight,DBus.Properties,DBus.Introspectable}`
	upowerMembers    = `{EnumerateDevices,EnumerateKbdBacklights,GetDisplayDevice,GetCriticalAction,GetHistory,GetStatistics,GetBrightness,GetMaxBrightness,Get,GetAll,Introspect}`
)

const upowerObserveConnectedPlugAppArmor = `
# Description: read the state of power supplies and batteries through
# the UPower daemon over its D-Bus API, without changing anything.

# The system bus.
#include <abstractions/dbus-strict>

# Enumerate devices and read their state, history and statistics, and
# the keyboard backlight's level; read properties, not set them.
dbus (send)
    bus=system
    path=` + upowerPaths + `
    interface=` + upowerInterfaces + `
    member=` + upowerMembers + `
    peer=(label=###SLOT_SECURITY_TAGS###),

# Receive its signals: devices added and removed, and changed
# properties.
dbus (receive)
    bus=system
    path=` + upowerPaths + `
    interface=org.freedesktop.{UPower{,.*},DBus.Properties}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const upowerObserveConnectedSlotAppArmor = `
# Description: serve the read-only part of UPower's D-Bus API to a
# connected client.

# Receive the client's queries, and send it signals.
dbus (receive)
    bus=system
    path=` + upowerPaths + `
    interface=` + upowerInterfaces + `
    member=` + upowerMembers + `
    peer=(label=###PLUG_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=` + upowerPaths + `
    interface=org.freedesktop.{UPower{,.*},DBus.Properties}
    peer=(label=###PLUG_SECURITY_TAGS###),
`

const upowerObservePermanentSlotAppArmor = `
# Description: operate as the UPower daemon: own its name on the system
# bus, and read power supplies from the kernel.

# The system bus, and UPower's name on it.
#include <abstractions/dbus-strict>
dbus (bind)
    bus=system
    name=org.freedesktop.UPower,

# Power supplies as sysfs and udev describe them, UPS on USB through
# hiddev, and the keyboard backlight.
@{sys}/class/power_supply/ r,
@{sys}/devices/**/power_supply/** r,
@{run}/udev/data/* r,
/dev/usb/hiddev* r,
@{sys}/class/leds/ r,
@{sys}/devices/**/leds/*kbd_backlight*/{brightness,max_brightness} rw,

# On critical battery it asks logind to power off, hibernate or sleep.
dbus (send)
    bus=system
    path=/org/freedesktop/login1
    interface=org.freedesktop.login1.Manager
    member={PowerOff,Hibernate,HybridSleep,CanPowerOff,CanHibernate,CanHybridSleep}
    peer=(label=unconfined),
`

const upowerObservePermanentSlotSecComp = `
# Description: operate as the UPower daemon.

# Follow power supply events over kobject uevent netlink, bound before
# use.
socket AF_NETLINK - NETLINK_KOBJECT_UEVENT
bind
`

func init() {
	registerIface(&commonInterface{
		name:                  "upower-observe",
		notRendered:           []string{interfaces.BackendDBus},
		summary:               upowerObserveSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  upowerObserveBaseDeclarationSlots,
		connectedPlugAppArmor: upowerObserveConnectedPlugAppArmor,
		connectedSlotAppArmor: upowerObserveConnectedSlotAppArmor,
		permanentSlotAppArmor: upowerObservePermanentSlotAppArmor,
		permanentSlotSecComp:  upowerObservePermanentSlotSecComp,
	})
}
