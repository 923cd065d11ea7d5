// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type desktopLegacySuite struct{}

var _ = check.Suite(&desktopLegacySuite{})

func (s *desktopLegacySuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "desktop-legacy",
		summary:   "allows access to desktop services reached without the XDG portals",
		onClassic: true,
		slotDecl:  declSystemSlot,
		plugAppArmor: []string{
			"interface=org.a11y.Bus",
			"bus=accessibility",
			"owner /run/user/[0-9]*/at-spi/bus* rw,",
			"unix (connect, send, receive) type=stream peer=(addr=\"@tmp/.mozc.*\"),",
			"interface=org.freedesktop.Notifications",
			"owner /run/user/[0-9]*/dconf/user r,",
		},
		plugSecComp: []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT", "bind"},
	})
}
