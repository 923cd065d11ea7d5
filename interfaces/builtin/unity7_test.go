// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

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

// unity7 gets the desktop integration desktop gives (look and feel,
// xdg-open, notifications, input methods) and Unity's own services.
func (s *unity7Suite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("unity7"))
	cn.checkAccesses(c, plugTag, append([]string{
		"dbus send bus=session path=/com/canonical/AppMenu/Registrar interface=com.canonical.AppMenu.Registrar member=RegisterWindow peer=unconfined",
		"dbus receive bus=session path=/com/canonical/menu/3 interface=com.canonical.dbusmenu member=GetLayout peer=unconfined",
		"dbus send bus=session path=/com/canonical/unity/launcherentry/4242 interface=com.canonical.Unity.LauncherEntry member=Update",
		"dbus bind bus=session name=org.kde.StatusNotifierItem-4242-1",
	}, desktopIntegrationAccesses...), desktopIntegrationNever)
}
