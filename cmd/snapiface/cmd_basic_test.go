// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"encoding/json"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/testutil"
)

// Tests of the commands that show the catalogue, and of the command
// line itself.
type basicSuite struct{}

var _ = check.Suite(&basicSuite{})

func (s *basicSuite) TestUsage(c *check.C) {
	stdout, _, code := runCLI()
	c.Check(code, check.Equals, 2)
	c.Check(stdout, testutil.Contains, "usage: snapiface COMMAND [ARGS]")
	for _, name := range []string{"list", "show", "base-declaration", "check-declaration", "snippets", "connections", "profile"} {
		c.Check(stdout, testutil.Contains, "  "+name+" ")
	}
	_, _, code = runCLI("help")
	c.Check(code, check.Equals, 0)

	_, stderr, code := runCLI("frobnicate")
	c.Check(code, check.Equals, 2)
	c.Check(stderr, check.Equals, "snapiface: unknown command \"frobnicate\" (see 'snapiface help')\n")

	_, stderr, code = runCLI("list", "extra")
	c.Check(code, check.Equals, 1)
	c.Check(stderr, check.Equals, "snapiface list: too many arguments: extra\n")

	_, stderr, code = runCLI("show")
	c.Check(code, check.Equals, 1)
	c.Check(stderr, check.Equals, "snapiface show: too few arguments\n")

	_, stderr, code = runCLI("list", "--frob")
	c.Check(code, check.Equals, 2)
	c.Check(stderr, testutil.Contains, "flag provided but not defined: -frob")
}

func (s *basicSuite) TestList(c *check.C) {
	stdout, _, code := runCLI("list")
	c.Assert(code, check.Equals, 0)
	c.Check(stdout, check.Matches, `(?s)Interface +Classic +Core +Notes +Summary\n.*\nmultipass-support +manual +manual +decl-plug +allows operating as the Multipass service\n.*`)

	stdout, _, code = runCLI("list", "--json")
	c.Assert(code, check.Equals, 0)
	var entries []listEntry
	c.Assert(json.Unmarshal([]byte(stdout), &entries), check.IsNil)
	c.Assert(entries, check.HasLen, len(builtin.Interfaces()))
	for i, iface := range builtin.Interfaces() {
		c.Check(entries[i], check.Equals, listEntry{Name: iface.Name(), Summary: iface.StaticInfo().Summary})
	}
}

func (s *basicSuite) TestShowJSON(c *check.C) {
	stdout, _, code := runCLI("show", "multipass-support", "--json")
	c.Assert(code, check.Equals, 0)
	var raw map[string]interface{}
	c.Assert(json.Unmarshal([]byte(stdout), &raw), check.IsNil)
	c.Check(raw["name"], check.Equals, "multipass-support")
	c.Check(raw["summary"], check.Equals, "allows operating as the Multipass service")
	c.Check(raw["implicit-on-core"], check.Equals, true)
	c.Check(raw["implicit-on-classic"], check.Equals, true)
	decl := raw["base-declaration"].(map[string]interface{})
	c.Check(decl["plugs"], check.Equals, "allow-installation: false\ndeny-auto-connection: true\n")
	c.Check(decl["slots"], testutil.Contains, "slot-snap-type:")
	aa := raw["apparmor"].(map[string]interface{})
	c.Check(aa["connected-plug"], testutil.Contains, "capability mac_admin,")
	// Hooks that add nothing are left out.
	_, ok := aa["connected-slot"]
	c.Check(ok, check.Equals, false)
	sc := raw["seccomp"].(map[string]interface{})
	c.Check(sc["connected-plug"], testutil.Contains, "setgroups 0 -")
	// Everything of multipass-support is rendered here: an empty list,
	// never a missing key, so a daemon can rely on it.
	c.Check(raw["not-rendered"], check.DeepEquals, []interface{}{})

	// An interface with no policy at all has neither backend key.
	stdout, _, code = runCLI("show", "snap-themes-control", "--json")
	c.Assert(code, check.Equals, 0)
	raw = nil
	c.Assert(json.Unmarshal([]byte(stdout), &raw), check.IsNil)
	_, hasAA := raw["apparmor"]
	_, hasSC := raw["seccomp"]
	c.Check(hasAA || hasSC, check.Equals, false)
}

func (s *basicSuite) TestShowText(c *check.C) {
	stdout, _, code := runCLI("show", "multipass-support")
	c.Assert(code, check.Equals, 0)
	c.Check(stdout, check.Matches, `(?s)name: +multipass-support\nsummary: +allows operating.*# base-declaration plugs\nallow-installation: false.*# apparmor connected-plug\n# Description: .*# seccomp connected-plug\n# Description: .*`)

	_, stderr, code := runCLI("show", "no-such-interface")
	c.Check(code, check.Equals, 1)
	c.Check(stderr, check.Equals, "snapiface show: unknown interface \"no-such-interface\"\n")
}

func (s *basicSuite) TestBaseDeclaration(c *check.C) {
	stdout, _, code := runCLI("base-declaration")
	c.Assert(code, check.Equals, 0)
	want, err := policy.BuiltinBaseDeclaration()
	c.Assert(err, check.IsNil)
	c.Check(stdout, check.Equals, string(want))
	_, err = policy.ParseDeclaration([]byte(stdout), "base-declaration")
	c.Check(err, check.IsNil)
}

func (s *basicSuite) TestSnippets(c *check.C) {
	stdout, stderr, code := runCLI("snippets", exampleSnap)
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	sections := map[string]string{}
	var current string
	for _, line := range strings.SplitAfter(stdout, "\n") {
		if strings.HasPrefix(line, "# apparmor snap.") || strings.HasPrefix(line, "# seccomp snap.") {
			current = strings.TrimSpace(line)
			sections[current] = ""
			continue
		}
		sections[current] += line
	}
	c.Check(sections, check.HasLen, 6)
	c.Check(sections["# apparmor snap.vm-manager.daemon"], testutil.Contains, "capability mac_admin,")
	c.Check(sections["# seccomp snap.vm-manager.daemon"], testutil.Contains, "setgroups 0 -")
	for _, tag := range []string{"snap.vm-manager.cli", "snap.vm-manager.hook.configure"} {
		c.Check(sections["# apparmor "+tag], check.Not(testutil.Contains), "mac_admin")
		c.Check(sections["# apparmor "+tag], testutil.Contains, "# Description: use the network as a client")
	}

	// Only the named plug, and a word about a plug that does not exist.
	stdout, stderr, code = runCLI("snippets", exampleSnap, "--plug", "kvm", "--plug", "nope", "--core")
	c.Assert(code, check.Equals, 0)
	c.Check(stderr, check.Equals, "not connected: snap \"vm-manager\" has no plug \"nope\"\n")
	c.Check(stdout, check.Not(testutil.Contains), "mac_admin")
	c.Check(stdout, testutil.Contains, "/dev/kvm")

	_, stderr, code = runCLI("snippets", "testdata/profile/lxd-client.yaml", "--plug", "lxd")
	c.Assert(code, check.Equals, 0)
	c.Check(stderr, check.Equals, "not connected: plug lxd-client:lxd: no lxd slot on the classic system\n")

	_, stderr, code = runCLI("snippets", "testdata/no-such-file.yaml")
	c.Check(code, check.Equals, 1)
	c.Check(stderr, testutil.Contains, "testdata/no-such-file.yaml")
}
