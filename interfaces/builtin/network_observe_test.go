// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type networkObserveSuite struct{ referenceSuite }

var _ = check.Suite(&networkObserveSuite{referenceSuite{referenceCase{
	name:    "network-observe",
	summary: "allows reading the host's network state and statistics",
	plugAppArmor: []string{
		"@{PROC}/@{pid}/net/** r,",
		"@{PROC}/sys/net/** r,",
		"@{sys}/class/net/ r,",
		"@{sys}/devices/**/net/** r,",
		"network netlink raw,",
	},
	plugSecComp: []string{
		"socket AF_NETLINK - NETLINK_ROUTE",
		"socket AF_NETLINK - NETLINK_SOCK_DIAG",
		"socket AF_NETLINK - NETLINK_GENERIC",
		"bind",
	},
	// Observing captures no packets and serves nothing (what AppArmor
	// grants is in the access tests).
	mustNotGrant: []string{"AF_PACKET", "listen"},
}}})

// What ip, ss and netstat read, and the names they show; nothing
// changed, no packet captured.
func (s *networkObserveSuite) TestAccesses(c *check.C) {
	checkNetworkAccesses(c, "network-observe", []string{
		"file r /proc/4242/net/dev",
		"file r /proc/4242/net/tcp6",
		"file r /proc/4242/net/route",
		"file r /proc/sys/net/ipv4/ip_forward",
		"file r /sys/class/net/",
		"file r /sys/devices/pci0000:00/0000:00:1f.6/net/eth0/statistics/rx_bytes",
		"file r /sys/devices/virtual/net/lo/mtu",
		"file r /sys/devices/pci0000:00/0000:00:14.3/ieee80211/phy0/index",
	}, []string{
		"file w /proc/sys/net/ipv4/ip_forward",
		"file w /sys/devices/virtual/net/lo/mtu",
		"capability net_admin",
		"capability net_raw",
		"network packet raw",
		"network packet dgram",
		"network inet raw",
		"file rw /dev/net/tun",
	})
}
