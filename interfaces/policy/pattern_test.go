// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"fmt"
	"regexp"

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
		{`\$HOME/\.config/foo`, "$HOME/.config/foo", true},
		{`\$HOME/\.config/foo`, "$HOME/xconfig/foo", false},
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

// TestEscapedLiterals checks that an expression of escaped
// metacharacters, which matches by equality, matches what the anchored
// regular expression does, and that an invalid one fails as it does.
func (s *patternSuite) TestEscapedLiterals(c *check.C) {
	values := []string{"", "a", "a.b", "axb", "a\\.b", "$HOME/.config/x", "a b", "a_b", "a\nb", "é", "\xff", "\ufffd", "a)$", "abc"}
	for _, t := range []struct {
		expr    string
		literal bool
	}{
		{`a\.b`, true},
		{`\$HOME/\.config/x`, true},
		{`a\ b`, true},
		{`a\_b`, true},
		{`a\\\.b`, true},
		{`\é`, false},
		{`é`, true},
		{`a\db`, false},
		{`\Qabc`, false},
		{`\Qa)$`, false},
		{`a\nb`, false},
		{`a\`, false},
		{`a.b`, false},
		{`a\.b+`, false},
		{"\\\ufffd", false},
	} {
		comment := check.Commentf("%q", t.expr)
		c.Check(policy.PatternIsLiteral(t.expr), check.Equals, t.literal, comment)
		re, reErr := regexp.Compile("^(?:" + t.expr + ")$")
		for _, v := range values {
			got, err := policy.MatchPattern(t.expr, v)
			if reErr != nil {
				c.Check(err, check.ErrorMatches, `has invalid regular expression .*`, comment)
				continue
			}
			c.Assert(err, check.IsNil, comment)
			c.Check(got, check.Equals, re.MatchString(v), check.Commentf("%q ~ %q", t.expr, v))
		}
	}
}
