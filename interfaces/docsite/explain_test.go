// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package docsite_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/docsite"
	"github.com/snapiface/snapiface/interfaces/policy"
)

type explainSuite struct{}

var _ = check.Suite(&explainSuite{})

// explain returns the sentences of one section of the explanation of
// interface "foo" in a base declaration holding rules.
func explain(c *check.C, rules, section string) []string {
	decl, err := policy.ParseDeclaration([]byte("type: base-declaration\n"+rules), "d.yaml")
	c.Assert(err, check.IsNil)
	for _, s := range docsite.ExplainDeclaration(decl, "foo") {
		if s.Title == section {
			var out []string
			for _, t := range s.Sentences {
				out = append(out, t.String())
			}
			return out
		}
	}
	c.Fatalf("no section %q", section)
	return nil
}

func (s *explainSuite) TestSentences(c *check.C) {
	for _, t := range []struct {
		rules, section string
		want           []string
	}{
		{"plugs: {}\n", "Carrying a plug", []string{"No rule restricts it: any snap may carry a plug of this interface."}},
		{"plugs:\n  foo: false\n", "Carrying a plug", []string{"No snap may carry a plug of this interface unless its snap declaration allows it."}},
		{"plugs:\n  foo: true\n", "Carrying a plug", []string{"Any snap may carry a plug of this interface."}},
		{"slots:\n  foo:\n    allow-installation:\n      slot-snap-type: [core, gadget]\n", "Offering a slot",
			[]string{"A snap may offer a slot of this interface only when the slot's snap is the system snap or a gadget snap."}},
		{"slots:\n  foo:\n    deny-installation:\n      on-classic: false\n", "Offering a slot",
			[]string{"A snap may not offer a slot of this interface when the system is Ubuntu Core.", "Otherwise, any snap may offer a slot of this interface."}},
		{"slots:\n  foo:\n    allow-installation: false\n", "Offering a slot",
			[]string{"No snap may offer a slot of this interface unless its snap declaration allows it."}},
		// A plug rule decides connections whole, over the slot rule.
		{"plugs:\n  foo:\n    allow-installation: false\nslots:\n  foo:\n    deny-connection: true\n", "Connecting by hand",
			[]string{"The base declaration has a plug rule for this interface, so that rule decides connections; a rule wins whole, and the slot rule plays no part in them.",
				"A plug may be connected by hand to any slot of this interface."}},
		{"slots:\n  foo:\n    deny-connection: true\n", "Connecting by hand",
			[]string{"There is no plug rule for this interface, so the slot rule decides connections.",
				"No plug may be connected, even by hand, unless a snap declaration allows it."}},
		{"slots:\n  foo:\n    allow-connection:\n      plug-attributes:\n        content: $SLOT(content)\n        mode: \"ro|rw\"\n        gone: $MISSING\n        ro: \"true\"\n", "Connecting by hand",
			[]string{"There is no plug rule for this interface, so the slot rule decides connections.",
				"A plug may be connected by hand only when the plug's attribute `content` equals the slot's attribute `content`, the plug has no attribute `gone`, the plug's attribute `mode` matches `ro|rw` and the plug's attribute `ro` is `true`."}},
		{"slots:\n  foo:\n    allow-auto-connection:\n      - plug-publisher-id: [$SLOT_PUBLISHER_ID]\n        slots-per-plug: \"*\"\n      - on-classic: [ubuntu, fedora/*]\n        plug-names: [$INTERFACE, \"x-.*\"]\n", "Connecting automatically",
			[]string{"A plug is connected automatically only when one of these holds: (1) the plug's snap is published by the publisher of the slot's snap (then a plug may connect to any number of slots); (2) the system is the classic distribution `ubuntu` or any variant of `fedora` and the plug is named the interface's name or a name matching `x-.*`."}},
		{"slots:\n  foo:\n    deny-auto-connection:\n      - on-classic: false\n      - slot-attributes:\n          name: .+\n", "Connecting automatically",
			[]string{"A plug is not connected automatically when one of these holds: (1) the system is Ubuntu Core; (2) the slot's attribute `name` matches `.+`.",
				"Otherwise, a plug is connected automatically to its slot."}},
		{"slots:\n  foo:\n    allow-auto-connection:\n      on-store: [brand-store]\n      on-brand: [acme]\n      on-model: [acme/box]\n      on-core-desktop: true\n      slot-snap-id: [abcdefABCDEF0123456789abcdefABCD]\n", "Connecting automatically",
			[]string{"A plug is connected automatically only when the system is Ubuntu Core Desktop, the device's store is `brand-store`, the device's brand is `acme`, the device's model is `acme/box` and the slot's snap has the snap id `abcdefABCDEF0123456789abcdefABCD`."}},
		{"slots:\n  foo:\n    allow-auto-connection:\n      plug-attributes:\n        - a: x\n        - b: [y1, z1]\n", "Connecting automatically",
			[]string{"A plug is connected automatically only when either the plug's attribute `a` is `x` or the plug's attribute `b` is `y1` or is `z1`."}},
		{"slots:\n  foo:\n    allow-auto-connection: false\n", "Connecting automatically",
			[]string{"No plug is connected automatically unless a snap declaration allows it."}},
	} {
		c.Check(explain(c, t.rules, t.section), check.DeepEquals, t.want, check.Commentf("%s", t.rules))
	}
}

// Every interface of the catalogue gets four sections, each with at
// least one sentence, and none with a constraint the explainer does
// not know ("the constraint ... holds").
func (s *explainSuite) TestCatalogue(c *check.C) {
	st, _ := site(c)
	for _, p := range st.Pages {
		c.Assert(p.Rules, check.HasLen, 4, check.Commentf(p.Name))
		for _, r := range p.Rules {
			c.Check(r.Sentences, check.Not(check.HasLen), 0, check.Commentf("%s: %s", p.Name, r.Title))
			for _, t := range r.Sentences {
				c.Check(strings.Contains(t.String(), "the constraint"), check.Equals, false, check.Commentf("%s: %s", p.Name, t))
			}
		}
	}
}

func (s *explainSuite) TestGroupPolicy(c *check.C) {
	summary, groups := docsite.GroupPolicy(`
# Description: use the thing.
# More words.

# Read it.
/a r,
# an inline note
/b r,

/c r,

#include <abstractions/base>
`)
	c.Check(summary, check.Equals, "use the thing. More words")
	c.Check(groups, check.DeepEquals, []docsite.Group{
		{Words: "Read it.", Rules: "/a r,\n# an inline note\n/b r,"},
		{Rules: "/c r,"},
		{Rules: "#include <abstractions/base>"},
	})
}
