// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type networkStatusSuite struct{ referenceSuite }

var _ = check.Suite(&networkStatusSuite{referenceSuite{referenceCase{
	name:    "network-status",
	summary: "allows reading network connectivity status",
	plugAppArmor: []string{
		"#include <abstractions/dbus-session-strict>",
		"interface=org.freedesktop.portal.NetworkMonitor\n    member={GetAvailable,GetMetered,GetConnectivity,GetStatus,CanReach}\n    peer=(label=PEER),",
		"member=changed\n    peer=(label=PEER),",
	},
	mustNotGrant: []string{"network inet", "bus=system"},
}}})
