// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type gsettingsSuite struct{}

var _ = check.Suite(&gsettingsSuite{})

func (s *gsettingsSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "gsettings",
		summary:   "allows reading and changing the user's desktop settings",
		onClassic: true,
		slotDecl:  declSystemSlot,
		plugAppArmor: []string{
			"owner /run/user/[0-9]*/dconf/user rwk,",
			"interface=ca.desrt.dconf.Writer",
			"member={Change,Init}",
		},
	})
}
