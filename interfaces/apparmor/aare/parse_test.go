// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
)

type parseSuite struct{}

var _ = check.Suite(&parseSuite{})

// includeDir writes files (name: text) under a new directory and
// returns a Parser that includes from it.
func includeDir(c *check.C, files map[string]string) *aare.Parser {
	dir := c.MkDir()
	for name, text := range files {
		path := filepath.Join(dir, name)
		c.Assert(os.MkdirAll(filepath.Dir(path), 0755), check.IsNil)
		c.Assert(os.WriteFile(path, []byte(text), 0644), check.IsNil)
	}
	return &aare.Parser{IncludeDirs: []string{dir}}
}

func ruleTexts(p *aare.Profile) []string {
	var out []string
	for _, r := range p.Rules {
		out = append(out, r.Text)
	}
	return out
}

func (s *parseSuite) TestProfilesFlagsAndRules(c *check.C) {
	pol, err := aare.Parse("p", []byte(`abi <abi/3.0>,
# a comment
profile "snap.foo.app" flags=(attach_disconnected,mediate_deleted, complain) {
  /etc/hostname r,   # trailing comment
  owner /home/*/x rw, deny /etc/shadow r,
  dbus (send)
       bus=system
       path=/org/x,
  profile child { /bin/true ix, }
  ^hat {
    /etc/hat r,
  }
}
/usr/bin/foo {
  capability,
}
`))
	c.Assert(err, check.IsNil)
	c.Check(pol.ABI, check.Equals, "abi/3.0")
	c.Assert(pol.Profiles, check.HasLen, 4)
	app := pol.Profile("snap.foo.app")
	c.Assert(app, check.NotNil)
	c.Check(app.Flags, check.DeepEquals, []string{"attach_disconnected", "mediate_deleted", "complain"})
	c.Check(app.Complain(), check.Equals, true)
	c.Check(app.Pos.Line, check.Equals, 3)
	c.Check(ruleTexts(app), check.DeepEquals, []string{"/etc/hostname r", "owner /home/*/x rw", "deny /etc/shadow r", "dbus (send) bus=system path=/org/x"})
	c.Check(app.Rules[2].Deny, check.Equals, true)
	c.Check(app.Rules[1].Owner, check.Equals, true)
	c.Check(app.Rules[3].Line, check.Equals, 6)
	c.Check(app.Rules[3].Class, check.Equals, aare.ClassDBus)
	c.Check(ruleTexts(pol.Profile("snap.foo.app//child")), check.DeepEquals, []string{"/bin/true ix"})
	c.Check(ruleTexts(pol.Profile("snap.foo.app//hat")), check.DeepEquals, []string{"/etc/hat r"})
	attached := pol.Profile("/usr/bin/foo")
	c.Assert(attached, check.NotNil)
	c.Check(attached.Attachment, check.Equals, "/usr/bin/foo")
	c.Check(attached.RulesOf(aare.ClassCapability), check.HasLen, 1)
}

func (s *parseSuite) TestIncludesAndVariables(c *check.C) {
	ps := includeDir(c, map[string]string{
		"tunables/global":        "include <tunables/home>\n@{multi}=/a/ /b/\n",
		"tunables/home":          "@{HOME}=@{HOMEDIRS}/*/ /root/\n@{HOMEDIRS}=/home/\n",
		"abstractions/base":      "  /etc/ld.so.cache mr,\n  include if exists <abstractions/base.d>\n  include if exists <nothing/here>\n",
		"abstractions/base.d/b":  "  /etc/b r,\n",
		"abstractions/base.d/a":  "  /etc/a r,\n",
		"abstractions/base.d/.x": "  /etc/hidden r,\n",
		"abstractions/base.d/c~": "  /etc/backup r,\n",
		"abstractions/extra":     "  @{extra} += /c/\n",
	})
	pol, err := ps.Parse("p", []byte(`#include <tunables/global>
@{extra}=/x/
profile p {
  #include <abstractions/base>
  include <abstractions/extra>
  owner @{HOME}/.config/** rw,
  @{multi}/f r,
  @{extra}/f r,
  /late/@{later} r,
  ptrace (read) peer=@{profile_name},
}
@{later}=defined-after
`))
	c.Assert(err, check.IsNil)
	p := pol.Profile("p")
	c.Assert(p, check.NotNil)
	c.Check(ruleTexts(p), check.DeepEquals, []string{
		"/etc/ld.so.cache mr", "/etc/a r", "/etc/b r",
		"owner @{HOME}/.config/** rw", "@{multi}/f r", "@{extra}/f r", "/late/@{later} r",
		"ptrace (read) peer=@{profile_name}",
	})
	// Rules of an include are at the include's line, and say where
	// they are written.
	c.Check(p.Rules[0].Line, check.Equals, 4)
	c.Check(p.Rules[1].Line, check.Equals, 4)
	c.Check(p.Rules[1].Source.Line, check.Equals, 1)
	c.Check(strings.HasSuffix(p.Rules[1].Source.File, "abstractions/base.d/a"), check.Equals, true)
	c.Check(p.Rules[3].Source, check.Equals, aare.Pos{File: "p", Line: 6})
	// Multi-valued variables become alternations, slashes trimmed
	// where the text around them has one.
	c.Check(p.Rules[3].Path().String(), check.Equals, "{/home/*,/root}/.config/**")
	c.Check(p.Rules[4].Path().String(), check.Equals, "{/a,/b}/f")
	c.Check(p.Rules[5].Path().String(), check.Equals, "{/x,/c}/f")
	c.Check(p.Rules[6].Path().String(), check.Equals, "/late/defined-after")
	for _, path := range []string{"/home/u/.config/x", "/root/.config/x"} {
		c.Check(p.Check(aare.Access{Class: aare.ClassFile, Path: path, Mode: aare.ModeWrite}).Allowed(), check.Equals, true, check.Commentf("%s", path))
	}
	c.Check(p.Check(aare.Access{Class: aare.ClassPtrace, Perm: "read", Peer: "p"}).Allowed(), check.Equals, true)
	c.Check(p.Check(aare.Access{Class: aare.ClassPtrace, Perm: "read", Peer: "q"}).Allowed(), check.Equals, false)
}

func (s *parseSuite) TestProfileNameIsEscapedInItsVariable(c *check.C) {
	pol, err := aare.Parse("p", []byte("profile a*b {\n  signal peer=@{profile_name},\n}\n"))
	c.Assert(err, check.IsNil)
	p := pol.Profiles[0]
	c.Check(p.Check(aare.Access{Class: aare.ClassSignal, Perm: "send", Signal: "term", Peer: "a*b"}).Allowed(), check.Equals, true)
	c.Check(p.Check(aare.Access{Class: aare.ClassSignal, Perm: "send", Signal: "term", Peer: "axb"}).Allowed(), check.Equals, false)
}

// Nested definitions that double at each level stop at the bound, with
// an error that says where.
func (s *parseSuite) TestExpansionIsBounded(c *check.C) {
	var b strings.Builder
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&b, "@{v%d}=@{v%d}@{v%d}\n", i, i+1, i+1)
	}
	b.WriteString("@{v20}=x y\nprofile p {\n  /@{v0} r,\n}\n")
	_, err := aare.Parse("deep", []byte(b.String()))
	c.Check(err, check.ErrorMatches, `deep:23: cannot expand variables: .*`)
}

func (s *parseSuite) TestErrors(c *check.C) {
	ps := includeDir(c, map[string]string{
		"loop/a":    "include <loop/b>\n",
		"loop/b":    "include <loop/a>\n",
		"bad/rule":  "  /etc/x q,\n",
		"bad/empty": "",
	})
	for _, tc := range []struct{ text, err string }{
		{"profile p {\n  /etc/x r\n}\n", `t:2: "/etc/x r" does not end with ','`},
		{"profile p {\n  /etc/x r,\n", `t:1: profile "p" has no closing '}'`},
		{"/etc/x r,\n", `t:1: rule "/etc/x r" outside a profile`},
		{"}\n", `t:1: '}' closes no profile`},
		{"profile p {\n  frobnicate,\n}\n", `t:2: unknown rule "frobnicate"`},
		{"profile p {\n  /etc/x q,\n}\n", `t:2: mode "q": unknown permission 'q'`},
		{"profile p {\n  /etc/x wa,\n}\n", `t:2: mode "wa": w and a conflict`},
		{"profile p {\n  /etc/x x,\n}\n", `t:2: mode "x": x must be qualified .*`},
		{"profile p {\n  deny /etc/x ix,\n}\n", `t:2: mode "ix": a deny rule takes x alone, not "ix"`},
		{"profile p {\n  /etc/x ixpx,\n}\n", `t:2: mode "ixpx": more than one exec mode`},
		{"profile p {\n  /etc/x Pux,\n}\n", `t:2: mode "Pux": unknown exec mode "Pux"`},
		{"profile p {\n  /etc/x ix -> foo,\n}\n", `t:2: -> foo: only px, cx and their variants name a target`},
		{"profile p {\n  /etc/{x r,\n}\n", `t:2: "/etc/{x r, }" does not end with ','`},
		{"profile p {\n  /etc/{x} r,\n}\n", `t:2: invalid pattern "/etc/{x}": offset 7: alternation with a single item`},
		{"profile p {\n  @{nope}/x r,\n}\n", `t:2: variable @{nope} is not defined`},
		{"@{a}=x\n@{a}=y\n", `t:2: cannot define variable @{a}: it is already defined`},
		{"@{a}+=x\n", `t:1: cannot add to variable @{a}: it is not defined`},
		{"profile p {\n  capability frobnicate,\n}\n", `t:2: unknown capability "frobnicate"`},
		{"profile p {\n  owner capability,\n}\n", `t:2: owner does not apply to capability rules`},
		{"profile p {\n  network inet inet6,\n}\n", `t:2: network: "inet" and "inet6" are of the same kind`},
		{"profile p {\n  network frob,\n}\n", `t:2: network: unknown family, type or protocol "frob"`},
		{"profile p {\n  signal (kick),\n}\n", `t:2: signal: unknown permission "kick"`},
		{"profile p {\n  signal set=(nosuch),\n}\n", `t:2: signal: unknown signal "nosuch"`},
		{"profile p {\n  ptrace (read) color=red,\n}\n", `t:2: ptrace: unknown condition "color="`},
		{"profile p {\n  unix type=stream type=dgram,\n}\n", `t:2: unix: condition "type=" given twice`},
		{"profile p {\n  unix type=pipe,\n}\n", `t:2: unix: unknown socket type "pipe"`},
		{"profile p {\n  unix label=foo,\n}\n", `t:2: unix: label= is not supported`},
		{"profile p {\n  dbus (bind) path=/x,\n}\n", `t:2: dbus: bind takes no message conditions`},
		{"profile p {\n  dbus (send) name=org.x,\n}\n", `t:2: dbus: send takes no name=; the peer's is peer=\(name=...\)`},
		{"profile p {\n  mount options=(frob) -> /x,\n}\n", `t:2: mount: unknown mount option "frob"`},
		{"profile p {\n  umount options=(ro) /x,\n}\n", `t:2: umount: takes no options`},
		{"profile p {\n  remount /x -> /y,\n}\n", `t:2: remount: takes no ->`},
		{"profile p {\n  set rlimit frob <= 1,\n}\n", `t:2: set rlimit: unknown limit "frob"`},
		{"profile p {\n  alias /a -> /b,\n}\n", `t:2: alias rules are not supported`},
		{"profile p flags=(frob) {\n}\n", `t:1: unknown profile flag "frob"`},
		{"profile p {\n  include <nothing/here>\n}\n", `t:2: cannot find include "nothing/here" in .*`},
		{"profile p {\n  include <loop/a>\n}\n", `.*loop/b:1: include "loop/a" includes itself: .*`},
		{"profile p {\n  include <bad/rule>\n}\n", `.*bad/rule:1: mode "q": unknown permission 'q'`},
		{"profile p {\n  include nothing\n}\n", `t:2: include "nothing": want <NAME> or "NAME"`},
		{"profile p {\n  \"/etc/x r,\n}\n", `t:2: unterminated quoted string`},
		{"profile p {\n  /etc/x) r,\n}\n", `t:2: '\)' without '\('`},
		{"{\n}\n", `t:1: '{' opens a block without a header`},
		{"frob x {\n}\n", `t:1: unknown block "frob x": want a profile or a hat`},
	} {
		_, err := ps.Parse("t", []byte(tc.text))
		c.Check(err, check.ErrorMatches, tc.err, check.Commentf("%q", tc.text))
	}
}

// Every abstraction installed parses, with the tunables.
func (s *parseSuite) TestEveryInstalledAbstractionParses(c *check.C) {
	files, err := filepath.Glob(filepath.Join(aare.DefaultIncludeDir, "abstractions", "*"))
	c.Assert(err, check.IsNil)
	if len(files) == 0 {
		requireParser(c) // the abstractions come with apparmor
		c.Fatalf("no abstractions in %s", aare.DefaultIncludeDir)
	}
	n := 0
	for _, f := range files {
		if fi, err := os.Stat(f); err != nil || fi.IsDir() {
			continue
		}
		text := "#include <tunables/global>\nprofile x {\n  #include <abstractions/" + filepath.Base(f) + ">\n}\n"
		_, err := aare.Parse(f, []byte(text))
		c.Check(err, check.IsNil)
		n++
	}
	c.Check(n > 50, check.Equals, true)
}
