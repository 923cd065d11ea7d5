// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// ubuntu-pro-control lets an app manage the host's Ubuntu Pro
// subscription through the Ubuntu Pro desktop daemon
// (com.canonical.UbuntuAdvantage on the system bus), as a security
// centre or software settings app does: attach the machine with a
// token, detach it, and enable or disable each Pro
// service (ESM, Livepatch, ...). The daemon asks polkit about each
// call. Attaching a machine to a contract, and turning its services on,
// is for vetted snaps: the plug needs a snap declaration to install and
// is connected by hand. The system offers the slot on classic
// distributions, where the daemon runs. The app joins the system bus
// with the shared rules (dbusSystemBusAppArmor).

const ubuntuProControlSummary = `allows managing the Ubuntu Pro subscription and services of the host`

const ubuntuProControlConnectedPlugAppArmor = `
# Description: manage the host's Ubuntu Pro subscription and services
# through the Ubuntu Pro daemon.

# Attach the machine to a subscription, or detach it.
dbus (send)
    bus=system
    path=/com/canonical/UbuntuAdvantage/Manager
    interface=com.canonical.UbuntuAdvantage.Manager
    member={Attach,Detach}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Enable or disable each Pro service.
dbus (send)
    bus=system
    path=/com/canonical/UbuntuAdvantage/Services/*
    interface=com.canonical.UbuntuAdvantage.Service
    member={Enable,Disable}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Read the subscription's and the services' state, list the services,
# and follow their changes.
dbus (send)
    bus=system
    path=/com/canonical/UbuntuAdvantage{,/**}
    interface=org.freedesktop.DBus.{Properties,ObjectManager,Introspectable,Peer}
    member={Get,GetAll,GetManagedObjects,Introspect,Ping}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path=/com/canonical/UbuntuAdvantage{,/**}
    interface=org.freedesktop.DBus.{Properties,ObjectManager}
    member={PropertiesChanged,InterfacesAdded,InterfacesRemoved}
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSystemBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "ubuntu-pro-control",
		summary:               ubuntuProControlSummary,
		docURL:                "https://snapcraft.io/docs/ubuntu-pro-control-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: ubuntuProControlConnectedPlugAppArmor,
	})
}
