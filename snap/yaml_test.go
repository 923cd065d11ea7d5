// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package snap_test

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/snap"
)

func Test(t *testing.T) { check.TestingT(t) }

type yamlSuite struct{}

var _ = check.Suite(&yamlSuite{})

func parse(c *check.C, yaml string) *snap.Info {
	info, err := snap.InfoFromSnapYaml([]byte(yaml))
	c.Assert(err, check.IsNil)
	c.Assert(snap.Validate(info), check.IsNil)
	return info
}

// names returns the sorted keys of a map, to compare with check.DeepEquals.
func names[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (s *yamlSuite) TestMinimal(c *check.C) {
	info := parse(c, "name: foo\n")
	c.Check(info.SuggestedName, check.Equals, "foo")
	c.Check(info.InstanceKey, check.Equals, "")
	c.Check(info.InstanceName(), check.Equals, "foo")
	c.Check(info.Version, check.Equals, "")
	c.Check(info.Type, check.Equals, snap.TypeApp)
	c.Check(info.Confinement, check.Equals, snap.StrictConfinement)
	c.Check(info.Base, check.Equals, "")
	c.Check(info.Summary, check.Equals, "")
	c.Check(info.Architectures, check.IsNil)
	// Empty, not nil, so that callers can range and index freely.
	c.Check(info.Apps, check.NotNil)
	c.Check(info.Hooks, check.NotNil)
	c.Check(info.Plugs, check.NotNil)
	c.Check(info.Slots, check.NotNil)
	c.Check(info.Apps, check.HasLen, 0)
	c.Check(info.Hooks, check.HasLen, 0)
	c.Check(info.Plugs, check.HasLen, 0)
	c.Check(info.Slots, check.HasLen, 0)
}

func (s *yamlSuite) TestFields(c *check.C) {
	info := parse(c, `
name: foo
version: 1.0-rc1
type: gadget
base: core22
confinement: devmode
summary: Foo does "foo"
architectures: [amd64, arm64]
apps:
  daemon:
    command: bin/daemon --flag
    daemon: notify
    restart-condition: always
  tool:
    command: bin/tool
`)
	c.Check(info.SuggestedName, check.Equals, "foo")
	c.Check(info.Version, check.Equals, "1.0-rc1")
	c.Check(info.Type, check.Equals, snap.TypeGadget)
	c.Check(info.Base, check.Equals, "core22")
	c.Check(info.Confinement, check.Equals, snap.DevModeConfinement)
	c.Check(info.Summary, check.Equals, `Foo does "foo"`)
	c.Check(info.Architectures, check.DeepEquals, []string{"amd64", "arm64"})
	c.Assert(names(info.Apps), check.DeepEquals, []string{"daemon", "tool"})
	daemon := info.Apps["daemon"]
	c.Check(daemon.Snap, check.Equals, info)
	c.Check(daemon.Name, check.Equals, "daemon")
	c.Check(daemon.Command, check.Equals, "bin/daemon --flag")
	c.Check(daemon.Daemon, check.Equals, "notify")
	c.Check(info.Apps["tool"].Command, check.Equals, "bin/tool")
	c.Check(info.Apps["tool"].Daemon, check.Equals, "")
}

func (s *yamlSuite) TestScalarsKeepTheirText(c *check.C) {
	for _, t := range []struct {
		yaml, version string
	}{
		{"version: 1.10", "1.10"},
		{"version: 2", "2"},
		{"version: '2.0'", "2.0"},
		{"version: 1e3", "1e3"},
		{"version: git", "git"},
		{"version:", ""},
		{"version: ~", ""},
	} {
		info := parse(c, "name: foo\n"+t.yaml+"\n")
		c.Check(info.Version, check.Equals, t.version, check.Commentf(t.yaml))
	}

	// Names that YAML 1.1 would read as booleans or numbers stay names.
	info := parse(c, `
name: foo
apps:
  yes:
    plugs: [on]
  "1":
    command: 1.50
hooks:
  n:
`)
	c.Check(names(info.Apps), check.DeepEquals, []string{"1", "yes"})
	c.Check(info.Apps["1"].Command, check.Equals, "1.50")
	c.Check(names(info.Apps["yes"].Plugs), check.DeepEquals, []string{"on"})
	c.Check(info.Plugs["on"].Interface, check.Equals, "on")
	c.Check(names(info.Hooks), check.DeepEquals, []string{"n"})
}

func (s *yamlSuite) TestTypesAndConfinements(c *check.C) {
	for _, t := range []snap.Type{snap.TypeApp, snap.TypeGadget, snap.TypeKernel, snap.TypeBase, snap.TypeOS, snap.TypeSnapd} {
		c.Check(parse(c, "name: foo\ntype: "+string(t)+"\n").Type, check.Equals, t)
	}
	for _, t := range []snap.ConfinementType{snap.StrictConfinement, snap.DevModeConfinement, snap.ClassicConfinement} {
		c.Check(parse(c, "name: foo\nconfinement: "+string(t)+"\n").Confinement, check.Equals, t)
	}
	// A null value is the default, as a missing key is.
	c.Check(parse(c, "name: foo\ntype:\nconfinement: ~\n").Type, check.Equals, snap.TypeApp)
}

func (s *yamlSuite) TestArchitectures(c *check.C) {
	for _, t := range []struct {
		yaml  string
		archs []string
	}{
		{"architectures: [amd64]", []string{"amd64"}},
		{"architectures: [all]", []string{"all"}},
		{"architectures: ['%ARCH%']", []string{"%ARCH%"}},
		{"architectures: []", nil},
		{"architectures:", nil},
		{"architectures:\n  - build-on: amd64\n  - build-on: [arm64, armhf]", []string{"amd64", "arm64", "armhf"}},
		// The snap runs where it is built for, not where it is built.
		{"architectures:\n  - build-on: [amd64, arm64]\n    build-for: arm64", []string{"arm64"}},
		{"architectures:\n  - build-on: [amd64, arm64]\n    run-on: arm64", []string{"arm64"}},
		{"architectures:\n  - build-on: amd64\n    run-on: [amd64, i386]", []string{"amd64", "i386"}},
		{"architectures:\n  - build-on: [amd64]\n    build-for: [all]", []string{"all"}},
		{"architectures:\n  - build-on: amd64\n  - build-on: amd64\n    build-for: armhf\n  - build-on: [armhf, amd64]",
			[]string{"amd64", "armhf"}},
		// An empty build-for list says nothing.
		{"architectures:\n  - build-on: [s390x]\n    build-for: []", []string{"s390x"}},
		// Both forms may mix.
		{"architectures:\n  - i386\n  - build-on: riscv64", []string{"i386", "riscv64"}},
		// platforms, read only without architectures.
		{"platforms:\n  amd64:\n  arm64:", []string{"amd64", "arm64"}},
		{"platforms:\n  pi:\n    build-on: [amd64]\n    build-for: [armhf]", []string{"armhf"}},
		{"platforms:\n  amd64: {build-on: amd64}", []string{"amd64"}},
		{"platforms:\n  amd64:\narchitectures: [s390x]", []string{"s390x"}},
	} {
		info := parse(c, "name: foo\n"+t.yaml+"\n")
		c.Check(info.Architectures, check.DeepEquals, t.archs, check.Commentf(t.yaml))
	}
}

func (s *yamlSuite) TestPlugAndSlotForms(c *check.C) {
	info := parse(c, `
name: foo
plugs:
  plain:
  empty: {}
  short: home
  aliased:
    interface: content
    target: $SNAP/data
  named-after-interface:
    read: [/etc/foo]
  null-interface:
    interface:
slots:
  provider: content
  gpio-1:
    interface: gpio
    number: 17
`)
	for _, t := range []struct {
		name, iface string
		attrs       map[string]interface{}
	}{
		{"plain", "plain", map[string]interface{}{}},
		{"empty", "empty", map[string]interface{}{}},
		{"short", "home", map[string]interface{}{}},
		{"aliased", "content", map[string]interface{}{"target": "$SNAP/data"}},
		{"named-after-interface", "named-after-interface", map[string]interface{}{"read": []interface{}{"/etc/foo"}}},
		{"null-interface", "null-interface", map[string]interface{}{}},
	} {
		plug := info.Plugs[t.name]
		c.Assert(plug, check.NotNil, check.Commentf(t.name))
		c.Check(plug.Snap, check.Equals, info)
		c.Check(plug.Name, check.Equals, t.name)
		c.Check(plug.Interface, check.Equals, t.iface)
		c.Check(plug.Attrs, check.DeepEquals, t.attrs)
	}
	c.Check(info.Plugs, check.HasLen, 6)
	c.Check(info.Slots["provider"].Interface, check.Equals, "content")
	c.Check(info.Slots["provider"].Attrs, check.DeepEquals, map[string]interface{}{})
	c.Check(info.Slots["gpio-1"].Snap, check.Equals, info)
	c.Check(info.Slots["gpio-1"].Name, check.Equals, "gpio-1")
	c.Check(info.Slots["gpio-1"].Interface, check.Equals, "gpio")
	c.Check(info.Slots["gpio-1"].Attrs, check.DeepEquals, map[string]interface{}{"number": int64(17)})
	c.Check(info.Slots, check.HasLen, 2)
}

func (s *yamlSuite) TestAttributesNormalised(c *check.C) {
	info := parse(c, `
name: foo
plugs:
  p:
    interface: iface
    int: 42
    negative: -7
    big: 9223372036854775807
    hex: 0x10
    float: 1.5
    whole-float: 2.0
    inf: .inf
    bool: true
    yaml11-bool: yes
    string: hello
    quoted-int: "42"
    list: [1, two, [3], {four: 4}]
    map:
      nested:
        deep: [a, b]
      "5": quoted key
    empty-list: []
    empty-map: {}
`)
	c.Check(info.Plugs["p"].Attrs, check.DeepEquals, map[string]interface{}{
		"int":         int64(42),
		"negative":    int64(-7),
		"big":         int64(math.MaxInt64),
		"hex":         int64(16),
		"float":       1.5,
		"whole-float": 2.0,
		"inf":         math.Inf(1),
		"bool":        true,
		"yaml11-bool": true,
		"string":      "hello",
		"quoted-int":  "42",
		"list":        []interface{}{int64(1), "two", []interface{}{int64(3)}, map[string]interface{}{"four": int64(4)}},
		"map": map[string]interface{}{
			"nested": map[string]interface{}{"deep": []interface{}{"a", "b"}},
			"5":      "quoted key",
		},
		"empty-list": []interface{}{},
		"empty-map":  map[string]interface{}{},
	})
}

func (s *yamlSuite) TestAttributesNestedToTheLimit(c *check.C) {
	info := parse(c, "name: foo\nplugs:\n  p:\n    lists: "+nestedLists(snap.MaxAttrDepth)+"\n    maps:\n"+nestedBlockMaps(6, snap.MaxAttrDepth))
	lists, maps := info.Plugs["p"].Attrs["lists"], info.Plugs["p"].Attrs["maps"]
	for depth := 1; depth < snap.MaxAttrDepth; depth++ {
		list, ok := lists.([]interface{})
		c.Assert(ok && len(list) == 1, check.Equals, true, check.Commentf("lists at depth %d: %#v", depth, lists))
		lists = list[0]
		m, ok := maps.(map[string]interface{})
		c.Assert(ok && len(m) == 1, check.Equals, true, check.Commentf("maps at depth %d: %#v", depth, maps))
		maps = m[fmt.Sprintf("k%d", depth)]
	}
	c.Check(lists, check.DeepEquals, []interface{}{})
	c.Check(maps, check.DeepEquals, map[string]interface{}{fmt.Sprintf("k%d", snap.MaxAttrDepth): "v"})
}

// TestDeepNestingCostsLittle parses 20 KB of lists nested 9990 deep (as
// deep as yaml.v2 goes), in flow and in block style. When the path of
// every value was copied at every level, each took 1.1 GB and 4 s; now
// they are refused before decoding, and the path of a value is only
// rendered for an error.
func (s *yamlSuite) TestDeepNestingCostsLittle(c *check.C) {
	for _, value := range []string{nestedLists(9990), "\n      " + strings.Repeat("- ", 9990) + "1"} {
		data := []byte("name: foo\nplugs:\n  p:\n    a: " + value + "\n")
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := snap.InfoFromSnapYaml(data)
		runtime.ReadMemStats(&after)
		c.Check(err, check.ErrorMatches, `line [45]: cannot parse snap.yaml: lists and maps nest more than 64 deep`)
		const limit = 1 << 20
		if allocated := after.TotalAlloc - before.TotalAlloc; allocated > limit {
			c.Errorf("parsing %d bytes allocated %d KB, want at most %d KB", len(data), allocated>>10, limit>>10)
		}
	}
}

func (s *yamlSuite) TestBindings(c *check.C) {
	info := parse(c, `
name: foo
apps:
  a:
    plugs: [listed, implicit, shared]
    slots: [app-slot]
  b:
    plugs: [shared]
  c:
hooks:
  configure:
    plugs: [hook-only, shared]
  install:
plugs:
  listed: home
  everywhere: network
  shared:
slots:
  app-slot:
    interface: content
  unlisted-slot: dbus
`)
	type binding struct {
		apps, hooks []string
	}
	plugs := map[string]binding{
		// Listed plugs are bound to who lists them, and only them.
		"listed":    {[]string{"a"}, nil},
		"implicit":  {[]string{"a"}, nil},
		"shared":    {[]string{"a", "b"}, []string{"configure"}},
		"hook-only": {nil, []string{"configure"}},
		// A declared plug nobody lists is bound to every app and hook.
		"everywhere": {[]string{"a", "b", "c"}, []string{"configure", "install"}},
	}
	slots := map[string]binding{
		"app-slot":      {[]string{"a"}, nil},
		"unlisted-slot": {[]string{"a", "b", "c"}, []string{"configure", "install"}},
	}
	sorted := func(l []string) []string {
		if l == nil {
			return []string{}
		}
		return l
	}
	c.Assert(names(info.Plugs), check.DeepEquals, names(plugs))
	for name, want := range plugs {
		plug := info.Plugs[name]
		c.Check(names(plug.Apps), check.DeepEquals, sorted(want.apps), check.Commentf("plug %s", name))
		c.Check(names(plug.Hooks), check.DeepEquals, sorted(want.hooks), check.Commentf("plug %s", name))
		// The other direction.
		for _, app := range plug.Apps {
			c.Check(app, check.Equals, info.Apps[app.Name])
			c.Check(app.Plugs[name], check.Equals, plug)
		}
		for _, hook := range plug.Hooks {
			c.Check(hook, check.Equals, info.Hooks[hook.Name])
			c.Check(hook.Plugs[name], check.Equals, plug)
		}
	}
	c.Assert(names(info.Slots), check.DeepEquals, names(slots))
	for name, want := range slots {
		slot := info.Slots[name]
		c.Check(names(slot.Apps), check.DeepEquals, sorted(want.apps), check.Commentf("slot %s", name))
		c.Check(names(slot.Hooks), check.DeepEquals, sorted(want.hooks), check.Commentf("slot %s", name))
		for _, app := range slot.Apps {
			c.Check(app.Slots[name], check.Equals, slot)
		}
		for _, hook := range slot.Hooks {
			c.Check(hook.Slots[name], check.Equals, slot)
		}
	}
	c.Check(names(info.Apps["a"].Plugs), check.DeepEquals, []string{"everywhere", "implicit", "listed", "shared"})
	c.Check(names(info.Apps["a"].Slots), check.DeepEquals, []string{"app-slot", "unlisted-slot"})
	c.Check(names(info.Apps["c"].Plugs), check.DeepEquals, []string{"everywhere"})
	c.Check(names(info.Hooks["install"].Plugs), check.DeepEquals, []string{"everywhere"})
	c.Check(info.Hooks["install"].Snap, check.Equals, info)
	c.Check(info.Hooks["install"].Name, check.Equals, "install")
	c.Check(info.Plugs["implicit"].Interface, check.Equals, "implicit")
	c.Check(info.Plugs["listed"].Interface, check.Equals, "home")
}

func (s *yamlSuite) TestImplicitBindingsToTheLimit(c *check.C) {
	// 256 plugs and slots, each bound to 256 apps and hooks: 65536.
	var yaml strings.Builder
	yaml.WriteString("name: foo\nplugs:\n")
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&yaml, "  p%d:\n", i)
	}
	yaml.WriteString("slots:\n")
	for i := 0; i < 56; i++ {
		fmt.Fprintf(&yaml, "  s%d:\n", i)
	}
	yaml.WriteString("apps:\n")
	for i := 0; i < 255; i++ {
		fmt.Fprintf(&yaml, "  a%d:\n", i)
	}
	yaml.WriteString("hooks:\n  install:\n")
	info := parse(c, yaml.String())
	c.Check(info.Apps["a17"].Plugs, check.HasLen, 200)
	c.Check(info.Hooks["install"].Slots, check.HasLen, 56)
	c.Check(info.Plugs["p3"].Apps, check.HasLen, 255)
}

func (s *yamlSuite) TestHooksOnlyFromHooksKey(c *check.C) {
	// Plugs naming hooks (connect-plug-x) do not make hooks.
	info := parse(c, `
name: foo
plugs:
  x: content
apps:
  configure:
    command: bin/configure
`)
	c.Check(info.Hooks, check.HasLen, 0)
	c.Check(names(info.Plugs["x"].Apps), check.DeepEquals, []string{"configure"})
	c.Check(info.Plugs["x"].Hooks, check.HasLen, 0)
}

func (s *yamlSuite) TestSecurityTags(c *check.C) {
	info := parse(c, `
name: foo
apps:
  app:
    plugs: [p]
  other:
hooks:
  configure:
    plugs: [p]
slots:
  s:
`)
	c.Check(info.Apps["app"].SecurityTag(), check.Equals, "snap.foo.app")
	c.Check(info.Hooks["configure"].SecurityTag(), check.Equals, "snap.foo.hook.configure")
	c.Check(info.Plugs["p"].SecurityTags(), check.DeepEquals, []string{"snap.foo.app", "snap.foo.hook.configure"})
	c.Check(info.Slots["s"].SecurityTags(), check.DeepEquals, []string{"snap.foo.app", "snap.foo.hook.configure", "snap.foo.other"})

	c.Assert(info.SetInstanceKey("k1"), check.IsNil)
	c.Check(info.InstanceName(), check.Equals, "foo_k1")
	c.Check(info.Apps["app"].SecurityTag(), check.Equals, "snap.foo_k1.app")
	c.Check(info.Hooks["configure"].SecurityTag(), check.Equals, "snap.foo_k1.hook.configure")
	c.Check(info.Plugs["p"].SecurityTags(), check.DeepEquals, []string{"snap.foo_k1.app", "snap.foo_k1.hook.configure"})
	c.Check(snap.Validate(info), check.IsNil)

	c.Check(info.SetInstanceKey("Bad"), check.ErrorMatches, `invalid instance key: "Bad"`)
	c.Check(info.InstanceKey, check.Equals, "k1")
	c.Assert(info.SetInstanceKey(""), check.IsNil)
	c.Check(info.InstanceName(), check.Equals, "foo")
}

func (s *yamlSuite) TestAnchorsAndMerges(c *check.C) {
	info := parse(c, `
name: foo
x-common: &common
  command: bin/common
  plugs: &plugs [network, home]
apps:
  a:
    <<: *common
  b:
    <<: *common
    command: bin/b
  c:
    plugs: *plugs
plugs:
  home: &home-decl
    interface: home
    read: all
  home-again: *home-decl
`)
	c.Check(info.Apps["a"].Command, check.Equals, "bin/common")
	c.Check(info.Apps["b"].Command, check.Equals, "bin/b")
	// home-again is listed by no app, so all of them get it.
	c.Check(names(info.Apps["a"].Plugs), check.DeepEquals, []string{"home", "home-again", "network"})
	c.Check(names(info.Apps["c"].Plugs), check.DeepEquals, []string{"home", "home-again", "network"})
	c.Check(names(info.Plugs["network"].Apps), check.DeepEquals, []string{"a", "b", "c"})
	c.Check(info.Plugs["home"].Attrs, check.DeepEquals, map[string]interface{}{"read": "all"})
	c.Check(info.Plugs["home-again"].Interface, check.Equals, "home")
	c.Check(info.Plugs["home-again"].Attrs, check.DeepEquals, map[string]interface{}{"read": "all"})
	c.Check(names(info.Plugs["home-again"].Apps), check.DeepEquals, []string{"a", "b", "c"})
}

func (s *yamlSuite) TestIgnoresBuildKeys(c *check.C) {
	info := parse(c, `
name: foo
title: Foo
icon: snap/gui/foo.svg
description: |
  apps: not really
license: MIT
grade: stable
adopt-info: foo
assumes: [snapd2.55]
layout:
  /usr/share/foo:
    bind: $SNAP/usr/share/foo
environment:
  FOO: bar
passthrough:
  anything: goes
package-repositories:
  - type: apt
    ppa: foo/bar
parts:
  foo:
    plugin: go
    build-packages: [gcc]
    override-build: |
      craftctl default
apps:
  foo:
    command: bin/foo
    extensions: [gnome]
    environment: {A: b}
    command-chain: [bin/wrapper]
    desktop: foo.desktop
    restart-delay: 10s
hooks:
  install:
    command-chain: [bin/hook-wrapper]
    environment: {A: b}
unknown-key: {anything: [goes]}
`)
	c.Check(names(info.Apps), check.DeepEquals, []string{"foo"})
	c.Check(names(info.Hooks), check.DeepEquals, []string{"install"})
}

func (s *yamlSuite) TestEmptyOrNullCollections(c *check.C) {
	info := parse(c, "name: foo\napps:\nhooks: {}\nplugs:\nslots: {}\napps2: []\n")
	c.Check(info.Apps, check.HasLen, 0)
	info = parse(c, "name: foo\napps:\n  a:\n    plugs: []\n    slots:\n")
	c.Check(info.Apps["a"].Plugs, check.HasLen, 0)
	c.Check(info.Apps["a"].Slots, check.HasLen, 0)
}

func (s *yamlSuite) TestReadInfo(c *check.C) {
	dir := c.MkDir()
	good := filepath.Join(dir, "snap.yaml")
	c.Assert(os.WriteFile(good, []byte("name: foo\napps:\n  a:\n"), 0o644), check.IsNil)
	info, err := snap.ReadInfo(good)
	c.Assert(err, check.IsNil)
	c.Check(info.SuggestedName, check.Equals, "foo")
	c.Check(names(info.Apps), check.DeepEquals, []string{"a"})

	for _, t := range []struct {
		yaml, err string
	}{
		{"name: foo\napps:\n  a b:\n", `.*/bad.yaml:3: invalid app name: "a b"`},
		{"name: foo\n  bad: indent\n", `.*/bad.yaml:2: cannot parse snap.yaml: mapping values are not allowed in this context`},
		{"version: 1\n", `.*/bad.yaml: missing snap name`},
		{"[]\n", `.*/bad.yaml: cannot parse snap.yaml: top level must be a map`},
	} {
		bad := filepath.Join(dir, "bad.yaml")
		c.Assert(os.WriteFile(bad, []byte(t.yaml), 0o644), check.IsNil)
		_, err := snap.ReadInfo(bad)
		c.Check(err, check.ErrorMatches, t.err)
		var yerr *snap.YamlError
		c.Check(errors.As(err, &yerr), check.Equals, true)
		c.Check(yerr.Path, check.Equals, bad)
	}

	// A file past the limit is refused without reading it all.
	huge := filepath.Join(dir, "huge.yaml")
	f, err := os.Create(huge)
	c.Assert(err, check.IsNil)
	c.Assert(f.Truncate(4<<30), check.IsNil) // sparse: 4 GiB of zeros
	c.Assert(f.Close(), check.IsNil)
	_, err = snap.ReadInfo(huge)
	c.Check(err, check.ErrorMatches, `.*/huge.yaml: cannot parse snap.yaml: larger than 1048576 bytes`)

	_, err = snap.ReadInfo(filepath.Join(dir, "missing.yaml"))
	c.Check(err, check.ErrorMatches, `.*/missing.yaml: cannot read file: no such file or directory`)
	c.Check(errors.Is(err, fs.ErrNotExist), check.Equals, true)
}

func (s *yamlSuite) TestYamlErrorParts(c *check.C) {
	_, err := snap.InfoFromSnapYaml([]byte("name: foo\napps:\n  a b:\n"))
	var yerr *snap.YamlError
	c.Assert(errors.As(err, &yerr), check.Equals, true)
	c.Check(yerr.Path, check.Equals, "")
	c.Check(yerr.Line, check.Equals, 3)
	c.Check(yerr.Err, check.ErrorMatches, `invalid app name: "a b"`)
	c.Check(err, check.ErrorMatches, `line 3: invalid app name: "a b"`)
}
