// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type upowerObserveSuite struct{ referenceSuite }

var _ = check.Suite(&upowerObserveSuite{referenceSuite{referenceCase{
	name:    "upower-observe",
	summary: "allows reading the state of power supplies and batteries from UPower",
	plugAppArmor: []string{
		"member={EnumerateDevices,EnumerateKbdBacklights,GetDisplayDevice,GetCriticalAction,GetHistory,GetStatistics,GetBrightness,GetMaxBrightness,Get,GetAll,Introspect}\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"name=org.freedesktop.UPower,",
		"@{sys}/devices/**/power_supply/** r,",
		"dbus (receive)\n    bus=system\n    path=/org/freedesktop/UPower{,/**}\n    interface=org.freedesktop.{UPower,",
	},
	slotSecComp: []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT", "bind"},
	// Observing sets nothing.
	mustNotGrant:     []string{"SetBrightness", "Refresh", "member=Set"},
	plugMustNotGrant: []string{"capability ", "@{sys}", "dbus (bind)"},
}}})
