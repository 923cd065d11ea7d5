// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type snapThemesControlSuite struct{}

var _ = check.Suite(&snapThemesControlSuite{})

func (s *snapThemesControlSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "snap-themes-control", staticInfo{
		summary:           "allows requesting the installation of snaps that provide desktop themes",
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *snapThemesControlSuite) TestConnectionAddsNoRules(c *check.C) {
	// The daemon checks the connection itself; no rule is needed.
	repo := connectToSystem(c, builtin.Classic, consumerYaml("snap-themes-control", ""))
	repo.checkNoPolicy(c, "consumer")
}

func (s *snapThemesControlSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "snap-themes-control", "", false)
	checkDecisions(c, "snap-themes-control", []decision{
		{manual: true, auto: false},
		{core: true, manual: true, auto: false},
	})
}
