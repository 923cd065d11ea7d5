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
	// Observing changes nothing and captures no packets.
	mustNotGrant: []string{" rw,", " w,", "capability ", "network packet", "AF_PACKET", "listen"},
}}})
