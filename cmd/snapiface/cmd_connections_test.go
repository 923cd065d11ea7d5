// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/testutil"
)

type connectionsSuite struct{}

var _ = check.Suite(&connectionsSuite{})

const connData = "testdata/connections/"

// connBase is the test's base declaration: its rules for the
// interfaces the tests use, which stay as they are while the catalogue
// grows, and no others. A base declaration given to the CLI must have
// a rule for every interface of the catalogue, so runConn completes a
// copy of it.
const connBase = connData + "base-declaration.yaml"

// completedBase writes the test's base declaration, completed with a
// system-only slot rule for every other interface of the catalogue, to
// a file of the same name in a fresh directory, and returns its path.
// The rules of the original keep their lines.
func completedBase(c *check.C) string {
	text, err := os.ReadFile(connBase)
	c.Assert(err, check.IsNil)
	decl, err := policy.ParseDeclarationFile(text, connBase)
	c.Assert(err, check.IsNil)
	var b strings.Builder
	b.Write(text)
	for _, name := range decl.Unrestricted() {
		b.WriteString("  " + name + ":\n    allow-installation:\n      slot-snap-type: [core]\n")
	}
	path := filepath.Join(c.MkDir(), "base-declaration.yaml")
	c.Assert(os.WriteFile(path, []byte(b.String()), 0o644), check.IsNil)
	return path
}

// runConn runs the CLI with connBase standing for its completed copy,
// and its output naming connBase again.
func runConn(c *check.C, args ...string) (stdout, stderr string, code int) {
	base := completedBase(c)
	for i, arg := range args {
		if arg == connBase {
			args[i] = base
		}
	}
	stdout, stderr, code = runCLI(args...)
	return strings.ReplaceAll(stdout, base, connBase), strings.ReplaceAll(stderr, base, connBase), code
}

func (s *connectionsSuite) TestGoldenText(c *check.C) {
	stdout, stderr, code := runConn(c, "connections", connData+"consumer.yaml", connData+"provider.yaml",
		"--declaration", connBase)
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	c.Check(stderr, check.Equals, "")
	checkGolden(c, "connections/connections.golden", stdout)
}

func (s *connectionsSuite) TestGoldenJSON(c *check.C) {
	stdout, stderr, code := runConn(c, "connections", connData+"consumer.yaml", "--core", "--json",
		"--declaration", connBase, "--declaration", connData+"consumer-declaration.yaml")
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	checkGolden(c, "connections/connections.json.golden", stdout)

	var out connectionsOutput
	c.Assert(json.Unmarshal([]byte(stdout), &out), check.IsNil)
	c.Check(out.Snaps, check.HasLen, 1)
	// The snap declaration lets the plug install, and wins whole:
	// a manual connection is allowed, auto-connection is not.
	c.Check(out.Snaps[0].Install.Allowed, check.Equals, true)
	decisions := map[string]string{}
	for _, p := range out.Plugs {
		decisions[p.Plug] = p.Decision
	}
	c.Check(decisions, check.DeepEquals, map[string]string{
		"bogus": "rejected", "mpris": "no-slot", "multipass-support": "manual", "network": "auto-connect",
	})
}

// Dropped plugs and slots are reported, with why.
func (s *connectionsSuite) TestDropped(c *check.C) {
	stdout, stderr, code := runCLI("connections", "testdata/profile/broken.yaml", "--json")
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	var out connectionsOutput
	c.Assert(json.Unmarshal([]byte(stdout), &out), check.IsNil)
	c.Assert(out.Dropped, check.HasLen, 2)
	c.Check(out.Dropped[0], check.DeepEquals, droppedEntry{Snap: "broken", Side: "plug", Name: "config", Interface: "personal-files",
		Reason: `read[0] "relative/path" must start with "$HOME/" and name a file or directory below it`})
	c.Check(out.Dropped[1].Side, check.Equals, "slot")
	c.Check(out.Dropped[1].Name, check.Equals, "shared")
	c.Check(out.Dropped[1].Reason, check.Matches, `read\[0\] "\$SNAP/lib,bin": .*`)
	stdout, _, _ = runCLI("connections", "testdata/profile/broken.yaml")
	c.Check(stdout, testutil.Contains, "dropped slot broken:shared (interface \"content\"): read[0] \"$SNAP/lib,bin\": ")
}

func (s *connectionsSuite) TestErrors(c *check.C) {
	for _, t := range []struct {
		args []string
		err  string
	}{
		{[]string{"--declaration", connBase, "--declaration", connBase},
			`snapiface connections: cannot use base declaration "testdata/connections/base-declaration.yaml": "testdata/connections/base-declaration.yaml" is one already`},
		// As it is, the test's base declaration leaves most of the
		// catalogue unrestricted.
		{[]string{"--declaration", connData + "./base-declaration.yaml"},
			`snapiface connections: testdata/connections/./base-declaration.yaml: base declaration leaves \d+ interfaces of the catalogue unrestricted \(each needs a slot rule, else any snap may carry its slot and connect to it\): [a-z-]+, .*`},
		{[]string{"--declaration", "/dev/null"}, `snapiface connections: /dev/null: declaration is empty`},
		{[]string{"--declaration", connData + "typeless-declaration.yaml"},
			`snapiface connections: testdata/connections/typeless-declaration.yaml:1: "type" is required: base-declaration or snap-declaration`},
		{[]string{"--declaration", connData + "consumer-declaration.yaml", "--declaration", connData + "consumer-declaration.yaml"},
			`snapiface connections: cannot use snap declaration "testdata/connections/consumer-declaration.yaml": snap "consumer" has one already`},
		{[]string{"--declaration", connData + "nameless-declaration.yaml"},
			`snapiface connections: cannot use snap declaration "testdata/connections/nameless-declaration.yaml": it has no snap-name to say which snap it is for`},
		{[]string{"--declaration", connData + "bad-declaration.yaml"},
			`(?s)snapiface connections: testdata/connections/bad-declaration.yaml:7: .*\ntestdata/connections/bad-declaration.yaml:8: .*`},
		{[]string{"--declaration", connData + "missing.yaml"},
			`snapiface connections: testdata/connections/missing.yaml: cannot read declaration: no such file or directory`},
	} {
		_, stderr, code := runConn(c, append([]string{"connections", connData + "consumer.yaml"}, t.args...)...)
		c.Check(code, check.Equals, 1, check.Commentf("%v", t.args))
		c.Check(stderr, check.Matches, t.err+"\n", check.Commentf("%v", t.args))
	}
	_, stderr, code := runCLI("connections")
	c.Check(code, check.Equals, 1)
	c.Check(stderr, check.Equals, "snapiface connections: too few arguments\n")
}

// TestCorpus runs connections over every snap of the shared corpus, on
// classic and on core, with the built-in base declaration, and counts
// the decisions.
func (s *connectionsSuite) TestCorpus(c *check.C) {
	files := testutil.CorpusFiles()
	if len(files) == 0 {
		c.Skip("the shared corpus is not there")
	}
	for _, core := range []bool{false, true} {
		counts := map[string]int{}
		for _, file := range files {
			args := []string{"connections", file, "--json"}
			if core {
				args = append(args, "--core")
			}
			stdout, stderr, code := runCLI(args...)
			if !c.Check(code, check.Equals, 0, check.Commentf("%s: %s", filepath.Base(file), stderr)) {
				continue
			}
			var out connectionsOutput
			c.Assert(json.Unmarshal([]byte(stdout), &out), check.IsNil)
			for _, p := range out.Plugs {
				counts[p.Decision]++
				c.Check(p.Reason, check.Not(check.Equals), "", check.Commentf("%s %s", file, p.Plug))
			}
			if !out.Snaps[0].Install.Allowed {
				counts["snaps denied installation"]++
			}
		}
		c.Logf("corpus (%d files, core=%v): %v", len(files), core, counts)
	}
}
