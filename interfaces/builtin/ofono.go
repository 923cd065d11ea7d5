// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// ofono lets an app use telephony through oFono's D-Bus API: modems
// and SIMs, voice calls, SMS and USSD, mobile data contexts, and the
// agents a client registers for oFono to call back (SIM toolkit, push
// notifications, network monitoring). oFono names each modem's object
// after its driver (/ril_0, /hfp/..., /phonesim), so its API is known by
// its interfaces, org.ofono.*, not by its paths. The slot is the host's
// oFono on classic (the system's implicit slot), or an app snap that
// runs oFono, which gets the service's policy: its name on the system
// bus, the modems' ports, the GSM multiplexer's lines, and the network
// interfaces of data contexts. A provider snap is trusted with the
// modems and calls, so connecting to an app's slot off classic needs a
// snap declaration, and nothing auto-connects. Both sides join the
// system bus with the shared rules (dbusSystemBusAppArmor).
//
// Not rendered here: dbus and udev. An app snap serving the slot may own
// oFono's name only once a D-Bus bus policy file allows it, and opens
// the modems' ports only once udev rules tag them for its device
// cgroup; a daemon using this library installs both itself.

const ofonoSummary = `allows using telephony and modems through oFono`

const ofonoConnectedPlugAppArmor = `
# Description: use telephony through oFono over its D-Bus API on the
# system bus.

# Call oFono's manager and modems, whose objects are named after their
# drivers, and introspect them.
dbus (send)
    bus=system
    interface=org.ofono.*
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=system
    interface=org.freedesktop.DBus.Introspectable
    member=Introspect
    peer=(label=###SLOT_SECURITY_TAGS###),

# Receive its signals, and its calls into the agents the client
# registers, at paths of the client's choosing.
dbus (receive)
    bus=system
    interface=org.ofono.*
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSystemBusAppArmor

const ofonoConnectedSlotAppArmor = `
# Description: serve oFono's D-Bus API to a connected client.

# Receive the client's calls and introspection.
dbus (receive)
    bus=system
    interface=org.ofono.*
    peer=(label=###PLUG_SECURITY_TAGS###),
dbus (receive)
    bus=system
    interface=org.freedesktop.DBus.Introspectable
    member=Introspect
    peer=(label=###PLUG_SECURITY_TAGS###),

# Send the client signals, and call the agents it registered.
dbus (send)
    bus=system
    interface=org.ofono.*
    peer=(label=###PLUG_SECURITY_TAGS###),
`

var ofonoPermanentSlotAppArmor = `
# Description: operate as oFono: own its name on the system bus, and
# drive the host's modems.

` + dbusOwnNameRules(dbusSystemBus, "org.ofono") + dbusSystemBusAppArmor + `
# The modems' control ports: serial AT ports of USB modems, QMI control
# devices, and the lines of the GSM 07.10 multiplexer oFono sets up over
# a serial port (the n_gsm line discipline asks net_admin).
/dev/tty{USB,ACM}[0-9]* rw,
/dev/cdc-wdm[0-9]* rw,
/dev/gsmtty[0-9]* rw,

# Find modems and their ports as sysfs and udev describe them.
@{sys}/bus/usb/devices/ r,
@{sys}/class/{net,tty,usbmisc}/ r,
@{sys}/devices/** r,
@{run}/udev/data/* r,

# Bring up the network interfaces of data contexts and give them their
# addresses and routes.
capability net_admin,
network netlink raw,
network inet dgram,
network inet6 dgram,

# Its stored settings per SIM and modem.
/var/lib/ofono/ rw,
/var/lib/ofono/** rwk,
`

const ofonoPermanentSlotSecComp = `
# Description: operate as oFono.
` + udevMonitorSocketSecComp

func init() {
	registerIface(&commonInterface{
		name:                  "ofono",
		summary:               ofonoSummary,
		docURL:                "https://snapcraft.io/docs/ofono-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendDBus, interfaces.BackendUDev},
		connectedPlugAppArmor: ofonoConnectedPlugAppArmor,
		connectedSlotAppArmor: ofonoConnectedSlotAppArmor,
		permanentSlotAppArmor: ofonoPermanentSlotAppArmor,
		permanentSlotSecComp:  ofonoPermanentSlotSecComp,
	})
}
