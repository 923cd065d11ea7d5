// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type emptySuite struct{}

var _ = check.Suite(&emptySuite{})

func (s *emptySuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "empty", staticInfo{
		summary: "allows testing without granting anything",
		slots:   "allow-installation:\n  slot-snap-type:\n    - app\ndeny-auto-connection: true",
	})
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		_, ok := builtin.SystemSnap(sys).Slots["empty"]
		c.Check(ok, check.Equals, false, check.Commentf("the system has no empty slot on %s", sys))
	}
}

// An app snap offers the slot; plugs connect to it by hand, on classic
// and on Ubuntu Core, and never by themselves.
func (s *emptySuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "empty", "", true)
	checkDecisions(c, "empty", []decision{
		{provider: true, manual: true, auto: false},
		{provider: true, core: true, manual: true, auto: false},
	})
	base := builtinDeclaration(c)
	for typ, allowed := range map[snap.Type]bool{snap.TypeApp: true, snap.TypeGadget: false, snap.TypeKernel: false} {
		c.Check(installs(c, base, builtin.Classic, providerYaml(typ, "empty")), check.Equals, allowed, check.Commentf("slot on a snap of type %s", typ))
	}
	c.Check(installsAsSystem(c, base, builtin.Classic, providerYaml(snap.TypeSnapd, "empty")), check.Equals, false)
}

// Connected, neither side gets a rule.
func (s *emptySuite) TestConnectionAddsNoRules(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("empty"), providerYaml(snap.TypeApp, "empty"))
	cn.checkNoPolicy(c, "consumer")
	cn.checkNoPolicy(c, "provider")
}
