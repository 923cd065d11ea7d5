// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"os"
	"path/filepath"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/policy"
)

type checkDeclarationSuite struct{}

var _ = check.Suite(&checkDeclarationSuite{})

func (s *checkDeclarationSuite) TestValid(c *check.C) {
	stdout, stderr, code := runCLI("check-declaration",
		"testdata/connections/base-declaration.yaml", "testdata/connections/consumer-declaration.yaml")
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
	stdout, stderr, code := runCLI("check-declaration",
		"testdata/connections/base-declaration.yaml", "testdata/connections/bad-declaration.yaml", "testdata/connections/missing.yaml")
	c.Check(code, check.Equals, 1)
	c.Check(stderr, check.Equals, "")
	c.Check(stdout, check.Equals, `testdata/connections/bad-declaration.yaml:7: alternative 2 of allow-connection in plug rule for interface "network" cannot be 'true' or 'false': shortcuts are not allowed in a list of alternatives
testdata/connections/bad-declaration.yaml:8: plug rule for interface "network" has unknown subrule "deny-frobbing"
testdata/connections/bad-declaration.yaml:12: allow-installation in slot rule for interface "network" cannot use constraint "plug-snap-type" (installation of a slot is only constrained by slot-* and on-* keys)
testdata/connections/missing.yaml: cannot read declaration: no such file or directory
`)
}

func (s *checkDeclarationSuite) TestUsage(c *check.C) {
	_, stderr, code := runCLI("check-declaration")
	c.Check(code, check.Equals, 1)
	c.Check(stderr, check.Equals, "snapiface check-declaration: too few arguments\n")
}
