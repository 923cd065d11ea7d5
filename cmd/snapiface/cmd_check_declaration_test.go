// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/policy"
)

type checkDeclarationSuite struct{}

var _ = check.Suite(&checkDeclarationSuite{})

func (s *checkDeclarationSuite) TestValid(c *check.C) {
	stdout, stderr, code := runConn(c, "check-declaration", connBase, "testdata/connections/consumer-declaration.yaml")
	c.Check(code, check.Equals, 0)
	c.Check(stdout, check.Equals, "")
	c.Check(stderr, check.Equals, "")
}

func (s *checkDeclarationSuite) TestBuiltinIsValid(c *check.C) {
	text, err := policy.BuiltinBaseDeclaration()
	c.Assert(err, check.IsNil)
	path := filepath.Join(c.MkDir(), "base-declaration.yaml")
	c.Assert(os.WriteFile(path, text, 0o644), check.IsNil)
	_, _, code := runCLI("check-declaration", path)
	c.Check(code, check.Equals, 0)
}

func (s *checkDeclarationSuite) TestProblems(c *check.C) {
	stdout, stderr, code := runConn(c, "check-declaration",
		connBase, "testdata/connections/bad-declaration.yaml", "testdata/connections/missing.yaml")
	c.Check(code, check.Equals, 1)
	c.Check(stderr, check.Equals, "")
	c.Check(stdout, check.Equals, `testdata/connections/bad-declaration.yaml:7: alternative 2 of allow-connection in plug rule for interface "network" cannot be 'true' or 'false': shortcuts are not allowed in a list of alternatives
testdata/connections/bad-declaration.yaml:8: plug rule for interface "network" has unknown subrule "deny-frobbing"
testdata/connections/bad-declaration.yaml:12: allow-installation in slot rule for interface "network" cannot use constraint "plug-snap-type" (installation of a slot is only constrained by slot-* and on-* keys)
testdata/connections/missing.yaml: cannot read declaration: no such file or directory
`)
}

// check-declaration refuses what --declaration refuses, and what the
// reference refuses.
func (s *checkDeclarationSuite) TestRefusesWhatIsRefusedElsewhere(c *check.C) {
	dir := c.MkDir()
	for _, t := range []struct {
		input, err string
	}{
		{"", `FILE: declaration is empty`},
		{"~\n", `FILE:1: declaration is empty`},
		{"slots:\n  network: true\n", `FILE:1: "type" is required: base-declaration or snap-declaration`},
		{"type: snap-declaration\nsnap-name: foo\nplugs:\n  network:\n    allow-connection:\n      on-classic: maybe\n",
			`FILE:6: on-classic in allow-connection in plug rule for interface "network" must be true, false or a list of distribution ids, not "maybe"`},
		{"type: base-declaration\nslots:\n  network: true\n",
			`FILE: base declaration leaves \d+ interfaces of the catalogue unrestricted .*`},
	} {
		path := filepath.Join(dir, "d.yaml")
		c.Assert(os.WriteFile(path, []byte(t.input), 0o644), check.IsNil)
		stdout, _, code := runCLI("check-declaration", path)
		c.Check(code, check.Equals, 1, check.Commentf("%q", t.input))
		c.Check(stdout, check.Matches, strings.ReplaceAll(t.err, "FILE", regexp.QuoteMeta(path))+"\n", check.Commentf("%q", t.input))
	}
	stdout, _, code := runCLI("check-declaration", "/dev/null")
	c.Check(code, check.Equals, 1)
	c.Check(stdout, check.Equals, "/dev/null: declaration is empty\n")
}

// A rule for an interface the catalogue does not know is a warning, a
// problem with --strict.
func (s *checkDeclarationSuite) TestUnknownInterface(c *check.C) {
	path := filepath.Join(c.MkDir(), "d.yaml")
	c.Assert(os.WriteFile(path, []byte("type: snap-declaration\nsnap-name: foo\nplugs:\n  network: true\n  gizmo: true\n"), 0o644), check.IsNil)
	stdout, _, code := runCLI("check-declaration", path)
	c.Check(code, check.Equals, 0)
	c.Check(stdout, check.Equals, path+`:5: unknown interface "gizmo"`+"\n")
	stdout, _, code = runCLI("check-declaration", "--strict", path)
	c.Check(code, check.Equals, 1)
	c.Check(stdout, check.Equals, path+`:5: unknown interface "gizmo"`+"\n")
}

func (s *checkDeclarationSuite) TestUsage(c *check.C) {
	_, stderr, code := runCLI("check-declaration")
	c.Check(code, check.Equals, 1)
	c.Check(stderr, check.Equals, "snapiface check-declaration: too few arguments\n")
}
