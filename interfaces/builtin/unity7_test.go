// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type unity7Suite struct{}

var _ = check.Suite(&unity7Suite{})

func (s *unity7Suite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "unity7",
		summary:   "allows integration with the Unity 7 desktop session services",
		onClassic: true,
		slotDecl:  declSystemSlot,
		plugAppArmor: []string{
			"#include <abstractions/dbus-session-strict>",
			"interface=com.canonical.AppMenu.Registrar",
			"interface=com.canonical.Unity.LauncherEntry",
			"name=org.kde.StatusNotifierItem-[0-9]*,",
			"interface=org.freedesktop.Notifications",
			"interface=org.freedesktop.IBus.Portal",
		},
		plugSecComp: []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT", "bind"},
	})
}
