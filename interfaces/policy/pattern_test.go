// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"fmt"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
)

type patternSuite struct{}

var _ = check.Suite(&patternSuite{})

// TestLiteralsAndExpressions checks that an expression without
// metacharacters, which matches by equality, matches what the anchored
// regular expression would, in plug names and in attributes.
func (s *patternSuite) TestLiteralsAndExpressions(c *check.C) {
	for _, t := range []struct {
		expr  string
		value string
		match bool
	}{
		{"foo", "foo", true},
		{"foo", "foox", false},
		{"foo", "xfoo", false},
		{"foo", "", false},
		{"fo+", "foo", true},
		{"fo+", "foox", false},
		{"a.b", "axb", true},
		{"a-b", "a-b", true},
		{"a|b", "b", true},
		{"a|b", "a|b", false},
		{"(a)", "a", true},
		{"true", "true", true},
	} {
		comment := check.Commentf("%q ~ %q", t.expr, t.value)
		base := fmt.Sprintf("plugs:\n  x:\n    allow-connection:\n      plug-names: [%q]\n      plug-attributes:\n        a: %q\n", t.expr, t.expr)
		decl, err := policy.ParseDeclaration([]byte(base), "")
		c.Assert(err, check.IsNil, comment)
		consumer := newSnap("consumer", snap.TypeApp)
		plug := addPlug(consumer, t.value, "x", attrs{"a": t.value})
		if t.value == "" {
			// An empty plug name cannot be; the attribute alone.
			plug.Name = "p"
			decl, err = policy.ParseDeclaration([]byte(fmt.Sprintf("plugs:\n  x:\n    allow-connection:\n      plug-attributes:\n        a: %q\n", t.expr)), "")
			c.Assert(err, check.IsNil, comment)
		}
		slot := addSlot(newSnap("provider", snap.TypeOS), "s", "x", nil)
		d := (&policy.ConnectCandidate{Plug: plug, Slot: slot, BaseDeclaration: decl}).Check()
		c.Check(d.Allowed, check.Equals, t.match, comment)
	}
}
