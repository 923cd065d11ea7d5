// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type lxdSupportSuite struct{}

var _ = check.Suite(&lxdSupportSuite{})

func (s *lxdSupportSuite) TestStaticInfo(c *check.C) {
	c5CheckStaticInfo(c, "lxd-support", c5StaticInfo{
		summary:           "allows operating as the LXD service",
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             c5PlugNeedsDeclaration,
		slots:             c5SystemSlotOnly,
	})
}

func (s *lxdSupportSuite) TestConnectedPlug(c *check.C) {
	cc := newC5Connected(c, builtin.Classic, c5ConsumerYaml("lxd-support"), "")
	aa, sc := cc.plugSide(c)
	c5CheckRules(c, aa,
		"capability,",
		"/{,**} rwlk,",
		"mount,",
		"pivot_root,",
		"change_profile unsafe /** -> lxd-*,",
		"change_profile unsafe /** -> lxd_*,",
		"ptrace,")
	c5CheckRules(c, sc, "@unrestricted")
	// LXD changes into its own profiles only, never out of confinement.
	c5CheckNoRules(c, aa, "change_profile,", "change_profile unsafe /**,", "change_profile unsafe /** -> unconfined", "change_profile unsafe /** -> *")
	c5CheckExplained(c, aa, sc)
	c5CheckAppArmorCompiles(c, aa)
	c5CheckSecCompParses(c, sc)

	aaSpec, _ := cc.specs(c, "consumer")
	c.Check(aaSpec.UsesPtraceTrace(c5UserTag), check.Equals, true)
	c.Check(aaSpec.UsesPtraceTrace("snap.consumer.other"), check.Equals, false)
}
