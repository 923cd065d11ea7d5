// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// network-manager lets an app configure the network through
// NetworkManager's D-Bus API: devices, connections and their secrets,
// wireless networks, the hostname. The slot is the host's NetworkManager
// on classic (the system's implicit slot), or an app snap that runs
// NetworkManager, which gets the service's policy. A provider snap is
// trusted with the whole network, so connecting to an app's slot off
// classic needs a snap declaration, and nothing auto-connects.
//
// Not rendered here: dbus. An app snap serving the slot owns
// NetworkManager's well-known names on the system bus only if a bus
// policy file lets it; a daemon using this library installs that file
// itself.

const networkManagerSummary = `allows configuring the network through NetworkManager`

const networkManagerConnectedPlugAppArmor = `
# Description: configure the network through NetworkManager over its
# D-Bus API on the system bus: devices, connections and their secrets,
# wireless networks, DNS and the hostname.

# The system bus.
#include <abstractions/dbus-strict>

# Call any method of NetworkManager's objects (manager, settings,
# devices, active connections, access points, IP and DHCP
# configuration), set and read their properties, and list them through
# the object manager at /org/freedesktop.
dbus (send)
    bus=system
    path=/org/freedesktop/NetworkManager{,/**}
    interface=org.freedesktop.{NetworkManager{,.*},DBus.Properties,DBus.Introspectable}
    peer=(label=###SLOT_SECURITY_TAGS###),
` + nmListObjectsAppArmor + `
# Receive its signals, and its calls into a secret agent the client
# registers to supply passwords.
` + nmFromServiceAppArmor

const networkManagerConnectedPlugSecComp = `
# Description: configure the network through NetworkManager.

# Configuration tools list the host's interfaces and addresses with
# glibc, which opens and binds a netlink route socket for that.
socket AF_NETLINK - NETLINK_ROUTE
bind
`

const networkManagerConnectedSlotAppArmor = `
# Description: serve NetworkManager's D-Bus API to a connected client.

# Receive the client's calls and property changes on NetworkManager's
# objects and on the object manager.
dbus (receive)
    bus=system
    path={/org/freedesktop,/org/freedesktop/NetworkManager{,/**}}
    peer=(label=###PLUG_SECURITY_TAGS###),

# Send the client signals, and call the secret agent it registered.
` + nmToClientAppArmor

// networkManagerPermanentSlotSecComp adds to what the service needs to
// watch the network what it needs to configure it.
const networkManagerPermanentSlotSecComp = networkManagerServicePermanentSlotSecComp + `
# Every netlink protocol, as the service and what it runs use them:
# netfilter (the firewall of shared connections, through nft), audit
# (records of its actions), xfrm (IPsec VPN plugins), connector and
# socket diagnostics among them.
socket AF_NETLINK

# Set the host name, from the configuration or from DHCP, where no
# hostnamed does it.
sethostname

# Shared connections serve DHCP and DNS to their clients.
listen
accept
accept4
`

func init() {
	registerIface(&commonInterface{
		name:                  "network-manager",
		notRendered:           []string{interfaces.BackendDBus},
		summary:               networkManagerSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlotNoAutoConnect,
		connectedPlugAppArmor: networkManagerConnectedPlugAppArmor,
		connectedPlugSecComp:  networkManagerConnectedPlugSecComp,
		connectedSlotAppArmor: networkManagerConnectedSlotAppArmor,
		permanentSlotAppArmor: networkManagerServicePermanentSlotAppArmor,
		permanentSlotSecComp:  networkManagerPermanentSlotSecComp,
	})
}
