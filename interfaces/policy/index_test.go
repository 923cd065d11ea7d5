// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
)

type indexSuite struct{}

var _ = check.Suite(&indexSuite{})

// TestHandMadeDeclaration checks that a declaration put together from
// the rules of parsed ones, without ParseDeclaration, decides as they
// do: rules are found through Plugs and Slots when there is no index.
func (s *indexSuite) TestHandMadeDeclaration(c *check.C) {
	plugs := mustParse(c, "plugs:\n  x:\n    deny-auto-connection: true\n", "plugs.yaml")
	slots := mustParse(c, "slots:\n  w:\n    allow-connection: false\n  yy:\n    allow-auto-connection: false\n", "slots.yaml")
	made := &policy.Declaration{Type: "base-declaration", Plugs: plugs.Plugs, Slots: slots.Slots}
	both := mustParse(c, "plugs:\n  x:\n    deny-auto-connection: true\nslots:\n  w:\n    allow-connection: false\n  yy:\n    allow-auto-connection: false\n", "both.yaml")
	for _, iface := range []string{"w", "x", "yy", "z"} {
		consumer := newSnap("consumer", snap.TypeApp)
		plug := addPlug(consumer, "p", iface, nil)
		slot := addSlot(newSnap("provider", snap.TypeOS), "s", iface, nil)
		for _, base := range []*policy.Declaration{made, both} {
			cand := &policy.ConnectCandidate{Plug: plug, Slot: slot, BaseDeclaration: base}
			comment := check.Commentf("%s, %s", iface, base.File())
			c.Check(cand.Check().Allowed, check.Equals, iface != "w", comment)
			c.Check(cand.CheckAutoConnect().Allowed, check.Equals, iface == "w" || iface == "z", comment)
			c.Check(cand.CheckAutoConnect().Rule == base.PlugRule(iface) || cand.CheckAutoConnect().Rule == base.SlotRule(iface), check.Equals, true, comment)
		}
	}
}
