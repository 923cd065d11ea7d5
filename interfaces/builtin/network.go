// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// network lets an app use the network as a client: open TCP and UDP
// connections, resolve names and verify TLS servers. The slot is the
// system's, on every system; any snap may plug it and it auto-connects.
// Listening for connections is network-bind.

const networkSummary = `allows access to the network as a client`

const networkConnectedPlugAppArmor = `
# Description: use the network as a client: connect over TCP and UDP,
# resolve names, and verify the servers of TLS connections.

# Name resolution: the resolver configuration and the tables that
# glibc's name service switch reads, where the host's resolver manager
# (systemd-resolved, NetworkManager, resolvconf) keeps resolv.conf, and
# systemd-resolved's socket for nss-resolve.
/etc/resolv.conf r,
/etc/hosts r,
/etc/host.conf r,
/etc/nsswitch.conf r,
/etc/gai.conf r,
/etc/services r,
/etc/protocols r,
@{run}/systemd/resolve/stub-resolv.conf r,
@{run}/systemd/resolve/resolv.conf r,
@{run}/systemd/resolve/io.systemd.Resolve rw,
@{run}/NetworkManager/resolv.conf r,
@{run}/resolvconf/resolv.conf r,

# TLS clients verify servers against the host's CA certificates.
/etc/ssl/certs/ r,
/etc/ssl/certs/** r,
/etc/ssl/openssl.cnf r,
/usr/share/ca-certificates/ r,
/usr/share/ca-certificates/** r,

# TCP and UDP over IPv4 and IPv6 (unprivileged ping uses ICMP datagram
# sockets), and netlink route sockets, through which glibc lists the
# host's addresses (getifaddrs(), and getaddrinfo() with AI_ADDRCONFIG).
network inet stream,
network inet6 stream,
network inet dgram,
network inet6 dgram,
network netlink raw,

# Settings clients consult when they choose source ports and addresses.
@{PROC}/sys/net/ipv4/ip_local_port_range r,
@{PROC}/sys/net/ipv6/conf/all/disable_ipv6 r,
@{PROC}/@{pid}/net/if_inet6 r,
`

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
