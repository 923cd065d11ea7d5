// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"regexp"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/policy"
)

type validatorsSuite struct{}

var _ = check.Suite(&validatorsSuite{})

// validatorExprs are the regular expressions the hand-written checks
// of identifiers stand for.
var validatorExprs = map[string]string{
	"snap-id":   `^[A-Za-z0-9]{1,64}$`,
	"account":   `^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?$`,
	"store":     `^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$`,
	"model":     `^[A-Za-z0-9](?:-?[A-Za-z0-9])*$`,
	"distro":    `^[a-z0-9._-]+$`,
	"attribute": `^[A-Za-z0-9_][A-Za-z0-9_-]*$`,
}

// validatorInputs are identifiers good and bad: every character class
// at every position, hyphens doubled and at the ends, lengths around
// the limits.
func validatorInputs() []string {
	inputs := []string{"", "a", "A", "0", "-", "_", ".", "é", "a\n", "\na", "\xff"}
	for _, c := range []string{"a", "Z", "9", "-", "_", ".", "/", " ", "é", "\n", "$"} {
		for _, s := range []string{c + "ab", "a" + c + "b", "ab" + c, c, c + c, "a" + c + c + "b"} {
			inputs = append(inputs, s)
		}
	}
	for _, n := range []int{1, 2, 62, 63, 64, 65, 100} {
		inputs = append(inputs, strings.Repeat("a", n), "a"+strings.Repeat("-", max(n-2, 0))+"b", strings.Repeat("a-", n))
	}
	return inputs
}

// TestValidatorsAreTheirExpressions checks each hand-written check of
// an identifier against its regular expression.
func (s *validatorsSuite) TestValidatorsAreTheirExpressions(c *check.C) {
	c.Assert(policy.Validators, check.HasLen, len(validatorExprs))
	for name, valid := range policy.Validators {
		re := regexp.MustCompile(validatorExprs[name])
		for _, in := range validatorInputs() {
			c.Check(valid(in), check.Equals, re.MatchString(in), check.Commentf("%s %q", name, in))
		}
	}
}

// TestOtherSideAttrIsItsExpression checks $PLUG(path) and $SLOT(path)
// against the regular expression they stand for.
func (s *validatorsSuite) TestOtherSideAttrIsItsExpression(c *check.C) {
	re := regexp.MustCompile(`^\$(PLUG|SLOT)\((.*)\)$`)
	for _, in := range []string{"", "$PLUG()", "$SLOT(a)", "$PLUG(a.b)", "$PLUG(a)b)", "$PLUG(a)\n", "$PLUG(a\nb)", "$PLUGS(a)", "$plug(a)",
		"PLUG(a)", "$PLUG(a", "$PLUG", "$SLOT(\xff)", "$SLOT((a))", " $PLUG(a)", "$PLUG(a) ", "$MISSING", "$SLOT)"} {
		m := re.FindStringSubmatch(in)
		side, path, ok := policy.OtherSideAttr(in)
		c.Check(ok, check.Equals, m != nil, check.Commentf("%q", in))
		if m != nil {
			c.Check(side, check.Equals, m[1], check.Commentf("%q", in))
			c.Check(path, check.Equals, m[2], check.Commentf("%q", in))
		}
	}
}
