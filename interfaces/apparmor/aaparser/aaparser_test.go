// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aaparser_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

func Test(t *testing.T) { check.TestingT(t) }

type parserSuite struct{}

var _ = check.Suite(&parserSuite{})

func (s *parserSuite) SetUpTest(c *check.C) {
	if _, err := aaparser.Available(); err != nil {
		testutil.MissingTool(c, err.Error())
	}
}

var (
	host  = apparmor.Host{Revision: "7"}
	host4 = apparmor.Host{Revision: "7", Features: apparmor.FeaturesOf(apparmor.ABI40)}
)

// requireParser4 fails the test in CI, and skips it elsewhere, when no
// apparmor_parser 4 is there to check profiles of ABI 4.0.
func requireParser4(c *check.C) {
	if _, err := aaparser.ParserFor(apparmor.ABI40); err != nil {
		testutil.MissingTool(c, err.Error())
	}
}

// renderWith renders the profiles of snap NAME, whose apps "one" and
// "two" plug interface "extra" and app "two" also "other", with the
// given rules from each interface.
func renderWith(c *check.C, name, extraRules, otherRules string) []*apparmor.Profile {
	return renderOn(c, host, name, extraRules, otherRules)
}

// renderOn is renderWith for a host of its own.
func renderOn(c *check.C, host apparmor.Host, name, extraRules, otherRules string) []*apparmor.Profile {
	profiles, err := renderFor(host, name, extraRules, otherRules)
	c.Assert(err, check.IsNil)
	return profiles
}

func render(name, extraRules, otherRules string) ([]*apparmor.Profile, error) {
	return renderFor(host, name, extraRules, otherRules)
}

func renderFor(host apparmor.Host, name, extraRules, otherRules string) ([]*apparmor.Profile, error) {
	info, err := snap.InfoFromSnapYaml([]byte(fmt.Sprintf(`name: %s
version: "1"
apps:
  one:
    command: one
    plugs: [extra]
  two:
    command: two
    plugs: [extra, other]
`, name)))
	if err != nil {
		return nil, err
	}
	system, err := snap.InfoFromSnapYaml([]byte("name: system\nversion: \"1\"\ntype: os\nslots:\n  extra:\n  other:\n"))
	if err != nil {
		return nil, err
	}
	spec := &apparmor.Specification{}
	for _, plug := range []struct{ name, rules string }{{"extra", extraRules}, {"other", otherRules}} {
		rules := plug.rules
		iface := &ifacetest.TestInterface{
			InterfaceName: plug.name,
			AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
				spec.AddSnippet(rules)
				return nil
			},
		}
		err := spec.AddConnectedPlug(iface, interfaces.NewConnectedPlug(info.Plugs[plug.name], nil), interfaces.NewConnectedSlot(system.Slots[plug.name], nil))
		if err != nil {
			return nil, err
		}
	}
	return apparmor.RenderSnapProfiles(info, spec, host)
}

func (s *parserSuite) TestGoodProfilesPass(c *check.C) {
	profiles := renderWith(c, "good", "network inet stream,\n/etc/hosts r,", "dbus (send)\n    bus=session\n    path=/org/example,")
	c.Check(aaparser.Check(context.Background(), profiles...), check.IsNil)
	c.Check(aaparser.Check(context.Background(), profiles[0]), check.IsNil)
	c.Check(aaparser.Check(context.Background()), check.IsNil)
}

// The broken rule goes into interface "other", after a good rule and
// before another, in snap.broken.two; its line is the line the error
// must name.
var brokenRules = []struct {
	rule   string
	line   string
	errorR string
}{
	{"/foo rw", "/foo rw", `missing an end of line character\? \(entry: /foo\)`},
	{"userns,", "userns,", `syntax error, unexpected TOK_END_OF_RULE, expecting TOK_MODE`},
	{"mqueue,", "mqueue,", `syntax error, .*`},
	{"io_uring,", "io_uring,", `syntax error, .*`},
	{"all,", "all,", `syntax error, .*`},
	{"capability frob,", "capability frob,", `Invalid capability frob`},
	{"network foo,", "network foo,", `Invalid network entry`},
	{"/x rwq,", "/x rwq,", `syntax error, .*`},
	{"signal (send) peer=xx", "signal (send) peer=xx", `syntax error, .*`},
	// A rule over several lines is named by its first.
	{"dbus (send)\n    bus=session\n    interface=,", "dbus (send)", `Lexer found unexpected character: ',' .*`},
	// The stock feature set has no D-Bus mediation, for which the
	// parser would drop dbus rules unchecked: Check adds it, so that a
	// broken pattern in a dbus rule is caught.
	{"dbus (send)\n    bus=session\n    path=/org/{a,b\n    peer=(label=unconfined),", "dbus (send)", `Regex grouping error: Unclosed grouping .*; Unable to parse input line '/org/\{a,b'`},
	{"#include <abstractions/nonexistent>", "#include <abstractions/nonexistent>", `Could not open 'abstractions/nonexistent'`},
	// Messages without a line are found by what they name.
	{"@{NOPE}/x r,", "@{NOPE}/x r,", `Found reference to variable NOPE, but is never declared`},
	{"/a/{b r,", "/a/{b r,", `Regex grouping error: Unclosed grouping or character class, expecting close }; Unable to parse input line '/a/\{b'`},
	{"/usr/bin/foo ix,\n/usr/bin/foo px,", "/usr/bin/foo ix,", `has merged rule /usr/bin/foo with conflicting x modifiers`},
	// The extra closing brace ends the profile: the next rule is where
	// the parser stops, still the interface's.
	{"}\n/z r,", "/z r,", `syntax error, unexpected TOK_MODE, expecting TOK_OPEN`},
}

func (s *parserSuite) TestBrokenRuleNamesTagLineAndInterface(c *check.C) {
	for _, t := range brokenRules {
		comment := check.Commentf("%q", t.rule)
		profiles := renderWith(c, "broken", "/etc/hosts r,", "/aaa r,\n"+t.rule+"\n/zzz r,")
		c.Assert(profiles[1].Tag, check.Equals, "snap.broken.two")
		for _, batch := range [][]*apparmor.Profile{profiles, profiles[1:]} {
			err := aaparser.Check(context.Background(), batch...)
			c.Assert(err, check.NotNil, comment)
			var errs aaparser.ParseErrors
			c.Assert(errors.As(err, &errs), check.Equals, true, comment)
			c.Assert(errs, check.HasLen, 1, comment)
			perr := errs[0]
			c.Check(perr.Tag, check.Equals, "snap.broken.two", comment)
			c.Check(perr.Interface, check.Equals, "other", comment)
			c.Assert(perr.Line > 0, check.Equals, true, comment)
			c.Check(strings.TrimSpace(profiles[1].Lines()[perr.Line-1]), check.Equals, t.line, comment)
			c.Check(perr.Msg, check.Matches, t.errorR, comment)
			c.Check(err, check.ErrorMatches, fmt.Sprintf(`snap\.broken\.two: line %d \(interface "other"\): %s`, perr.Line, t.errorR), comment)
		}
	}
}

func (s *parserSuite) TestBatchNamesEveryFailingProfile(c *check.C) {
	good := renderWith(c, "good", "/etc/hosts r,", "/etc/motd r,")
	// One profile of each fails with a message that names its file,
	// the other of b with one that does not: Check must still say
	// whose it is.
	a := renderWith(c, "aaa", "capability frob,", "/ok r,")
	b := renderWith(c, "bbb", "/ok r,", "@{NOPE} r,")
	batch := append(append(append([]*apparmor.Profile{}, good...), b...), a...)
	err := aaparser.Check(context.Background(), batch...)
	var errs aaparser.ParseErrors
	c.Assert(errors.As(err, &errs), check.Equals, true, check.Commentf("%v", err))
	var tags []string
	for _, e := range errs {
		tags = append(tags, e.Tag)
	}
	c.Check(tags, check.DeepEquals, []string{"snap.aaa.one", "snap.aaa.two", "snap.bbb.two"})
	c.Check(errs[0].Interface, check.Equals, "extra")
	c.Check(errs[2].Interface, check.Equals, "other")
	c.Check(errs[2].Msg, check.Equals, "Found reference to variable NOPE, but is never declared")
	c.Check(err, check.ErrorMatches, `snap\.aaa\.one: line \d+ \(interface "extra"\): Invalid capability frob
snap\.aaa\.two: line \d+ \(interface "extra"\): Invalid capability frob
snap\.bbb\.two: line \d+ \(interface "other"\): Found reference to variable NOPE, but is never declared`)
	// errors.As finds the first one too.
	var perr *aaparser.ParseError
	c.Assert(errors.As(err, &perr), check.Equals, true)
	c.Check(perr.Tag, check.Equals, "snap.aaa.one")
}

func (s *parserSuite) TestProfilesOfOneShapeFailTogether(c *check.C) {
	profiles := renderWith(c, "shape", "capability frob,", "/ok r,")
	twin := *profiles[0]
	twin.Tag = "snap.shape.twin"
	err := aaparser.Check(context.Background(), profiles[0], profiles[1], &twin)
	var errs aaparser.ParseErrors
	c.Assert(errors.As(err, &errs), check.Equals, true, check.Commentf("%v", err))
	c.Assert(errs, check.HasLen, 3)
	for i, tag := range []string{"snap.shape.one", "snap.shape.twin", "snap.shape.two"} {
		c.Check(errs[i].Tag, check.Equals, tag)
		c.Check(errs[i].Interface, check.Equals, "extra")
		c.Check(errs[i].Msg, check.Equals, "Invalid capability frob")
	}
	c.Check(errs[0].Line, check.Equals, errs[1].Line)
}

func (s *parserSuite) TestSameTagTwice(c *check.C) {
	// Check does not load profiles: the same tag may be checked twice,
	// as variants of a profile.
	good := renderWith(c, "same", "/etc/hosts r,", "/ok r,")
	bad := renderWith(c, "same", "/etc/hosts r,", "/usr/bin/foo ix,\n/usr/bin/foo px,")
	err := aaparser.Check(context.Background(), good[1], bad[1])
	var errs aaparser.ParseErrors
	c.Assert(errors.As(err, &errs), check.Equals, true, check.Commentf("%v", err))
	c.Assert(errs, check.HasLen, 1)
	c.Check(errs[0].Tag, check.Equals, "snap.same.two")
	c.Check(errs[0].Interface, check.Equals, "other")
}

func (s *parserSuite) TestErrorInIncludedFileNamesTheInclude(c *check.C) {
	dir := c.MkDir()
	inc := filepath.Join(dir, "broken-abstraction")
	c.Assert(os.WriteFile(inc, []byte("/ok r,\n\ncapability frob,\n"), 0644), check.IsNil)
	profiles := renderWith(c, "inc", "/etc/hosts r,", fmt.Sprintf("#include %q", inc))
	err := aaparser.Check(context.Background(), profiles...)
	var perr *aaparser.ParseError
	c.Assert(errors.As(err, &perr), check.Equals, true, check.Commentf("%v", err))
	c.Check(perr.Tag, check.Equals, "snap.inc.two")
	c.Check(perr.Interface, check.Equals, "other")
	c.Check(strings.TrimSpace(profiles[1].Lines()[perr.Line-1]), check.Equals, fmt.Sprintf("#include %q", inc))
	c.Check(perr.Msg, check.Matches, `in included file .*/broken-abstraction at line 3: .*`)
}

func (s *parserSuite) TestCheckErrors(c *check.C) {
	good := renderWith(c, "good", "/etc/hosts r,", "/ok r,")
	for _, t := range []struct {
		profiles []*apparmor.Profile
		errorR   string
	}{
		{[]*apparmor.Profile{nil}, `cannot check AppArmor profiles: profile 0 is nil`},
		{[]*apparmor.Profile{good[0], nil}, `cannot check AppArmor profiles: profile 1 is nil`},
	} {
		c.Check(aaparser.Check(context.Background(), t.profiles...), check.ErrorMatches, t.errorR)
	}
}

func (s *parserSuite) TestParseErrorText(c *check.C) {
	for _, t := range []struct {
		err  aaparser.ParseError
		want string
	}{
		{aaparser.ParseError{Tag: "snap.a.b", Line: 57, Interface: "network", Msg: "oops"}, `snap.a.b: line 57 (interface "network"): oops`},
		{aaparser.ParseError{Tag: "snap.a.b", Line: 3, Msg: "oops"}, `snap.a.b: line 3: oops`},
		{aaparser.ParseError{Tag: "snap.a.b", Msg: "oops"}, `snap.a.b: oops`},
	} {
		c.Check(t.err.Error(), check.Equals, t.want)
	}
	errs := aaparser.ParseErrors{{Tag: "snap.a.b", Msg: "one"}, {Tag: "snap.a.c", Line: 1, Msg: "two"}}
	c.Check(errs.Error(), check.Equals, "snap.a.b: one\nsnap.a.c: line 1: two")
}

func (s *parserSuite) TestFindLooksInSbin(c *check.C) {
	path, err := aaparser.Find()
	c.Assert(err, check.IsNil)
	c.Check(filepath.Base(path), check.Equals, "apparmor_parser")

	// Without PATH, the usual system directories are still searched.
	old := os.Getenv("PATH")
	defer os.Setenv("PATH", old)
	os.Setenv("PATH", c.MkDir())
	path, err = aaparser.Find()
	c.Assert(err, check.IsNil)
	c.Check(path == "/sbin/apparmor_parser" || path == "/usr/sbin/apparmor_parser", check.Equals, true, check.Commentf(path))
}

// Rules of the size and kind real interfaces add.
const (
	benchNetworkRules = `network inet,
network inet6,
network netlink dgram,
/etc/{hosts,host.conf,nsswitch.conf,resolv.conf} r,
/run/systemd/resolve/{resolv,stub-resolv}.conf r,
@{PROC}/sys/net/core/somaxconn r,`
	benchDesktopRules = `/usr/share/{fonts,icons,themes}/** r,
/etc/fonts/** r,
owner @{HOME}/.config/dconf/user r,
dbus (send)
    bus=session
    path=/org/freedesktop/portal/desktop
    interface=org.freedesktop.portal.*
    peer=(label=unconfined),
dbus (receive)
    bus=session
    interface=org.freedesktop.DBus.Properties
    peer=(label=unconfined),
unix (connect, send, receive) type=stream peer=(label=unconfined),`
)

// benchProfiles renders n profiles, two per snap.
func benchProfiles(b *testing.B, n int) []*apparmor.Profile {
	var profiles []*apparmor.Profile
	for i := 0; len(profiles) < n; i++ {
		p, err := render(fmt.Sprintf("bench%d", i), benchNetworkRules, benchDesktopRules)
		if err != nil {
			b.Fatal(err)
		}
		profiles = append(profiles, p...)
	}
	return profiles[:n]
}

func benchmarkCheck(b *testing.B, n int) {
	if _, err := aaparser.Available(); err != nil {
		b.Skip(err)
	}
	profiles := benchProfiles(b, n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := aaparser.Check(context.Background(), profiles...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckOne(b *testing.B)     { benchmarkCheck(b, 1) }
func BenchmarkCheckBatch50(b *testing.B) { benchmarkCheck(b, 50) }

func (s *parserSuite) TestABI40ProfilesCompileWithParser4(c *check.C) {
	requireParser4(c)
	profiles := renderOn(c, host4, "good", "userns,\nmqueue (read, write) type=posix /snap.good.*,\n/etc/hosts r,", "dbus (send)\n    bus=session\n    path=/org/example,")
	for _, p := range profiles {
		c.Check(p.ABI, check.Equals, apparmor.ABI40)
		c.Check(p.Text.String(), testutil.Contains, "\nabi <abi/4.0>,\n")
	}
	c.Check(aaparser.Check(context.Background(), profiles...), check.IsNil)
	// The same rules in profiles of ABI 3.0 fail: the system's parser
	// compiles them, and it knows no userns rule.
	err := aaparser.Check(context.Background(), renderWith(c, "good", "userns,", "/ok r,")...)
	c.Check(err, check.ErrorMatches, `(?s)snap\.good\.one: line \d+ \(interface "extra"\): syntax error.*`)
}

// The rules that break a profile of ABI 4.0: those that break one of
// ABI 3.0, but the rules ABI 4.0 adds, and those rules gone wrong.
var brokenRules4 = func() []struct{ rule, line, errorR string } {
	var out []struct{ rule, line, errorR string }
	for _, t := range brokenRules {
		switch t.rule {
		case "userns,", "mqueue,", "io_uring,", "all,":
			continue
		}
		out = append(out, struct{ rule, line, errorR string }{t.rule, t.line, t.errorR})
	}
	return append(out, []struct{ rule, line, errorR string }{
		{"userns frob,", "userns frob,", `Lexer found unexpected character: 'f' \(0x66\) in state: USERNS_MODE`},
		{"mqueue (frob),", "mqueue (frob),", `Internal: unexpected mqueue perms character 'f' in input`},
	}...)
}()

func (s *parserSuite) TestBrokenRuleUnderABI40NamesTagLineAndInterface(c *check.C) {
	requireParser4(c)
	for _, t := range brokenRules4 {
		comment := check.Commentf("%q", t.rule)
		profiles := renderOn(c, host4, "broken", "/etc/hosts r,", "/aaa r,\n"+t.rule+"\n/zzz r,")
		err := aaparser.Check(context.Background(), profiles...)
		var errs aaparser.ParseErrors
		c.Assert(errors.As(err, &errs), check.Equals, true, check.Commentf("%q: %v", t.rule, err))
		c.Assert(errs, check.HasLen, 1, comment)
		perr := errs[0]
		c.Check(perr.Tag, check.Equals, "snap.broken.two", comment)
		c.Check(perr.Interface, check.Equals, "other", comment)
		c.Assert(perr.Line > 0, check.Equals, true, comment)
		c.Check(strings.TrimSpace(profiles[1].Lines()[perr.Line-1]), check.Equals, t.line, comment)
		c.Check(perr.Msg, check.Matches, t.errorR, comment)
	}
}

func (s *parserSuite) TestOneCheckOfBothABIs(c *check.C) {
	requireParser4(c)
	good3 := renderWith(c, "three", "/etc/hosts r,", "/ok r,")
	good4 := renderOn(c, host4, "four", "userns,", "/ok r,")
	c.Check(aaparser.Check(context.Background(), append(append([]*apparmor.Profile{}, good4...), good3...)...), check.IsNil)

	// Each ABI's failures are found by its own parser, and reported
	// together, sorted by tag.
	bad3 := renderWith(c, "bbb", "capability frob,", "/ok r,")
	bad4 := renderOn(c, host4, "aaa", "userns,", "@{NOPE} r,")
	err := aaparser.Check(context.Background(), append(append(append([]*apparmor.Profile{}, bad3...), good4...), bad4...)...)
	var errs aaparser.ParseErrors
	c.Assert(errors.As(err, &errs), check.Equals, true, check.Commentf("%v", err))
	var tags []string
	for _, e := range errs {
		tags = append(tags, e.Tag)
	}
	c.Check(tags, check.DeepEquals, []string{"snap.aaa.two", "snap.bbb.one", "snap.bbb.two"})
	c.Check(errs[0].Msg, check.Equals, "Found reference to variable NOPE, but is never declared")
	c.Check(errs[1].Msg, check.Equals, "Invalid capability frob")
}

func (s *parserSuite) TestParserFor(c *check.C) {
	p, err := aaparser.ParserFor(apparmor.ABI30)
	c.Assert(err, check.IsNil)
	c.Check(p.ABI, check.Equals, apparmor.ABI30)
	c.Check(p.Features, check.Equals, aaparser.FeaturesFile)
	c.Check(p.Base, check.Equals, "")
	path, err := aaparser.Available()
	c.Assert(err, check.IsNil)
	c.Check(p.Path, check.Equals, path)

	// A directory laid out as make deps lays out the cache.
	dir := c.MkDir()
	c.Assert(os.MkdirAll(filepath.Join(dir, "bin"), 0755), check.IsNil)
	c.Assert(os.MkdirAll(filepath.Join(dir, "apparmor.d", "abi"), 0755), check.IsNil)
	c.Assert(os.WriteFile(filepath.Join(dir, "bin", "apparmor_parser"), []byte("#!/bin/sh\n"), 0755), check.IsNil)
	c.Assert(os.WriteFile(filepath.Join(dir, "apparmor.d", "abi", "4.0"), []byte("namespaces {mask {userns_create\n}\n}\n"), 0644), check.IsNil)
	old, had := os.LookupEnv(aaparser.Parser4Env)
	defer func() {
		if had {
			os.Setenv(aaparser.Parser4Env, old)
		} else {
			os.Unsetenv(aaparser.Parser4Env)
		}
	}()
	os.Setenv(aaparser.Parser4Env, dir)
	got, err := aaparser.Parser4Dir()
	c.Assert(err, check.IsNil)
	c.Check(got, check.Equals, dir)
	p, err = aaparser.ParserFor(apparmor.ABI40)
	c.Assert(err, check.IsNil)
	c.Check(p, check.DeepEquals, aaparser.Parser{
		ABI:      apparmor.ABI40,
		Path:     filepath.Join(dir, "bin", "apparmor_parser"),
		Features: filepath.Join(dir, "apparmor.d", "abi", "4.0"),
		Base:     filepath.Join(dir, "apparmor.d"),
	})
}

func (s *parserSuite) TestParserForErrors(c *check.C) {
	old, had := os.LookupEnv(aaparser.Parser4Env)
	defer func() {
		if had {
			os.Setenv(aaparser.Parser4Env, old)
		} else {
			os.Unsetenv(aaparser.Parser4Env)
		}
	}()
	empty := c.MkDir()
	os.Setenv(aaparser.Parser4Env, empty)
	rows := []struct {
		abi    apparmor.ABI
		errorR string
	}{
		{"5.0", `cannot check profiles of AppArmor ABI "5.0"`},
		{"", `cannot check profiles of AppArmor ABI ""`},
	}
	if _, err := os.Stat("/etc/apparmor.d/abi/4.0"); err != nil {
		// The system's parser is not one of AppArmor 4 either.
		rows = append(rows, struct {
			abi    apparmor.ABI
			errorR string
		}{apparmor.ABI40, `apparmor_parser 4 not found in ` + empty + ` \(make deps builds it there\), and the system's parser has no /etc/apparmor.d/abi/4.0`})
	}
	for _, t := range rows {
		_, err := aaparser.ParserFor(t.abi)
		c.Check(err, check.ErrorMatches, t.errorR, check.Commentf("%q", t.abi))
		if t.abi == apparmor.ABI40 {
			c.Check(errors.Is(err, aaparser.ErrNotFound4), check.Equals, true)
			// Check says so too, and checks nothing.
			err := aaparser.Check(context.Background(), renderOn(c, host4, "any", "/ok r,", "/ok r,")...)
			c.Check(err, check.ErrorMatches, `cannot check AppArmor profiles: `+t.errorR)
			c.Check(errors.Is(err, aaparser.ErrNotFound4), check.Equals, true)
		}
	}
}

// fakeParser puts an apparmor_parser that runs script first on PATH,
// until the returned function restores it.
func fakeParser(c *check.C, script string) (restore func()) {
	dir := c.MkDir()
	c.Assert(os.WriteFile(filepath.Join(dir, "apparmor_parser"), []byte("#!/bin/sh\n"+script), 0755), check.IsNil)
	old := os.Getenv("PATH")
	os.Setenv("PATH", dir+":"+old)
	return func() { os.Setenv("PATH", old) }
}

// gone says whether a process has exited (and is not a zombie waiting
// for a parent that does not reap it).
func gone(pid string) bool {
	status, err := os.ReadFile(filepath.Join("/proc", pid, "status"))
	return err != nil || strings.Contains(string(status), "State:\tZ")
}

// TestCheckBoundedByContext runs a parser that never finishes, and
// starts a process of its own as apparmor_parser does: Check returns
// when its context ends, naming the profiles, and nothing it started
// is left running.
func (s *parserSuite) TestCheckBoundedByContext(c *check.C) {
	pidFile := filepath.Join(c.MkDir(), "pid")
	defer fakeParser(c, fmt.Sprintf("sleep 600 &\necho $! > %s\nwait\n", pidFile))()
	profiles := renderWith(c, "slow", "/etc/hosts r,", "/ok r,")

	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := aaparser.Check(ctx, profiles...)
	c.Check(time.Since(start) < 10*time.Second, check.Equals, true)
	c.Check(err, check.ErrorMatches, `cannot compile AppArmor profiles "snap.slow.one", "snap.slow.two": apparmor_parser did not finish: context deadline exceeded`)
	c.Check(errors.Is(err, context.DeadlineExceeded), check.Equals, true)
	data, err := os.ReadFile(pidFile)
	c.Assert(err, check.IsNil)
	pid := strings.TrimSpace(string(data))
	for i := 0; i < 100 && !gone(pid); i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if !gone(pid) {
		c.Errorf("the parser's child %s still runs", pid)
		if n, err := strconv.Atoi(pid); err == nil {
			syscall.Kill(n, syscall.SIGKILL)
		}
	}

	// A context that has already ended runs nothing.
	c.Check(aaparser.Check(ctx, profiles[0]), check.ErrorMatches, `cannot compile AppArmor profile "snap.slow.one": apparmor_parser did not finish: context deadline exceeded`)
}

func (s *parserSuite) TestCompileErrors(c *check.C) {
	good := renderWith(c, "good", "/etc/hosts r,", "/ok r,")
	for _, t := range []struct {
		opts        aaparser.CacheOptions
		files       []aaparser.File
		errorRegexp string
	}{
		{aaparser.CacheOptions{CacheDir: "cache"}, []aaparser.File{{Path: "/p", Profile: good[0]}}, `cannot compile AppArmor profiles: cache directory "cache" is not an absolute path`},
		{aaparser.CacheOptions{CacheDir: "/cache"}, []aaparser.File{{Path: "p", Profile: good[0]}}, `cannot compile AppArmor profiles: file 0: want a profile and an absolute path, not "p"`},
		{aaparser.CacheOptions{CacheDir: "/cache"}, []aaparser.File{{Path: "/p", Profile: good[0]}, {Path: "/q"}}, `cannot compile AppArmor profiles: file 1: want a profile and an absolute path, not "/q"`},
	} {
		c.Check(aaparser.Compile(context.Background(), t.opts, t.files...), check.ErrorMatches, t.errorRegexp)
	}
	c.Check(aaparser.Compile(context.Background(), aaparser.CacheOptions{CacheDir: "x"}), check.IsNil)
}

// TestCompileWritesCache compiles profiles into a cache against the
// stock feature set, and names a failing one by its tag.
func (s *parserSuite) TestCompileWritesCache(c *check.C) {
	dir, cache := c.MkDir(), c.MkDir()
	profiles := renderWith(c, "cached", "/etc/hosts r,", "/ok r,")
	var files []aaparser.File
	for _, p := range profiles {
		path := filepath.Join(dir, p.Tag)
		c.Assert(os.WriteFile(path, p.Text.AppendTo(nil), 0644), check.IsNil)
		files = append(files, aaparser.File{Path: path, Profile: p})
	}
	opts := aaparser.CacheOptions{CacheDir: cache, Features: aaparser.FeaturesFile}
	c.Assert(aaparser.Compile(context.Background(), opts, files...), check.IsNil)
	cached, err := filepath.Glob(filepath.Join(cache, "*", "snap.cached.*"))
	c.Assert(err, check.IsNil)
	c.Check(cached, check.HasLen, 2)

	bad := renderWith(c, "cached", "/etc/hosts r,", "capability frob,")
	c.Assert(os.WriteFile(files[1].Path, bad[1].Text.AppendTo(nil), 0644), check.IsNil)
	files[1].Profile = bad[1]
	err = aaparser.Compile(context.Background(), opts, files...)
	c.Check(err, check.ErrorMatches, `snap.cached.two: line [0-9]+ \(interface "other"\): .*frob.*`)
}
