// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// firewall-control lets an app configure the host's packet filtering
// and NAT with iptables, ip6tables, arptables, ebtables (the x_tables
// interface) or nft (nftables). The slot is the system's, on every
// system; it does not auto-connect. It grants no module loading: the
// kernel loads nftables and x_tables modules on demand, and
// iptables-legacy's call to modprobe is refused (kernel-module-control
// grants it). Rules may name hosts, services and protocols, which the
// tools look up: the plug gets the shared name-service, certificate
// and system-bus rules (client_rules.go).
//
// Not rendered here: kmod. The netfilter modules the firewall tools
// expect (iptables' and nftables' tables, bridge netfilter) are loaded
// by the daemon when the plug is connected, since the app may not load
// modules itself.

const firewallControlSummary = `allows configuring the host's firewall`

const firewallControlConnectedPlugAppArmor = `
# Description: configure the host's packet filtering and NAT through
# x_tables (iptables, ip6tables, arptables, ebtables) and nftables.

# Changing the tables needs net_admin; iptables reaches x_tables through
# a raw socket, nft and conntrack through netfilter netlink.
capability net_admin,
capability net_raw,
network inet raw,
network inet6 raw,
network netlink raw,

# The lock iptables holds while it changes the tables.
@{run}/xtables.lock rwk,

# What x_tables has loaded, and the connection tracking table.
@{PROC}/@{pid}/net/ r,
@{PROC}/@{pid}/net/{ip,ip6,arp}_tables_{names,matches,targets} r,
@{PROC}/@{pid}/net/nf_conntrack r,

# Connection tracking and bridge filtering settings, and forwarding,
# which NAT setups turn on.
@{PROC}/sys/net/netfilter/ r,
@{PROC}/sys/net/netfilter/** rw,
@{PROC}/sys/net/bridge/bridge-nf-* rw,
@{PROC}/sys/net/ipv4/ip_forward rw,
@{PROC}/sys/net/ipv{4,6}/conf/*/forwarding rw,

# Ethertype names used in rules (protocol and service names, and the
# host names rules may give, are looked up as below).
/etc/ethertypes r,
` + nameServiceAppArmor + tlsCertificatesAppArmor + dbusSystemBusAppArmor

const firewallControlConnectedPlugSecComp = `
# Description: configure the host's packet filtering.

# nft, conntrack and ebtables talk to the kernel over netfilter
# netlink, and look up interfaces over route netlink; both are bound
# before use.
socket AF_NETLINK - NETLINK_NETFILTER
socket AF_NETLINK - NETLINK_ROUTE
bind
`

func init() {
	registerIface(&commonInterface{
		name:                  "firewall-control",
		notRendered:           []string{interfaces.BackendKMod},
		summary:               firewallControlSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: firewallControlConnectedPlugAppArmor,
		connectedPlugSecComp:  firewallControlConnectedPlugSecComp,
	})
}
