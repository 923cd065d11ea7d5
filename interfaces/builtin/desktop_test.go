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

const desktopFontCacheRule = "/var/cache/fontconfig/** mr,"

func (s *desktopSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "desktop",
		summary:   "allows access to basic graphical desktop resources",
		onClassic: true,
		plugDecl:  "allow-installation:\n  plug-attributes:\n    desktop-file-ids: $MISSING",
		slotDecl:  declSystemSlot,
		plugAppArmor: []string{
			"/usr/share/fonts/** mr,",
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
	// denied, but steam-support's crash reporter uses it.
	c.Check(aa, check.Not(testutil.Contains), apparmor.DenyPtraceTrace)
	cn.checkCompiles(c, "consumer")
}

// The desktop integration every toolkit app uses.
var desktopIntegrationAccesses = []string{
	// Icons, themes, GTK settings.
	"file r /usr/share/icons/Yaru/48x48/apps/firefox.png",
	"file k /usr/share/icons/hicolor/index.theme",
	"file r /usr/share/themes/Yaru/gtk-3.0/gtk.css",
	"file r /etc/gtk-3.0/settings.ini",
	"file r /home/u/.config/gtk-3.0/settings.ini",
	"file r /home/u/.config/gtk-3.0/bookmarks",
	"file r /home/u/.config/gtk-4.0/settings.ini",
	"file r /usr/share/glib-2.0/schemas/gschemas.compiled",
	"file r /run/user/1000/dconf/user",
	// xdg-open and xdg-settings, through snapd's session agent.
	"exec /usr/bin/xdg-open ix",
	"exec /usr/bin/xdg-settings ix",
	"file r /usr/share/applications/xdg-open.desktop",
	"dbus send bus=session path=/io/snapcraft/Launcher interface=io.snapcraft.Launcher member=OpenURL peer=unconfined",
	"dbus send bus=session path=/io/snapcraft/Settings interface=io.snapcraft.Settings member=Get peer=unconfined",
	// Notifications and their server's properties.
	"dbus send bus=session path=/org/freedesktop/Notifications interface=org.freedesktop.Notifications member=Notify peer=unconfined",
	"dbus send bus=session path=/org/freedesktop/Notifications interface=org.freedesktop.DBus.Properties member=Get peer=unconfined",
	"dbus receive bus=session path=/org/freedesktop/Notifications interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=unconfined",
	// IBus, through its portal or its own bus, Fcitx 5 and 4, Mozc.
	"dbus send bus=session path=/org/freedesktop/IBus interface=org.freedesktop.IBus.Portal member=CreateInputContext name=org.freedesktop.portal.IBus",
	"dbus send bus=session path=/org/freedesktop/IBus/InputContext_12 interface=org.freedesktop.IBus.InputContext member=ProcessKeyEvent peer=unconfined",
	"dbus receive bus=session path=/org/freedesktop/IBus/InputContext_12 interface=org.freedesktop.IBus.InputContext member=CommitText peer=unconfined",
	"file r /home/u/.config/ibus/bus/0123456789abcdef-unix-wayland-0",
	"file rw /home/u/.cache/ibus/dbus-AbCdEfGh",
	"unix connect stream peer_addr=@/tmp/ibus/dbus-AbCdEfGh peer=unconfined",
	"dbus send bus=session path=/org/freedesktop/portal/inputmethod interface=org.fcitx.Fcitx.InputMethod1 member=CreateInputContext peer=unconfined",
	"dbus send bus=session path=/org/freedesktop/portal/inputcontext/3 interface=org.fcitx.Fcitx.InputContext1 member=ProcessKeyEvent peer=unconfined",
	"dbus send bus=session path=/inputcontext_3 interface=org.fcitx.Fcitx.InputContext member=ProcessKeyEvent peer=unconfined",
	"unix connect stream peer_addr=@tmp/.mozc.AbCd peer=unconfined",
}

// What a desktop app never gets from these interfaces: another app's
// window contents, the shell's eval, writes to the look and feel, the
// system's services.
var desktopIntegrationNever = []string{
	"file w /usr/share/icons/hicolor/index.theme",
	"file w /home/u/.config/gtk-3.0/settings.ini",
	"file w /run/user/1000/dconf/user",
	"file r /home/v/.config/ibus/bus/x !owner",
	"dbus send bus=session path=/org/gnome/Shell interface=org.gnome.Shell member=Eval peer=unconfined",
	"dbus send bus=system path=/org/freedesktop/login1 interface=org.freedesktop.login1.Manager member=PowerOff peer=unconfined",
	"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
	"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
}

func (s *desktopSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("desktop"))
	cn.checkAccesses(c, plugTag, append([]string{
		// Portals: a request, its response, the settings and the
		// portal's version; service activation by name.
		"dbus send bus=session path=/org/freedesktop/portal/desktop interface=org.freedesktop.portal.OpenURI member=OpenURI peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/portal/desktop interface=org.freedesktop.portal.FileChooser member=OpenFile name=org.freedesktop.portal.Desktop",
		"dbus send bus=session path=/org/freedesktop/portal/desktop/request/1_42/gtk1 interface=org.freedesktop.portal.Request member=Close peer=unconfined",
		"dbus receive bus=session path=/org/freedesktop/portal/desktop/request/1_42/gtk1 interface=org.freedesktop.portal.Request member=Response peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/portal/desktop interface=org.freedesktop.portal.Settings member=ReadOne peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/portal/desktop interface=org.freedesktop.DBus.Properties member=Get peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/portal/documents interface=org.freedesktop.portal.Documents member=AddFull peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/portal/documents interface=org.freedesktop.DBus.Properties member=Get peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/portal/documents interface=org.freedesktop.portal.FileTransfer member=RetrieveFiles peer=unconfined",
		"file r /run/user/1000/doc/a1b2c3d4/report.pdf",
		"file w /run/user/1000/doc/a1b2c3d4/report.pdf",
		// Fonts, mapped.
		"file rm /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
		"file rm /var/cache/fontconfig/0123456789abcdef-le64.cache-9",
		// Media keys, the screensaver, GNOME's prompter.
		"dbus send bus=session path=/org/gnome/SettingsDaemon/MediaKeys interface=org.gnome.SettingsDaemon.MediaKeys member=GrabMediaPlayerKeys peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/ScreenSaver interface=org.freedesktop.ScreenSaver member=GetActive peer=unconfined",
		"dbus send bus=session path=/org/gnome/keyring/Prompter interface=org.gnome.keyring.internal.Prompter member=BeginPrompting peer=unconfined",
	}, desktopIntegrationAccesses...), append([]string{
		"dbus send bus=session path=/org/freedesktop/portal/documents interface=org.freedesktop.portal.Documents member=GrantPermissions peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/portal/documents interface=org.freedesktop.portal.Documents member=Delete peer=unconfined",
		"file r /run/user/1000/doc/a1b2c3d4/report.pdf !owner",
	}, desktopIntegrationNever...))
}

func init() {
	addAccessDifferences("desktop", accessDifferences{rows: []accessDifference{{
		access: "dbus send bus=session path=/org/freedesktop/portal/documents interface=org.freedesktop.portal.Documents member=GrantPermissions peer=unconfined",
		ours:   false,
		why:    "the app adds and looks up documents; granting them to other apps is the user's, through the portal's dialogs",
	}, {
		access: "dbus send bus=session path=/ interface=com.canonical.SafeLauncher member=OpenURL peer=unconfined",
		ours:   false,
		why:    "Ubuntu Touch's launcher; snapd's session agent replaced it",
	}, {
		access: "file rw /home/u/.cache/ibus/dbus-AbCdEfGh",
		ours:   true,
		why:    "IBus's own bus, where its portal is not in use",
	}}})
}
