// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type networkManagerSuite struct{ referenceSuite }

var _ = check.Suite(&networkManagerSuite{referenceSuite{referenceCase{
	name:    "network-manager",
	summary: "allows configuring the network through NetworkManager",
	plugAppArmor: []string{
		"#include <abstractions/dbus-strict>",
		"path=/org/freedesktop/NetworkManager{,/**}\n    interface=org.freedesktop.{NetworkManager{,.*},DBus.Properties,DBus.Introspectable}\n    peer=(label=PEER),",
		"member=GetManagedObjects\n    peer=(label=PEER),",
	},
	plugSecComp: []string{"socket AF_NETLINK - NETLINK_ROUTE", "bind"},
	slotAppArmor: []string{
		"name=org.freedesktop.NetworkManager{,.*},",
		"capability net_admin,",
		"network packet raw,",
		"@{run}/NetworkManager/** rwk,",
		"path={/org/freedesktop,/org/freedesktop/NetworkManager{,/**}}\n    peer=(label=PEER),",
	},
	slotSecComp:      []string{"socket AF_PACKET", "socket AF_NETLINK - NETLINK_GENERIC", "accept4"},
	mustNotGrant:     []string{"capability sys_admin,", "capability sys_module,"},
	plugMustNotGrant: []string{"capability ", "network packet", "AF_PACKET", "dbus (bind)", " rw,"},
}}})
