// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// network lets an app use the network as a client: open TCP and UDP
// connections, resolve names and verify TLS servers. The slot is the
// system's, on every system; any snap may plug it and it auto-connects.
// Listening for connections is network-bind.
//
// Name lookups, certificates and the system bus (for systemd-resolved's
// D-Bus API) are the shared rules of client_rules.go, which the other
// network interfaces use too: nameServiceAppArmor,
// tlsCertificatesAppArmor and dbusSystemBusAppArmor.

const networkSummary = `allows access to the network as a client`

const networkConnectedPlugAppArmor = `
# Description: use the network as a client: connect over TCP and UDP,
# resolve names, and verify the servers of TLS connections.

# TCP and UDP over IPv4 and IPv6 (unprivileged ping uses ICMP datagram
# sockets).
network inet stream,
network inet6 stream,
network inet dgram,
network inet6 dgram,

# Settings clients consult when they choose source ports and addresses.
@{PROC}/sys/net/ipv4/ip_local_port_range r,
@{PROC}/sys/net/ipv6/conf/all/disable_ipv6 r,
@{PROC}/@{pid}/net/if_inet6 r,
` + nameServiceAppArmor + tlsCertificatesAppArmor + dbusSystemBusAppArmor

const networkConnectedPlugSecComp = `
# Description: use the network as a client.

# glibc opens a netlink route socket, and binds it, to list the host's
# addresses.
socket AF_NETLINK - NETLINK_ROUTE
bind
`

func init() {
	registerIface(&commonInterface{
		name:                  "network",
		summary:               networkSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlot,
		connectedPlugAppArmor: networkConnectedPlugAppArmor,
		connectedPlugSecComp:  networkConnectedPlugSecComp,
	})
}
