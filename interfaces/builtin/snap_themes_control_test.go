// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"
)

type snapThemesControlSuite struct{}

var _ = check.Suite(&snapThemesControlSuite{})

func (s *snapThemesControlSuite) TestStaticInfo(c *check.C) {
	c2CheckStatic(c, "snap-themes-control", "allows requesting the installation of snaps that provide desktop themes", true, true,
		c2PlugNeedsDeclLines, c2NoAutoConnectLines)
}

func (s *snapThemesControlSuite) TestConnectionAddsNoRules(c *check.C) {
	// The daemon checks the connection itself; no rule is needed.
	repo := c2ConnectToSystem(c, "snap-themes-control", "")
	c2CheckNoPolicy(c, repo, "consumer")
}

func (s *snapThemesControlSuite) TestDecisions(c *check.C) {
	c2CheckPlugInstall(c, "snap-themes-control", "", false)
	c2CheckDecisions(c, "snap-themes-control", []c2Decision{
		{manual: true, auto: false},
		{core: true, manual: true, auto: false},
	})
}
