// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// network-observe lets an app see the host's network as ip, ss and
// netstat show it: interfaces, addresses, routes, neighbours, open
// sockets and their statistics. It grants no change and no packet
// capture (no net_admin, no net_raw, no packet sockets). The slot is
// the system's, on every system; it does not auto-connect, since the
// socket table tells what the host talks to. ss, netstat and ip name
// the addresses they show: the plug gets the shared name-service,
// certificate and system-bus rules (client_rules.go), and with them
// the UDP and TCP sockets DNS goes over.

const networkObserveSummary = `allows reading the host's network state and statistics`

const networkObserveConnectedPlugAppArmor = `
# Description: observe the host's network: interfaces, addresses,
# routes, neighbours, sockets and their statistics, without changing
# anything.

# The kernel's network tables as /proc shows them (/proc/net resolves to
# the reading process's own directory), and network settings, read only.
@{PROC}/@{pid}/net/ r,
@{PROC}/@{pid}/net/** r,
@{PROC}/sys/net/ r,
@{PROC}/sys/net/** r,

# Interfaces and wireless devices as sysfs shows them: state,
# addresses, statistics.
@{sys}/class/net/ r,
@{sys}/devices/**/net/** r,
@{sys}/class/ieee80211/ r,
@{sys}/devices/**/ieee80211/** r,

# Netlink sockets: route (links, addresses, routes, neighbours),
# socket diagnostics (the socket table ss reads), generic (wireless
# state). Without net_admin the kernel refuses changes through them.
network netlink raw,
network netlink dgram,
` + nameServiceAppArmor + tlsCertificatesAppArmor + dbusSystemBusAppArmor

const networkObserveConnectedPlugSecComp = `
# Description: observe the host's network.

# Netlink sockets of the route, socket-diagnostics and generic
# families, bound before use.
socket AF_NETLINK - NETLINK_ROUTE
socket AF_NETLINK - NETLINK_SOCK_DIAG
socket AF_NETLINK - NETLINK_GENERIC
bind
`

func init() {
	registerIface(&commonInterface{
		name:                  "network-observe",
		summary:               networkObserveSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: networkObserveConnectedPlugAppArmor,
		connectedPlugSecComp:  networkObserveConnectedPlugSecComp,
	})
}
