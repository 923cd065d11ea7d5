// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// avahi-observe lets an app discover hosts and services on the local
// network through the Avahi daemon: browse domains, service types and
// services, and resolve names and addresses. It cannot publish or rename
// anything (no entry groups, no SetHostName). The slot is the host's
// avahi-daemon on classic, or an app snap that runs Avahi; connecting to
// an app's slot off classic needs a snap declaration, and nothing
// auto-connects.
//
// The serving snap listens for nss-mdns clients through network-bind,
// which it plugs, as under the reference; route netlink and the chroot
// the daemon does after start are in the base policy, so the slot adds
// no syscall of its own.

const avahiObserveSummary = `allows discovering hosts and services on the local network through Avahi`

// The browsing part of Avahi's API: what the server reports and
// creates for browsing, and the browsers and resolvers themselves. Both
// the client's and the service's rules use it.
const (
	avahiObserveServerMembers = `{GetVersionString,GetAPIVersion,GetHostName,GetHostNameFqdn,GetDomainName,GetState,GetLocalServiceCookie,GetAlternativeHostName,GetAlternativeServiceName,GetNetworkInterfaceNameByIndex,GetNetworkInterfaceIndexByName,IsNSSSupportAvailable,ResolveHostName,ResolveAddress,ResolveService,DomainBrowserNew,DomainBrowserPrepare,ServiceTypeBrowserNew,ServiceTypeBrowserPrepare,ServiceBrowserNew,ServiceBrowserPrepare,ServiceResolverNew,ServiceResolverPrepare,HostNameResolverNew,HostNameResolverPrepare,AddressResolverNew,AddressResolverPrepare,RecordBrowserNew,RecordBrowserPrepare,Introspect}`
	avahiBrowserInterfaces    = `org.freedesktop.Avahi.{DomainBrowser,ServiceTypeBrowser,ServiceBrowser,ServiceResolver,HostNameResolver,AddressResolver,RecordBrowser}`
)

const avahiObserveConnectedPlugAppArmor = `
# Description: discover hosts and services on the local network through
# the Avahi daemon, without publishing anything.

# The system bus.
#include <abstractions/dbus-strict>

# Ask the server for its state and names, resolve, and create browsers
# and resolvers.
dbus (send)
    bus=system
    path=/
    interface=org.freedesktop.{Avahi.Server,Avahi.Server2,DBus.Introspectable}
    member=` + avahiObserveServerMembers + `
    peer=(label=###SLOT_SECURITY_TAGS###),

# Start and free the browsers and resolvers, and receive their results
# and the server's state changes.
dbus (send)
    bus=system
    path=/Client*/*
    interface=` + avahiBrowserInterfaces + `
    member={Start,Free}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path={/,/Client*/*}
    interface={org.freedesktop.Avahi.Server,` + avahiBrowserInterfaces + `}
    peer=(label=###SLOT_SECURITY_TAGS###),

# nss-mdns resolves .local names over the daemon's own socket.
@{run}/avahi-daemon/socket rw,
`

const avahiObserveConnectedSlotAppArmor = `
# Description: serve the browsing part of Avahi's D-Bus API to a
# connected client.

# Receive the client's queries and its calls on its browsers and
# resolvers.
dbus (receive)
    bus=system
    path=/
    interface=org.freedesktop.{Avahi.Server,Avahi.Server2,DBus.Introspectable}
    member=` + avahiObserveServerMembers + `
    peer=(label=###PLUG_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path=/Client*/*
    interface=` + avahiBrowserInterfaces + `
    member={Start,Free}
    peer=(label=###PLUG_SECURITY_TAGS###),

# Send the client results and state changes.
dbus (send)
    bus=system
    path={/,/Client*/*}
    interface={org.freedesktop.Avahi.Server,` + avahiBrowserInterfaces + `}
    peer=(label=###PLUG_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "avahi-observe",
		summary:               avahiObserveSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlotNoAutoConnect,
		connectedPlugAppArmor: avahiObserveConnectedPlugAppArmor,
		connectedSlotAppArmor: avahiObserveConnectedSlotAppArmor,
		permanentSlotAppArmor: avahiServicePermanentSlotAppArmor,
	})
}
