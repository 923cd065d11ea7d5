// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type screencastLegacySuite struct{ referenceSuite }

var _ = check.Suite(&screencastLegacySuite{referenceSuite{referenceCase{
	name:    "screencast-legacy",
	summary: "allows recording and capturing the screen through the GNOME Shell, Mutter and KWin D-Bus APIs",
	plugAppArmor: []string{
		"path=/org/gnome/Shell/Screencast\n    interface=org.gnome.Shell.Screencast\n    member={Screencast,ScreencastArea,StopScreencast}\n    peer=(label=PEER),",
		"path=/org/gnome/Mutter/ScreenCast\n    interface=org.gnome.Mutter.ScreenCast\n    member=CreateSession\n    peer=(label=PEER),",
		"path=/org/kde/KWin/ScreenShot2\n    interface=org.kde.KWin.ScreenShot2",
	},
	mustNotGrant: []string{"RemoteDesktop", "Eval", "pipewire", "dbus (bind)", "bus=system"},
}}})

func (s *screencastLegacySuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "screencast-legacy", staticInfo{summary: s.summary, implicitOnClassic: true, slots: declSystemSlotNoAutoConnect})
}

// The app records and captures through GNOME Shell, Mutter and KWin;
// it does not drive input through Mutter's remote desktop, run code in
// either shell, read the PipeWire socket (pipewire's), or pose as the
// shell.
func (s *screencastLegacySuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("screencast-legacy"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/user/1000/bus",
		"dbus send bus=session path=/org/gnome/Shell/Screencast interface=org.gnome.Shell.Screencast member=Screencast name=org.gnome.Shell.Screencast peer=unconfined",
		"dbus send bus=session path=/org/gnome/Shell/Screenshot interface=org.gnome.Shell.Screenshot member=ScreenshotArea name=org.gnome.Shell.Screenshot peer=unconfined",
		"dbus send bus=session path=/org/gnome/Mutter/ScreenCast interface=org.gnome.Mutter.ScreenCast member=CreateSession name=org.gnome.Mutter.ScreenCast peer=unconfined",
		"dbus send bus=session path=/org/gnome/Mutter/ScreenCast/Session/u2 interface=org.gnome.Mutter.ScreenCast.Session member=RecordMonitor name=org.gnome.Mutter.ScreenCast peer=unconfined",
		"dbus send bus=session path=/org/gnome/Mutter/ScreenCast/Stream/u3 interface=org.freedesktop.DBus.Properties member=Get name=org.gnome.Mutter.ScreenCast peer=unconfined",
		"dbus receive bus=session path=/org/gnome/Mutter/ScreenCast/Stream/u3 interface=org.gnome.Mutter.ScreenCast.Stream member=PipeWireStreamAdded peer=unconfined",
		"dbus send bus=session path=/org/kde/KWin/ScreenShot2 interface=org.kde.KWin.ScreenShot2 member=CaptureActiveScreen name=org.kde.KWin peer=unconfined",
		"dbus send bus=session path=/Screenshot interface=org.kde.kwin.Screenshot member=screenshotFullscreen name=org.kde.KWin peer=unconfined",
	}, []string{
		"dbus send bus=session path=/org/gnome/Mutter/RemoteDesktop interface=org.gnome.Mutter.RemoteDesktop member=CreateSession name=org.gnome.Mutter.RemoteDesktop peer=unconfined",
		"dbus send bus=session path=/org/gnome/Mutter/RemoteDesktop/Session/u4 interface=org.gnome.Mutter.RemoteDesktop.Session member=NotifyKeyboardKeysym name=org.gnome.Mutter.RemoteDesktop peer=unconfined",
		"dbus send bus=session path=/org/gnome/Shell interface=org.gnome.Shell member=Eval name=org.gnome.Shell peer=unconfined",
		"dbus send bus=session path=/Scripting interface=org.kde.kwin.Scripting member=loadScript name=org.kde.KWin peer=unconfined",
		"dbus send bus=session path=/org/gnome/Mutter/ScreenCast/Session/u2 interface=org.freedesktop.DBus.Properties member=Set name=org.gnome.Mutter.ScreenCast peer=unconfined",
		"dbus bind bus=session name=org.gnome.Shell.Screencast",
		"file rw /run/user/1000/pipewire-0",
		"file rw /run/dbus/system_bus_socket",
	})
}
