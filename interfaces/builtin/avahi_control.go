// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// avahi-control lets an app use all of the Avahi daemon's D-Bus API:
// publish services and addresses on the local network (entry groups),
// set the host name, and browse and resolve as avahi-observe does. The
// slot is the host's avahi-daemon on classic, or an app snap that runs
// Avahi; connecting to an app's slot off classic needs a snap
// declaration, and nothing auto-connects.
//
// As with avahi-observe, the slot adds no syscall: the daemon serves
// through network-bind, as under the reference.

const avahiControlSummary = `allows publishing and discovering services on the local network through Avahi`

// avahiPaths are the objects of Avahi's API: the server at "/", and the
// browsers, resolvers and entry groups it creates for each client.
const avahiPaths = `{/,/Client*/*}`

const avahiControlConnectedPlugAppArmor = `
# Description: publish and discover hosts and services on the local
# network through the Avahi daemon, and set the host name it announces.

# The system bus.
#include <abstractions/dbus-strict>

# Call any method of the server and of the entry groups, browsers and
# resolvers it creates for the client, and receive their results.
dbus (send)
    bus=system
    path=` + avahiPaths + `
    interface=org.freedesktop.{Avahi.*,DBus.Introspectable}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path=` + avahiPaths + `
    interface=org.freedesktop.Avahi.*
    peer=(label=###SLOT_SECURITY_TAGS###),

# nss-mdns resolves .local names over the daemon's own socket.
@{run}/avahi-daemon/socket rw,
`

const avahiControlConnectedSlotAppArmor = `
# Description: serve all of Avahi's D-Bus API to a connected client.

# Receive the client's calls, and send it results and signals.
dbus (receive)
    bus=system
    path=` + avahiPaths + `
    interface=org.freedesktop.{Avahi.*,DBus.Introspectable}
    peer=(label=###PLUG_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=` + avahiPaths + `
    interface=org.freedesktop.Avahi.*
    peer=(label=###PLUG_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "avahi-control",
		summary:               avahiControlSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlotNoAutoConnect,
		connectedPlugAppArmor: avahiControlConnectedPlugAppArmor,
		connectedSlotAppArmor: avahiControlConnectedSlotAppArmor,
		permanentSlotAppArmor: avahiServicePermanentSlotAppArmor,
	})
}
