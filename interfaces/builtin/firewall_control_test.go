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
	// No module loading, no interface configuration.
	mustNotGrant: []string{"capability sys_module,", "modprobe", "/dev/net/tun", "network packet", "capability sys_admin,"},
}}})
