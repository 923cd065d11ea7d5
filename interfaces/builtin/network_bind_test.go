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
	plugSecComp:  []string{"bind", "listen", "accept", "accept4"},
	mustNotGrant: []string{"capability net_admin,", "capability net_raw,", "network packet"},
}}})
