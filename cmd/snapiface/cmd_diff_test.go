// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/permdiff"
	"github.com/snapiface/snapiface/interfaces/policy"
)

type diffSuite struct{}

var _ = check.Suite(&diffSuite{})

const (
	btopOld = "testdata/diff/btop.yaml"
	btopNew = "testdata/diff/btop-refresh.yaml"
)

func (s *diffSuite) TestRefreshWidens(c *check.C) {
	stdout, stderr, code := runCLI("diff", btopOld, btopNew)
	c.Check(code, check.Equals, 1, check.Commentf("%s", stderr))
	c.Check(stderr, check.Equals, "")
	checkGolden(c, "diff/btop.golden", stdout)
}

func (s *diffSuite) TestNothingWidens(c *check.C) {
	stdout, stderr, code := runCLI("diff", btopOld, btopOld)
	c.Check(code, check.Equals, 0, check.Commentf("%s", stderr))
	c.Check(stdout, check.Equals, "snap btop\n\nno change\n")
	// The refresh backwards only narrows, but for the plug it adds.
	stdout, _, code = runCLI("diff", btopNew, btopOld)
	c.Check(code, check.Equals, 1)
	c.Check(stdout, check.Matches, `(?s).*physical-memory-observe:
    \+ apparmor /dev/mem r,
        file r /dev/mem !owner
.*`)
}

func (s *diffSuite) TestJSON(c *check.C) {
	stdout, _, code := runCLI("diff", "--json", btopOld, btopNew)
	c.Check(code, check.Equals, 1)
	var r permdiff.Report
	c.Assert(json.Unmarshal([]byte(stdout), &r), check.IsNil)
	c.Check(r.Kind, check.Equals, "snap")
	c.Check(r.Widens, check.Equals, true)
	c.Check(r.Review, check.Equals, true)
	c.Check(r.Endpoints, check.HasLen, 4)
	c.Assert(r.Tags, check.HasLen, 1)
	c.Check(r.Tags[0].Tag, check.Equals, "snap.btop.btop")
}

func (s *diffSuite) TestBaseDeclarations(c *check.C) {
	text, err := policy.BuiltinBaseDeclaration()
	c.Assert(err, check.IsNil)
	dir := c.MkDir()
	old, new := filepath.Join(dir, "old.yaml"), filepath.Join(dir, "new.yaml")
	c.Assert(os.WriteFile(old, text, 0o644), check.IsNil)
	rule := "  camera:\n    allow-installation:\n      slot-snap-type:\n        - core\n    deny-auto-connection: true\n"
	c.Assert(strings.Contains(string(text), rule), check.Equals, true)
	changed := strings.Replace(string(text), rule, "  camera:\n    allow-installation:\n      slot-snap-type:\n        - core\n", 1)
	c.Assert(os.WriteFile(new, []byte(changed), 0o644), check.IsNil)
	stdout, stderr, code := runCLI("diff", old, new, "--core")
	c.Check(code, check.Equals, 1, check.Commentf("%s", stderr))
	c.Check(stdout, check.Equals, `base declaration

decisions:
  + connection of plug consumer:camera to slot snapd:camera: manual -> auto-connect
      auto-connection of plug consumer:camera to slot snapd:camera allowed by slot rule of interface "camera" in the base declaration

policy widens
`)
	// Backwards it narrows.
	_, _, code = runCLI("diff", new, old)
	c.Check(code, check.Equals, 0)
}

func (s *diffSuite) TestErrors(c *check.C) {
	dir := c.MkDir()
	base := filepath.Join(dir, "base.yaml")
	text, err := policy.BuiltinBaseDeclaration()
	c.Assert(err, check.IsNil)
	c.Assert(os.WriteFile(base, text, 0o644), check.IsNil)
	other := filepath.Join(dir, "other.yaml")
	c.Assert(os.WriteFile(other, []byte("name: other\nversion: 1\n"), 0o644), check.IsNil)
	bad := filepath.Join(dir, "bad.yaml")
	c.Assert(os.WriteFile(bad, []byte("name: bad\nversion: 1\nplugs:\n  x:\n    interface: [1]\n"), 0o644), check.IsNil)
	for _, t := range []struct {
		args []string
		err  string
	}{
		{[]string{btopOld}, `too few arguments`},
		{[]string{btopOld, btopNew, btopNew}, `too many arguments: .*btop-refresh.yaml`},
		{[]string{btopOld, filepath.Join(dir, "missing.yaml")}, `cannot read .*/missing.yaml: no such file or directory`},
		{[]string{btopOld, base}, `cannot compare .*btop.yaml with .*/base.yaml: one is a base declaration, the other not`},
		{[]string{btopOld, other}, `cannot compare snap "btop" with snap "other": a refresh keeps the snap's name`},
		{[]string{btopOld, bad}, `.*/bad.yaml:5: .*`},
		{[]string{base, base, "--declaration", base}, `cannot use --declaration when comparing base declarations`},
	} {
		stdout, stderr, code := runCLI(append([]string{"diff"}, t.args...)...)
		comment := check.Commentf("%v", t.args)
		c.Check(code, check.Equals, 2, comment)
		c.Check(stdout, check.Equals, "", comment)
		c.Check(strings.TrimSuffix(stderr, "\n"), check.Matches, "snapiface diff: "+t.err, comment)
	}
	// A flag error: exit status 2, the usage on stderr.
	_, stderr, code := runCLI("diff", "--frob", btopOld, btopNew)
	c.Check(code, check.Equals, 2)
	c.Check(stderr, check.Matches, `(?s)flag provided but not defined: -frob.*`)
}
