// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type desktopLaunchSuite struct{}

var _ = check.Suite(&desktopLaunchSuite{})

func (s *desktopLaunchSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "desktop-launch",
		summary:   "allows finding and launching the desktop apps of other snaps",
		onClassic: true,
		plugDecl:  declSuperPrivilegedPlug,
		slotDecl:  declSystemSlotNoAutoConnect,
		plugAppArmor: []string{
			"/var/lib/snapd/desktop/applications/** r,",
			"interface=io.snapcraft.PrivilegedDesktopLauncher",
			"member=OpenDesktopEntry",
		},
	})
}
