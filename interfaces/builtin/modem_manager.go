// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// modem-manager lets an app use mobile broadband modems through
// ModemManager's D-Bus API: list modems, enable them, unlock SIMs,
// connect data bearers, send and read SMS, make calls, locate the
// device. NetworkManager is its main client. The slot is the host's
// ModemManager on classic (the system's implicit slot), or an app snap
// that runs ModemManager, which gets the service's policy: its name on
// the system bus, the modems' control ports (serial AT ports, QMI and
// MBIM devices, WWAN ports), the modems' network interfaces, and the
// QMI and MBIM proxies it shares with its tools. A provider snap is
// trusted with the modems, so connecting to an app's slot off classic
// needs a snap declaration, and nothing auto-connects. Both sides join
// the system bus with the shared rules (dbusSystemBusAppArmor).
//
// Not rendered here: dbus and udev. An app snap serving the slot may own
// ModemManager's name only once a D-Bus bus policy file allows it, and
// opens the modems' ports only once udev rules tag them for its device
// cgroup; a daemon using this library installs both itself.

const modemManagerSummary = `allows using mobile broadband modems through ModemManager`

// modemManagerPaths are ModemManager's objects: the manager, which is
// also the object manager, and the modems, bearers, SIMs, SMS and calls
// under it.
const modemManagerPaths = `/org/freedesktop/ModemManager1{,/**}`

const modemManagerConnectedPlugAppArmor = `
# Description: use modems through ModemManager over its D-Bus API on
# the system bus.

# Call ModemManager's objects (modems, bearers, SIMs, SMS, calls), read
# and set their properties, and list them through the object manager.
dbus (send)
    bus=system
    path=` + modemManagerPaths + `
    interface=org.freedesktop.{ModemManager1{,.*},DBus.Properties,DBus.ObjectManager,DBus.Introspectable}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Receive its signals: modems appearing and going, state and property
# changes, incoming SMS and calls.
dbus (receive)
    bus=system
    path=` + modemManagerPaths + `
    interface=org.freedesktop.{ModemManager1{,.*},DBus.Properties,DBus.ObjectManager}
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSystemBusAppArmor

const modemManagerConnectedSlotAppArmor = `
# Description: serve ModemManager's D-Bus API to a connected client.

# Receive the client's calls on ModemManager's objects, and send it
# replies and signals.
dbus (receive)
    bus=system
    path=` + modemManagerPaths + `
    peer=(label=###PLUG_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=` + modemManagerPaths + `
    peer=(label=###PLUG_SECURITY_TAGS###),
`

var modemManagerPermanentSlotAppArmor = `
# Description: operate as ModemManager: own its name on the system bus,
# and drive the host's modems.

` + dbusOwnNameRules(dbusSystemBus, "org.freedesktop.ModemManager1") + dbusSystemBusAppArmor + `
# Ask polkit whether a caller may do what it asks.
` + polkitCheckAuthorizationAppArmor + `
# The modems' control ports: serial AT ports of USB modems, QMI and MBIM
# control devices, and the ports of the kernel's WWAN subsystem.
/dev/tty{USB,ACM}[0-9]* rw,
/dev/cdc-wdm[0-9]* rw,
/dev/wwan[0-9]* rw,

# Find modems and their ports as sysfs and udev describe them, with the
# drivers that serve each port.
@{sys}/bus/usb/devices/ r,
@{sys}/class/{net,tty,usbmisc,wwan}/ r,
@{sys}/devices/** r,
@{run}/udev/data/* r,

# The modems' network interfaces: QMI's raw-IP mode and multiplexed
# links (in sysfs), and links added over route netlink.
@{sys}/devices/**/net/*/qmi/* w,
network netlink raw,
network netlink dgram,
capability net_admin,

# The QMI and MBIM proxies it runs (its own programs, under this
# profile) listen on abstract sockets named after them, which its tools
# share.
unix (bind, listen, accept) type=stream addr="@{qmi,mbim}-proxy",
`

const modemManagerPermanentSlotSecComp = `
# Description: operate as ModemManager.
` + udevMonitorSocketSecComp + serverSocketSecComp

func init() {
	registerIface(&commonInterface{
		name:                  "modem-manager",
		summary:               modemManagerSummary,
		docURL:                "https://snapcraft.io/docs/modem-manager-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendDBus, interfaces.BackendUDev},
		connectedPlugAppArmor: modemManagerConnectedPlugAppArmor,
		connectedSlotAppArmor: modemManagerConnectedSlotAppArmor,
		permanentSlotAppArmor: modemManagerPermanentSlotAppArmor,
		permanentSlotSecComp:  modemManagerPermanentSlotSecComp,
	})
}
