// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"os"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

// The exceptions table of access fidelity: where an interface of the
// catalogue lets a plugging app do something the reference does not,
// or keeps from it something the reference allows, on purpose. Each
// row is checked against the whole rendered profile, so the table
// cannot drift from the policy, and the interface's doc comment must
// say why too. Rows are added by each interface's own test file, from
// an init function:
//
//	func init() {
//		addAccessDifferences("x11", accessDifferences{rows: []accessDifference{{
//			access: "unix connect stream peer_addr=@/tmp/.ICE-unix/1 peer=unconfined",
//			ours:   false,
//			why:    "ICE session managers take commands from any client",
//		}}})
//	}

// accessDifference is one access decided differently from the reference.
type accessDifference struct {
	// access is in package aare's text form.
	access string
	// ours says whether our profile allows it (the reference does the
	// opposite).
	ours bool
	why  string
}

// accessDifferences are the differences of one interface, and the
// attributes its plug needs (as consumerYaml takes them).
type accessDifferences struct {
	plugAttrs []string
	rows      []accessDifference
}

var accessDifferenceTable = map[string]accessDifferences{}

// addAccessDifferences records the differences of an interface; call it
// once per interface, from an init function of its test file.
func addAccessDifferences(iface string, d accessDifferences) {
	if _, ok := accessDifferenceTable[iface]; ok {
		panic("access differences of " + iface + " added twice")
	}
	accessDifferenceTable[iface] = d
}

type differencesSuite struct{}

var _ = check.Suite(&differencesSuite{})

func (s *differencesSuite) TestAccessDifferencesHold(c *check.C) {
	for name, d := range accessDifferenceTable {
		iface, err := builtin.ByName(name)
		if !c.Check(err, check.IsNil) {
			continue
		}
		src, err := os.ReadFile(strings.ReplaceAll(name, "-", "_") + ".go")
		c.Assert(err, check.IsNil)
		c.Check(strings.Contains(string(src), "reference"), check.Equals, true,
			check.Commentf("%q differs from the reference: its doc comment says how and why", name))
		var cn *connection
		if iface.StaticInfo().ImplicitOnClassic {
			cn = connectToSystem(c, builtin.Classic, consumerYaml(name, d.plugAttrs...))
		} else {
			cn = connectToProvider(c, builtin.Classic, consumerYaml(name, d.plugAttrs...), providerYaml(snap.TypeApp, name))
		}
		rendered, p := cn.wholeProfile(c, plugTag)
		for _, row := range d.rows {
			c.Check(row.why, check.Not(check.Equals), "", check.Commentf("%s: %q", name, row.access))
			a, err := aare.ParseAccess(row.access)
			if !c.Check(err, check.IsNil, check.Commentf("%s: %q", name, row.access)) {
				continue
			}
			res := p.Check(a)
			c.Check(res.Allowed(), check.Equals, row.ours, check.Commentf("%s: %q is %s", name, row.access, explainResult(rendered, res)))
		}
	}
}
