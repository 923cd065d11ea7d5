// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type screenInhibitControlSuite struct{}

var _ = check.Suite(&screenInhibitControlSuite{})

func (s *screenInhibitControlSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "screen-inhibit-control",
		summary:   "allows keeping the screen on and the session from going idle",
		onClassic: true,
		slotDecl:  declServiceSlot,
		plugAppArmor: []string{
			"interface=org.freedesktop.ScreenSaver",
			"interface=org.{gnome,mate}.SessionManager",
			"interface=org.freedesktop.PowerManagement.Inhibit",
		},
		slotAppArmor:    []string{"peer=(label=snap.consumer.app),"},
		permanentSlotAA: []string{"name={org.freedesktop.ScreenSaver,org.freedesktop.PowerManagement},"},
	})
}
