// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

type desktopSuite struct{}

var _ = check.Suite(&desktopSuite{})

const desktopFontCacheRule = "/var/cache/fontconfig/** r,"

func (s *desktopSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "desktop",
		summary:   "allows access to basic graphical desktop resources",
		onClassic: true,
		plugDecl:  "allow-installation:\n  plug-attributes:\n    desktop-file-ids: $MISSING",
		slotDecl:  declSystemSlot,
		plugAppArmor: []string{
			"/usr/share/fonts/** r,",
			"path=/org/freedesktop/portal/desktop",
			"interface=org.freedesktop.portal.Documents",
			"owner /run/user/[0-9]*/doc/** rw,",
			"interface=io.snapcraft.Launcher",
			"interface=org.freedesktop.Notifications",
			desktopFontCacheRule,
		},
	})
}

func (s *desktopSuite) TestHostFontCache(c *check.C) {
	for _, t := range []struct {
		attrs string
		read  bool
	}{
		{"", true},
		{"mount-host-font-cache: true", true},
		{"mount-host-font-cache: false", false},
	} {
		text, _ := connectToSystem(c, builtin.Classic, consumerYaml("desktop", t.attrs)).snippets(c, plugTag)
		if t.read {
			c.Check(text, testutil.Contains, desktopFontCacheRule, check.Commentf("%q", t.attrs))
		} else {
			c.Check(text, check.Not(testutil.Contains), "/var/cache/fontconfig", check.Commentf("%q", t.attrs))
		}
	}
}

func (s *desktopSuite) TestSanitizeMountHostFontCache(c *check.C) {
	checkBoolAttr(c, "desktop", "mount-host-font-cache")
}

// A plug with desktop-file-ids needs a snap declaration to be
// installed; without one it does not auto-connect either, whatever the
// connection rules say.
func (s *desktopSuite) TestDesktopFileIDsPlugDoesNotAutoConnect(c *check.C) {
	for _, t := range []struct {
		attrs string
		want  int
	}{{"", 1}, {"    desktop-file-ids: [org.example.Foo]\n", 0}} {
		repo := newRepo(c, builtin.Classic, consumerYaml("desktop", t.attrs))
		connected, report, err := policy.AutoConnect(repo, builtinDeclaration(c), nil, policySystem(builtin.Classic), "consumer")
		c.Assert(err, check.IsNil)
		c.Check(connected, check.HasLen, t.want, check.Commentf("%q: %s", t.attrs, report[0].Reason))
	}
}

func (s *desktopSuite) TestSanitizeDesktopFileIDs(c *check.C) {
	iface, err := builtin.ByName("desktop")
	c.Assert(err, check.IsNil)
	sanitizer := iface.(interfaces.PlugSanitizer)
	plug := func(ids interface{}) *snap.PlugInfo {
		return &snap.PlugInfo{Snap: &snap.Info{SuggestedName: "consumer"}, Name: "desktop", Interface: "desktop",
			Attrs: map[string]interface{}{"desktop-file-ids": ids}}
	}
	c.Check(sanitizer.BeforePreparePlug(plug([]interface{}{"org.example.Foo", "org.example"})), check.IsNil)
	for _, t := range []struct {
		ids interface{}
		err string
	}{
		{"org.example.Foo", `cannot sanitize plug consumer:desktop \(interface "desktop"\): "desktop-file-ids" must be a list of strings`},
		{[]interface{}{int64(1)}, `cannot sanitize plug consumer:desktop \(interface "desktop"\): "desktop-file-ids" must be a list of strings`},
		{[]interface{}{"org.a", "org.a"}, `cannot sanitize plug consumer:desktop \(interface "desktop"\): "desktop-file-ids" lists "org.a" twice`},
		{[]interface{}{"foo"}, `cannot sanitize plug consumer:desktop \(interface "desktop"\): "desktop-file-ids": invalid D-Bus bus name: "foo"`},
		{[]interface{}{"org.a,org.b"}, `.*invalid D-Bus bus name: "org.a,org.b"`},
		{[]interface{}{"org.a\norg.b"}, `.*invalid D-Bus bus name: "org.a\\norg.b"`},
		{[]interface{}{"org.{a,b}"}, `.*invalid D-Bus bus name: .*`},
		{[]interface{}{"org.a*"}, `.*invalid D-Bus bus name: .*`},
		{[]interface{}{`org."a"`}, `.*invalid D-Bus bus name: .*`},
		{[]interface{}{"org.@{HOME}"}, `.*invalid D-Bus bus name: .*`},
		{[]interface{}{"org..a"}, `.*invalid D-Bus bus name: "org..a"`},
		{[]interface{}{"../org.a"}, `.*invalid D-Bus bus name: .*`},
	} {
		c.Check(sanitizer.BeforePreparePlug(plug(t.ids)), check.ErrorMatches, t.err, check.Commentf("%#v", t.ids))
	}
}

// The desktop, graphics, audio and device interfaces an app commonly
// plugs together.
var desktopGroup = []string{
	"alsa", "audio-playback", "audio-record", "browser-support", "camera",
	"desktop", "desktop-launch", "desktop-legacy", "gsettings", "jack1",
	"joystick", "mir", "opengl", "pulseaudio", "screen-inhibit-control",
	"steam-support", "unity7", "wayland", "x11",
}

// An app that plugs every interface of the group, each connected to the
// system on classic (or, for mir, to a display server snap), gets one
// profile that compiles.
func (s *desktopSuite) TestWithTheWholeGroup(c *check.C) {
	var yaml strings.Builder
	yaml.WriteString("name: consumer\nversion: \"1\"\napps:\n  app:\n    command: bin/app\nplugs:\n")
	for _, name := range desktopGroup {
		fmt.Fprintf(&yaml, "  %s:\n", name)
	}
	repo := newRepo(c, builtin.Classic, yaml.String(), providerYaml(snap.TypeApp, "mir"))
	for _, name := range desktopGroup {
		slotSnap, slot := builtin.SystemSnapName, name
		if name == "mir" {
			slotSnap, slot = "provider", "slot"
		}
		connectPlug(c, repo, "consumer", name, slotSnap, slot)
	}
	cn := &connection{Repository: repo}
	aa, _ := cn.snippets(c, plugTag)
	// browser-support without allow-sandbox asks for ptrace trace to be
	// denied, and nothing in the group uses it.
	c.Check(aa, testutil.Contains, apparmor.DenyPtraceTrace)
	cn.checkCompiles(c, "consumer")
}
