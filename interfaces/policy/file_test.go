// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
)

type fileSuite struct{}

var _ = check.Suite(&fileSuite{})

// A declaration file must declare something and say its type.
func (s *fileSuite) TestParseDeclarationFileErrors(c *check.C) {
	for _, t := range []struct {
		input, err string
	}{
		{"", `d.yaml: declaration is empty`},
		{" \n\n", `d.yaml: declaration is empty`},
		{"~\n", `d.yaml:1: declaration is empty`},
		{"# only a comment\n", `d.yaml:1: declaration is empty`},
		{"slots:\n  network: true\n", `d.yaml:1: "type" is required: base-declaration or snap-declaration`},
		{"snap-name: foo\nplugs:\n  network: true\n", `d.yaml:1: "type" is required: base-declaration or snap-declaration`},
		{"type: other\n", `d.yaml:1: unknown declaration type "other" .*`},
	} {
		_, err := policy.ParseDeclarationFile([]byte(t.input), "d.yaml")
		c.Check(err, check.ErrorMatches, t.err, check.Commentf("%q", t.input))
	}
	decl, err := policy.ParseDeclarationFile([]byte("type: snap-declaration\nsnap-name: foo\n"), "d.yaml")
	c.Assert(err, check.IsNil)
	c.Check(decl.SnapName, check.Equals, "foo")
}

// completeBase is a base declaration with a slot rule for every
// interface of the catalogue, bar those in leave.
func completeBase(leave ...string) string {
	var b strings.Builder
	b.WriteString("type: base-declaration\nslots:\n")
	for _, iface := range builtin.Interfaces() {
		skip := false
		for _, name := range leave {
			skip = skip || name == iface.Name()
		}
		if !skip {
			b.WriteString("  " + iface.Name() + ": false\n")
		}
	}
	return b.String()
}

// A replacement base declaration must restrict every interface of the
// catalogue: no rule would allow everything.
func (s *fileSuite) TestParseBaseDeclaration(c *check.C) {
	decl, err := policy.ParseBaseDeclaration([]byte(completeBase()), "base.yaml")
	c.Assert(err, check.IsNil)
	c.Check(decl.Unrestricted(), check.HasLen, 0)

	for _, t := range []struct {
		input, err string
	}{
		{completeBase("network", "home"), `base.yaml: base declaration leaves 2 interfaces of the catalogue unrestricted \(each needs a slot rule, else any snap may carry its slot and connect to it\): home, network`},
		{"type: base-declaration\nplugs:\n  network: false\n", `base.yaml: base declaration leaves \d+ interfaces of the catalogue unrestricted .*: [a-z-]+, .*`},
		{"type: snap-declaration\nsnap-name: foo\n", `base.yaml:1: a base declaration must have type base-declaration, not "snap-declaration"`},
		{"", `base.yaml: declaration is empty`},
		{"~", `base.yaml:1: declaration is empty`},
		{"slots:\n  network: true\n", `base.yaml:1: "type" is required: .*`},
	} {
		_, err := policy.ParseBaseDeclaration([]byte(t.input), "base.yaml")
		c.Check(err, check.ErrorMatches, t.err, check.Commentf("%.80q", t.input))
	}
	// The built-in declaration is complete.
	text, err := policy.BuiltinBaseDeclaration()
	c.Assert(err, check.IsNil)
	_, err = policy.ParseBaseDeclaration(text, policy.BuiltinFileName)
	c.Check(err, check.IsNil)
}

func (s *fileSuite) TestUnknownInterfaces(c *check.C) {
	decl, err := policy.ParseDeclarationFile([]byte("type: base-declaration\nplugs:\n  network: true\n  gizmo: true\nslots:\n  widget: false\n  home: false\n"), "d.yaml")
	c.Assert(err, check.IsNil)
	c.Check(decl.UnknownInterfaces().Error(), check.Equals, "d.yaml:4: unknown interface \"gizmo\"\nd.yaml:6: unknown interface \"widget\"")
}
