// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package snap_test

import (
	"regexp"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/snap"
)

type validateSuite struct{}

var _ = check.Suite(&validateSuite{})

func (s *validateSuite) TestNameValidators(c *check.C) {
	for _, t := range []struct {
		validate func(string) error
		good     []string
		bad      []string
		err      string
	}{{
		snap.ValidateName,
		[]string{"aa", "a0", "0a", "foo", "foo-bar", "a-b-c", "core22", "1password", "a1-2", strings.Repeat("a", 40)},
		[]string{"", "a", "00", "123", "Foo", "foo_bar", "-foo", "foo-", "foo--bar", "foo bar", "fóo"},
		`invalid snap name: ".*"`,
	}, {
		snap.ValidateInstanceKey,
		[]string{"a", "1", "abc123", "0123456789"},
		[]string{"", "A", "a-b", "a_b"},
		`invalid instance key: ".*"`,
	}, {
		snap.ValidateAppName,
		[]string{"a", "A", "1", "foo", "Foo-Bar", "foo-1", "f-o-o"},
		[]string{"", "-", "-foo", "foo-", "foo--bar", "foo_bar", "foo.bar", "foo bar"},
		`invalid app name: ".*"`,
	}, {
		snap.ValidateHookName,
		[]string{"a", "install", "connect-plug-foo", "pre-refresh", "a1"},
		[]string{"", "1", "1a", "Install", "-a", "a-", "a--b", "a_b"},
		`invalid hook name: ".*"`,
	}, {
		snap.ValidatePlugSlotName,
		[]string{"a", "network", "home-read", "gpio-17", "x11"},
		[]string{"", "1", "Network", "-a", "a-", "a--b", "a_b", "a.b", "4k"},
		`invalid plug or slot name: ".*"`,
	}, {
		snap.ValidateInterfaceName,
		[]string{"a", "home", "network-bind", "x11", "i2c"},
		[]string{"", "2d", "Home", "-home", "home-", "net--bind", "net_bind"},
		`invalid interface name: ".*"`,
	}} {
		for _, name := range t.good {
			c.Check(t.validate(name), check.IsNil, check.Commentf("%q", name))
		}
		for _, name := range t.bad {
			c.Check(t.validate(name), check.ErrorMatches, t.err, check.Commentf("%q", name))
		}
	}
}

// TestNamesTooLong checks the length limits, which keep the longest
// security tag and what is added to it under NAME_MAX.
func (s *validateSuite) TestNamesTooLong(c *check.C) {
	for _, t := range []struct {
		validate func(string) error
		name     string
		err      string
	}{
		{snap.ValidateName, strings.Repeat("a", 41), `invalid snap name: "a{40}\.\.\." is too long \(41 bytes, at most 40\)`},
		{snap.ValidateInstanceKey, strings.Repeat("0", 11), `invalid instance key: "0{10}\.\.\." is too long \(11 bytes, at most 10\)`},
		{snap.ValidateAppName, strings.Repeat("A", 65), `invalid app name: "A{64}\.\.\." is too long \(65 bytes, at most 64\)`},
		{snap.ValidateHookName, strings.Repeat("h", 65), `invalid hook name: "h{64}\.\.\." is too long \(65 bytes, at most 64\)`},
		// A character cut in two is left out.
		{snap.ValidateName, "a" + strings.Repeat("é", 20), `invalid snap name: "aé{19}\.\.\." is too long \(41 bytes, at most 40\)`},
	} {
		c.Check(t.validate(t.name), check.ErrorMatches, t.err)
		c.Check(t.validate(t.name[:len(t.name)-1]), check.Not(check.ErrorMatches), ".*too long.*")
	}
	c.Check(snap.ValidateInstanceName("foo_"+strings.Repeat("k", 11)), check.ErrorMatches,
		`invalid instance name "foo_k{11}": invalid instance key: "k{10}\.\.\." is too long \(11 bytes, at most 10\)`)

	// The longest security tag leaves room for every suffix.
	tag := snap.HookSecurityTag(strings.Repeat("s", snap.MaxSnapNameLen)+"_"+strings.Repeat("k", snap.MaxInstanceKeyLen), strings.Repeat("h", snap.MaxHookNameLen))
	c.Check(len(tag), check.Equals, 126)
	longestApp := snap.AppSecurityTag(strings.Repeat("s", snap.MaxSnapNameLen)+"_"+strings.Repeat("k", snap.MaxInstanceKeyLen), strings.Repeat("a", snap.MaxAppNameLen))
	c.Check(len(longestApp) < len(tag), check.Equals, true)
	for _, suffix := range []string{".src", ".bin", ".2.bin", ".service"} {
		c.Check(len(tag+suffix) <= 255/2+8, check.Equals, true, check.Commentf("%s", suffix))
	}
}

func (s *validateSuite) TestValidateInstanceName(c *check.C) {
	for _, name := range []string{"foo", "foo_1", "foo_abc", "foo-bar_0123456789"} {
		c.Check(snap.ValidateInstanceName(name), check.IsNil, check.Commentf("%q", name))
	}
	for _, t := range []struct {
		name, err string
	}{
		{"", `invalid instance name "": invalid snap name: ""`},
		{"Foo", `invalid instance name "Foo": invalid snap name: "Foo"`},
		{"_key", `invalid instance name "_key": invalid snap name: ""`},
		{"foo_", `invalid instance name "foo_": invalid instance key: ""`},
		{"foo_a_b", `invalid instance name "foo_a_b": invalid instance key: "a_b"`},
		{"foo_KEY", `invalid instance name "foo_KEY": invalid instance key: "KEY"`},
	} {
		c.Check(snap.ValidateInstanceName(t.name), check.ErrorMatches, t.err)
	}
}

const validYaml = `
name: foo
apps:
  app:
    plugs: [p]
    slots: [s]
hooks:
  install:
    plugs: [p]
    slots: [s]
plugs:
  p:
    interface: content
    attr: [1, {a: b}]
slots:
  s: dbus
`

// TestValidate has a row for every error Validate produces, each made
// by breaking valid metadata in one place.
func (s *validateSuite) TestValidate(c *check.C) {
	info, err := snap.InfoFromSnapYaml([]byte(validYaml))
	c.Assert(err, check.IsNil)
	c.Assert(snap.Validate(info), check.IsNil)

	// The defaults may be left empty by code building Info.
	info.Type, info.Confinement = "", ""
	c.Check(snap.Validate(info), check.IsNil)

	for _, t := range []struct {
		breakIt func(info *snap.Info)
		err     string
	}{
		{func(info *snap.Info) { info.SuggestedName = "Foo" }, `invalid snap name: "Foo"`},
		{func(info *snap.Info) { info.InstanceKey = "K" }, `invalid instance key: "K"`},
		{func(info *snap.Info) { info.Type = "application" }, `unknown snap type "application"`},
		{func(info *snap.Info) { info.Confinement = "loose" }, `unknown confinement "loose"`},
		{func(info *snap.Info) { info.Base = "core_22" }, `invalid base snap name: "core_22"`},
		{func(info *snap.Info) { info.Apps["a b"] = &snap.AppInfo{Snap: info, Name: "a b"} }, `invalid app name: "a b"`},
		{func(info *snap.Info) { info.Apps["other"] = info.Apps["app"] }, `app "other" is not recorded under its name in its snap`},
		{func(info *snap.Info) { info.Apps["app"].Snap = &snap.Info{} }, `app "app" is not recorded under its name in its snap`},
		{func(info *snap.Info) { info.Apps["nil"] = nil }, `app "nil" is not recorded under its name in its snap`},
		{func(info *snap.Info) { info.Apps["app"].Daemon = "sometimes" }, `unknown daemon type "sometimes" for app "app"`},
		{func(info *snap.Info) { info.Hooks["Install"] = &snap.HookInfo{Snap: info, Name: "Install"} }, `invalid hook name: "Install"`},
		{func(info *snap.Info) { info.Hooks["install"].Name = "remove" }, `hook "install" is not recorded under its name in its snap`},
		{func(info *snap.Info) { info.Plugs["p"].Snap = nil }, `plug "p" is not recorded under its name in its snap`},
		{func(info *snap.Info) { info.Slots["s"].Name = "t" }, `slot "s" is not recorded under its name in its snap`},
		{func(info *snap.Info) {
			info.Plugs["p"].Name = "P"
			info.Plugs["P"] = info.Plugs["p"]
			delete(info.Plugs, "p")
		}, `invalid plug name: "P"`},
		{func(info *snap.Info) {
			info.Slots["s"].Name = "s_"
			info.Slots["s_"] = info.Slots["s"]
			delete(info.Slots, "s")
		}, `invalid slot name: "s_"`},
		{func(info *snap.Info) { info.Plugs["p"].Interface = "" }, `invalid interface name "" for plug "p"`},
		{func(info *snap.Info) { info.Slots["s"].Interface = "D-Bus" }, `invalid interface name "D-Bus" for slot "s"`},
		{func(info *snap.Info) { info.Plugs["p"].Attrs["interface"] = "home" }, `attribute name "interface" of plug "p" is reserved`},
		{func(info *snap.Info) { info.Slots["s"].Attrs = map[string]interface{}{"$x": "y"} }, `attribute name "\$x" of slot "s" is reserved`},
		{func(info *snap.Info) { info.Plugs["p"].Attrs["n"] = nil }, `attribute "n" of plug "p" has no value`},
		{func(info *snap.Info) { info.Plugs["p"].Attrs["n"] = 1 }, `attribute "n" of plug "p" has unsupported type int`},
		{func(info *snap.Info) {
			info.Plugs["p"].Attrs["attr"].([]interface{})[1].(map[string]interface{})["a"] = []string{"b"}
		}, `attribute "attr\[1\].a" of plug "p" has unsupported type \[\]string`},
		{func(info *snap.Info) {
			var v interface{} = []interface{}{}
			for i := 0; i < snap.MaxAttrDepth; i++ {
				v = []interface{}{v}
			}
			info.Plugs["p"].Attrs["deep"] = v
		}, `attribute "deep\[0\]\[0\]\[0\]\.\.\.\[0\]\[0\]" of plug "p" nests lists and maps more than 32 deep`},
		{func(info *snap.Info) {
			loop := map[string]interface{}{}
			loop["self"] = loop
			info.Slots["s"].Attrs = map[string]interface{}{"loop": loop}
		}, `attribute "loop\.self\.self\.self\.\.\.self\.self" of slot "s" nests lists and maps more than 32 deep`},
		{func(info *snap.Info) {
			info.Slots["p"] = &snap.SlotInfo{Snap: info, Name: "p", Interface: "dbus"}
		}, `cannot have plug and slot with the same name: "p"`},
		{func(info *snap.Info) { delete(info.Plugs, "p") }, `app "app" lists plug "p" which is not bound to it`},
		{func(info *snap.Info) { delete(info.Slots["s"].Apps, "app") }, `app "app" lists slot "s" which is not bound to it`},
		{func(info *snap.Info) { delete(info.Apps["app"].Plugs, "p") }, `plug "p" is bound to app "app" which does not list it`},
		{func(info *snap.Info) { delete(info.Apps["app"].Slots, "s") }, `slot "s" is bound to app "app" which does not list it`},
		{func(info *snap.Info) { delete(info.Plugs["p"].Hooks, "install") }, `hook "install" lists plug "p" which is not bound to it`},
		{func(info *snap.Info) { info.Hooks["install"].Slots["s"] = nil }, `hook "install" lists slot "s" which is not bound to it`},
		{func(info *snap.Info) { delete(info.Hooks["install"].Plugs, "p") }, `plug "p" is bound to hook "install" which does not list it`},
		{func(info *snap.Info) { delete(info.Hooks["install"].Slots, "s") }, `slot "s" is bound to hook "install" which does not list it`},
	} {
		info, err := snap.InfoFromSnapYaml([]byte(validYaml))
		c.Assert(err, check.IsNil)
		t.breakIt(info)
		c.Check(snap.Validate(info), check.ErrorMatches, t.err)
	}
}

// TestNameShapes checks the hand-written name checks against the
// regular expressions they stand for, on every string of up to four
// bytes drawn from bytes that matter to them, and on longer ones.
func (s *validateSuite) TestNameShapes(c *check.C) {
	shapes := []struct {
		validate func(string) error
		re       *regexp.Regexp
		// hasLetter adds the snap name's rule: at least one
		// lowercase letter, 2 to 40 bytes.
		snapName bool
	}{
		{snap.ValidateName, regexp.MustCompile(`^[a-z0-9](?:-?[a-z0-9])*$`), true},
		{snap.ValidateInstanceKey, regexp.MustCompile(`^[a-z0-9]{1,10}$`), false},
		{snap.ValidateAppName, regexp.MustCompile(`^[a-zA-Z0-9](?:-?[a-zA-Z0-9])*$`), false},
		{snap.ValidateHookName, regexp.MustCompile(`^[a-z](?:-?[a-z0-9])*$`), false},
		{snap.ValidatePlugSlotName, regexp.MustCompile(`^[a-z](?:-?[a-z0-9])*$`), false},
		{snap.ValidateInterfaceName, regexp.MustCompile(`^[a-z](?:-?[a-z0-9])*$`), false},
	}
	hasLetter := regexp.MustCompile(`[a-z]`)
	alphabet := []string{"a", "z", "A", "Z", "0", "9", "-", "_", ".", " ", "é", "\x00"}
	names := []string{"", strings.Repeat("a", 40), strings.Repeat("a", 41), strings.Repeat("a-", 20) + "a", "0123456789", "01234567890"}
	level := []string{""}
	for n := 1; n <= 4; n++ {
		var next []string
		for _, prefix := range level {
			for _, b := range alphabet {
				next = append(next, prefix+b)
			}
		}
		names = append(names, next...)
		level = next
	}
	for _, shape := range shapes {
		for _, name := range names {
			want := shape.re.MatchString(name)
			if shape.snapName {
				want = want && hasLetter.MatchString(name) && len(name) >= 2 && len(name) <= 40
			}
			got := shape.validate(name) == nil
			if got != want {
				c.Errorf("%s: %q is valid: %v, want %v", shape.re, name, got, want)
			}
		}
	}
}
