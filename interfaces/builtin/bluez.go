// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// bluez lets an app use Bluetooth through the BlueZ daemon's D-Bus API:
// discover, pair, connect and configure devices, use GATT services, and
// register agents, profiles and advertisements. The slot is the host's
// bluetoothd on classic, or an app snap that runs BlueZ, which gets the
// daemon's policy; connecting to an app's slot off classic needs a snap
// declaration, and nothing auto-connects.
//
// Once paired and connected through BlueZ, apps open Bluetooth sockets
// of their own (RFCOMM, L2CAP, SCO): the plug's seccomp rules allow the
// family, and its AppArmor rules "network bluetooth" and the RFCOMM
// serial ports. Both sides join the system bus with the shared rules
// (dbusSystemBusAppArmor).
//
// Not rendered here: dbus. An app snap serving the slot owns BlueZ's
// well-known name on the system bus only if a bus policy file lets it; a
// daemon using this library installs that file itself.

const bluezSummary = `allows using Bluetooth through the BlueZ service`

// bluezPaths are the objects of BlueZ's API: the object manager at "/",
// and adapters, devices and their GATT objects under /org/bluez.
const bluezPaths = `{/,/org/bluez{,/**}}`

const bluezConnectedPlugAppArmor = `
# Description: use Bluetooth through the BlueZ daemon over its D-Bus API
# on the system bus: adapters, devices, GATT services, and the agents,
# profiles and advertisements a client registers.

# Call BlueZ's adapters, devices and GATT objects, read and set their
# properties, and list them through the object manager.
dbus (send)
    bus=system
    path=` + bluezPaths + `
    interface=org.{bluez.*,freedesktop.DBus.Properties,freedesktop.DBus.ObjectManager,freedesktop.DBus.Introspectable}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Receive its signals, and its calls into the agents, profiles, GATT
# applications, advertisements and media endpoints the client
# registers, at paths of the client's choosing.
dbus (receive)
    bus=system
    interface=org.{bluez.*,freedesktop.DBus.Properties,freedesktop.DBus.ObjectManager}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Bluetooth sockets of the app's own once BlueZ connected the device:
# RFCOMM and L2CAP channels (stream, seqpacket and datagram), and SCO
# audio links. Raw HCI sockets, which drive the controller, need
# capabilities the plug does not grant.
network bluetooth,

# The serial ports RFCOMM binds (rfcomm bind, or a profile's TTY).
/dev/rfcomm[0-9]* rw,
` + dbusSystemBusAppArmor

const bluezConnectedSlotAppArmor = `
# Description: serve BlueZ's D-Bus API to a connected client.

# Receive the client's calls on adapters, devices and GATT objects.
dbus (receive)
    bus=system
    path=` + bluezPaths + `
    interface=org.{bluez.*,freedesktop.DBus.Properties,freedesktop.DBus.ObjectManager,freedesktop.DBus.Introspectable}
    peer=(label=###PLUG_SECURITY_TAGS###),

# Send the client signals, and call the objects it registered.
dbus (send)
    bus=system
    interface=org.{bluez.*,freedesktop.DBus.Properties,freedesktop.DBus.ObjectManager}
    peer=(label=###PLUG_SECURITY_TAGS###),
`

const bluezPermanentSlotAppArmor = `
# Description: operate as the BlueZ daemon: own its name on the system
# bus, and drive the host's Bluetooth controllers.

# BlueZ's name on the system bus.
dbus (bind)
    bus=system
    name=org.bluez,
` + dbusSystemBusAppArmor + `

# Bluetooth sockets (HCI, L2CAP, RFCOMM, SCO); managing controllers
# needs net_admin, their raw HCI channel net_raw.
network bluetooth,
capability net_admin,
capability net_raw,
capability net_bind_service,

# Controllers as sysfs shows them, and rfkill to power their radios.
@{sys}/class/bluetooth/ r,
@{sys}/devices/**/bluetooth/** rw,
/dev/rfkill rw,
@{sys}/class/rfkill/ r,
@{sys}/devices/**/rfkill[0-9]*/ r,
@{sys}/devices/**/rfkill[0-9]*/* r,
@{sys}/devices/**/rfkill[0-9]*/{soft,state} w,
@{run}/udev/data/* r,

# Input devices paired over Bluetooth (keyboards, mice, game pads)
# through uhid, and headsets' media keys through uinput.
/dev/uhid rw,
/dev/uinput rw,
`

const bluezConnectedPlugSecComp = `
# Description: use Bluetooth through the BlueZ daemon.

# After pairing and connecting through BlueZ's D-Bus API, apps open
# Bluetooth sockets of their own: RFCOMM and L2CAP channels to a
# device's profiles (serial ports, OBEX, BLE connection-oriented
# channels), as PyBluez, Qt Bluetooth and BlueZ's tools do.
socket AF_BLUETOOTH
`

const bluezPermanentSlotSecComp = `
# Description: operate as the BlueZ daemon.

# Bluetooth sockets, bound to controllers, listening for and accepting
# incoming connections.
socket AF_BLUETOOTH
bind
listen
accept
accept4
`

func init() {
	registerIface(&commonInterface{
		name:                  "bluez",
		notRendered:           []string{interfaces.BackendDBus},
		summary:               bluezSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlotNoAutoConnect,
		connectedPlugAppArmor: bluezConnectedPlugAppArmor,
		connectedPlugSecComp:  bluezConnectedPlugSecComp,
		connectedSlotAppArmor: bluezConnectedSlotAppArmor,
		permanentSlotAppArmor: bluezPermanentSlotAppArmor,
		permanentSlotSecComp:  bluezPermanentSlotSecComp,
	})
}
