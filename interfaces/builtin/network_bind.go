// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// network-bind lets an app be a network service: bind to an address and
// port, listen, and accept connections over IPv4 and IPv6. The slot is
// the system's, on every system; any snap may plug it and it
// auto-connects. A service looks up its clients' names and its users,
// and serves TLS with certificates that chain to the host's
// authorities: it gets the shared name-service, certificate and
// system-bus rules (client_rules.go), as network does.

const networkBindSummary = `allows operating as a network service`

const networkBindConnectedPlugAppArmor = `
# Description: operate as a network service: bind to local addresses and
# ports, listen, and accept TCP connections and UDP datagrams over IPv4
# and IPv6.

# Listening and accepting sockets over IPv4 and IPv6.
network inet stream,
network inet6 stream,
network inet dgram,
network inet6 dgram,

# Services run as root and serve well-known ports, below 1024.
capability net_bind_service,

# Servers size their accept queue from the kernel's limit, and check
# whether IPv6 is enabled before they bind to "::".
@{PROC}/sys/net/core/somaxconn r,
@{PROC}/sys/net/ipv4/ip_unprivileged_port_start r,
@{PROC}/sys/net/ipv6/conf/all/disable_ipv6 r,
` + nameServiceAppArmor + tlsCertificatesAppArmor + dbusSystemBusAppArmor

const networkBindConnectedPlugSecComp = `
# Description: operate as a network service.

# Bind a socket to a local address and port, listen on it, and accept
# connections.
bind
listen
accept
accept4
`

func init() {
	registerIface(&commonInterface{
		name:                  "network-bind",
		summary:               networkBindSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlot,
		connectedPlugAppArmor: networkBindConnectedPlugAppArmor,
		connectedPlugSecComp:  networkBindConnectedPlugSecComp,
	})
}
