// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type networkSuite struct{ referenceSuite }

var _ = check.Suite(&networkSuite{referenceSuite{referenceCase{
	name:    "network",
	summary: "allows access to the network as a client",
	plugAppArmor: []string{
		"/etc/resolv.conf r,",
		"/etc/ssl/certs/** r,",
		"network inet stream,",
		"network inet6 dgram,",
		"network netlink raw,",
	},
	plugSecComp:  []string{"socket AF_NETLINK - NETLINK_ROUTE", "bind"},
	mustNotGrant: []string{"listen", "accept", "capability ", "network packet", "network inet raw"},
}}})
