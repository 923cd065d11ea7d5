// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// network-status lets an app ask whether the network is reachable,
// metered or behind a captive portal, through the network monitor of
// xdg-desktop-portal on the session bus (what GLib's GNetworkMonitor
// uses inside a sandbox). The slot is the system's, on every system;
// any snap may plug it and it auto-connects.

const networkStatusSummary = `allows reading network connectivity status`

const networkStatusConnectedPlugAppArmor = `
# Description: ask the desktop portal whether the network is available,
# metered, or behind a captive portal, and whether a host is reachable.

# The session bus, and its own object for connecting and matching.
#include <abstractions/dbus-session-strict>

# Query the network monitor, and read the portal's version.
dbus (send)
    bus=session
    path=/org/freedesktop/portal/desktop
    interface=org.freedesktop.portal.NetworkMonitor
    member={GetAvailable,GetMetered,GetConnectivity,GetStatus,CanReach}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/freedesktop/portal/desktop
    interface=org.freedesktop.DBus.Properties
    member=Get
    peer=(label=###SLOT_SECURITY_TAGS###),

# Be told when the network state changes.
dbus (receive)
    bus=session
    path=/org/freedesktop/portal/desktop
    interface=org.freedesktop.portal.NetworkMonitor
    member=changed
    peer=(label=###SLOT_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "network-status",
		summary:               networkStatusSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlot,
		connectedPlugAppArmor: networkStatusConnectedPlugAppArmor,
	})
}
