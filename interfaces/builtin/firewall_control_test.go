// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type firewallControlSuite struct{ referenceSuite }

var _ = check.Suite(&firewallControlSuite{referenceSuite{referenceCase{
	name:    "firewall-control",
	summary: "allows configuring the host's firewall",
	plugAppArmor: []string{
		"capability net_admin,",
		"network inet raw,",
		"network netlink raw,",
		"@{run}/xtables.lock rwk,",
		"@{PROC}/sys/net/netfilter/** rw,",
	},
	plugSecComp: []string{"socket AF_NETLINK - NETLINK_NETFILTER", "bind"},
}}})

// x_tables and nftables, connection tracking and forwarding, and the
// names rules use; no module loading, no interface configuration.
func (s *firewallControlSuite) TestAccesses(c *check.C) {
	checkNetworkAccesses(c, "firewall-control", []string{
		"capability net_admin",
		"capability net_raw",
		"network inet raw",
		"network inet6 raw",
		"file rwk /run/xtables.lock",
		"file r /proc/4242/net/ip_tables_names",
		"file r /proc/4242/net/nf_conntrack",
		"file rw /proc/sys/net/netfilter/nf_conntrack_max",
		"file rw /proc/sys/net/ipv4/ip_forward",
		"file rw /proc/sys/net/ipv6/conf/all/forwarding",
		"file r /etc/ethertypes",
	}, []string{
		"capability sys_module",
		"capability sys_admin",
		"exec /usr/sbin/modprobe",
		"exec /sbin/modprobe",
		"file rw /dev/net/tun",
		"network packet raw",
		"file w /proc/sys/net/ipv4/conf/all/rp_filter",
		"file w /sys/devices/virtual/net/lo/mtu",
	})
}
