// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/policy"
)

type viewSuite struct{}

var _ = check.Suite(&viewSuite{})

func (s *viewSuite) TestConstraints(c *check.C) {
	decl, err := policy.ParseDeclaration([]byte(`type: base-declaration
slots:
  foo:
    allow-installation:
      slot-snap-type: [core, gadget]
      on-classic: false
    allow-connection:
      - on-classic: [ubuntu, debian/*]
        plug-attributes:
          content: $SLOT(content)
          sub.key: "a|b"
          flag: "true"
          gone: $MISSING
      - plug-publisher-id: [$SLOT_PUBLISHER_ID]
        plug-names: [$INTERFACE, "x-.*"]
        slots-per-plug: "*"
    deny-auto-connection:
      slot-attributes:
        - name: .+
        - other: [x, z]
`), "d.yaml")
	c.Assert(err, check.IsNil)
	rule := decl.SlotRule("foo")

	inst := rule.Subrule(policy.AllowInstallation).Alternatives[0].Constraints()
	c.Check(inst, check.DeepEquals, []policy.Constraint{
		{Key: "on-classic", Flag: false},
		{Key: "slot-snap-type", Side: policy.SlotSide, HasSide: true, Values: []string{"core", "gadget"}},
	})

	conn := rule.Subrule(policy.AllowConnection).Alternatives
	c.Assert(conn, check.HasLen, 2)
	first := conn[0].Constraints()
	c.Assert(first, check.HasLen, 2)
	c.Check(first[0], check.DeepEquals, policy.Constraint{Key: "on-classic", Flag: true, Values: []string{"ubuntu", "debian/*"}})
	c.Check(first[1].Key, check.Equals, "plug-attributes")
	c.Check(first[1].Side, check.Equals, policy.PlugSide)
	c.Check(first[1].Attributes, check.DeepEquals, &policy.AttrConstraint{Kind: policy.AttrMap, Entries: []policy.AttrEntry{
		{Path: "content", Constraint: &policy.AttrConstraint{Kind: policy.AttrOther, Text: "$SLOT(content)", OtherSide: policy.SlotSide, OtherPath: "content"}},
		{Path: "flag", Constraint: &policy.AttrConstraint{Kind: policy.AttrPattern, Text: "true", Literal: true}},
		{Path: "gone", Constraint: &policy.AttrConstraint{Kind: policy.AttrMissing, Text: "$MISSING"}},
		{Path: "sub.key", Constraint: &policy.AttrConstraint{Kind: policy.AttrPattern, Text: "a|b"}},
	}})
	second := conn[1]
	c.Check(second.SlotsPerPlug, check.Equals, policy.AnyNumber)
	c.Check(second.Constraints(), check.DeepEquals, []policy.Constraint{
		{Key: "plug-publisher-id", Side: policy.PlugSide, HasSide: true, Values: []string{"$SLOT_PUBLISHER_ID"}},
		{Key: "plug-names", Side: policy.PlugSide, HasSide: true, Values: []string{"$INTERFACE", "x-.*"}},
	})

	deny := rule.Subrule(policy.DenyAutoConnection).Alternatives[0].Constraints()
	c.Assert(deny, check.HasLen, 1)
	c.Check(deny[0].Attributes, check.DeepEquals, &policy.AttrConstraint{Kind: policy.AttrAny, Alternatives: []*policy.AttrConstraint{
		{Kind: policy.AttrMap, Entries: []policy.AttrEntry{{Path: "name", Constraint: &policy.AttrConstraint{Kind: policy.AttrPattern, Text: ".+"}}}},
		{Kind: policy.AttrMap, Entries: []policy.AttrEntry{{Path: "other", Constraint: &policy.AttrConstraint{Kind: policy.AttrAny, Alternatives: []*policy.AttrConstraint{
			{Kind: policy.AttrPattern, Text: "x", Literal: true},
			{Kind: policy.AttrPattern, Text: "z", Literal: true},
		}}}}},
	}})

	// A view is a copy: changing it changes nothing of the rule.
	inst[1].Values[0] = "app"
	c.Check(rule.Subrule(policy.AllowInstallation).Alternatives[0].Constraints()[1].Values[0], check.Equals, "core")
}

// The precompiled built-in declaration gives the same views as its
// text parsed.
func (s *viewSuite) TestPrecompiledViewsAsParsed(c *check.C) {
	precompiled, err := policy.BuiltinDeclaration()
	c.Assert(err, check.IsNil)
	text, err := policy.BuiltinBaseDeclaration()
	c.Assert(err, check.IsNil)
	parsed, err := policy.ParseDeclaration(text, policy.BuiltinFileName)
	c.Assert(err, check.IsNil)
	n := 0
	for _, sides := range []struct{ pre, par map[string]*policy.Rule }{{precompiled.Plugs, parsed.Plugs}, {precompiled.Slots, parsed.Slots}} {
		for name, rule := range sides.pre {
			other := sides.par[name]
			c.Assert(other, check.NotNil)
			for kind, sub := range rule.Subrules {
				if sub == nil {
					c.Check(other.Subrules[kind], check.IsNil)
					continue
				}
				c.Assert(other.Subrules[kind].Alternatives, check.HasLen, len(sub.Alternatives), check.Commentf("%s %s", name, sub.Kind))
				for i, alt := range sub.Alternatives {
					c.Check(alt.Constraints(), check.DeepEquals, other.Subrules[kind].Alternatives[i].Constraints(), check.Commentf("%s %s %d", name, sub.Kind, i))
					n++
				}
			}
		}
	}
	c.Check(n > 100, check.Equals, true)
}
