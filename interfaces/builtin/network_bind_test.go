// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type networkBindSuite struct{ referenceSuite }

var _ = check.Suite(&networkBindSuite{referenceSuite{referenceCase{
	name:    "network-bind",
	summary: "allows operating as a network service",
	plugAppArmor: []string{
		"network inet stream,",
		"network inet6 stream,",
		"network inet dgram,",
		"network inet6 dgram,",
		"capability net_bind_service,",
	},
	plugSecComp: []string{"bind", "listen", "accept", "accept4"},
}}})

// A service: listens on any port, privileged ones included, and looks
// up names; it configures nothing and opens no raw or packet socket.
func (s *networkBindSuite) TestAccesses(c *check.C) {
	checkNetworkAccesses(c, "network-bind", []string{
		"network inet6 stream",
		"capability net_bind_service",
		"file r /proc/sys/net/core/somaxconn",
		"file r /proc/sys/net/ipv6/conf/all/disable_ipv6",
	}, []string{
		"capability net_admin",
		"capability net_raw",
		"network packet raw",
		"network inet raw",
		"file w /proc/sys/net/core/somaxconn",
	})
}
