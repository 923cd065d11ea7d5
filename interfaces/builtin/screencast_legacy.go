// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// screencast-legacy lets an app record and capture the screen through
// the desktop shells' own D-Bus APIs, which predate the screen-cast
// portal (org.freedesktop.portal.ScreenCast, which asks the user
// instead): GNOME Shell's screencast and screenshot services
// (org.gnome.Shell.Screencast, org.gnome.Shell.Screenshot), Mutter's
// screen-cast API (org.gnome.Mutter.ScreenCast: a session records a
// monitor, a window or an area into a PipeWire stream), and KWin's
// screenshot APIs (org.kde.KWin.ScreenShot2, and the older
// org.kde.kwin.Screenshot); KDE casts the screen through a Wayland
// protocol, which the wayland interface covers. These APIs do not ask
// the user, so the app sees whatever the screen shows.
//
// What the app may not do: take over input through Mutter's
// remote-desktop API (org.gnome.Mutter.RemoteDesktop), run code in the
// shell (org.gnome.Shell.Eval), or own any of these names. Reading a
// Mutter stream takes the PipeWire socket, which is the pipewire
// interface's.
//
// The slot is the system's, on classic distributions only: the shell
// is the desktop's own, unconfined. A connection is made by hand, never
// automatically. The app joins the session bus with the shared rules
// (dbusSessionBusAppArmor).

const screencastLegacySummary = `allows recording and capturing the screen through the GNOME Shell, Mutter and KWin D-Bus APIs`

const screencastLegacyConnectedPlugAppArmor = `
# Description: record and capture the screen through the desktop
# shell's D-Bus APIs; not control input or run code in the shell.

# GNOME Shell: record the screen or an area of it to a file, and take
# screenshots of the screen, a window or an area, picking the area or
# a colour and flashing it as the shell's own tools do.
dbus (send)
    bus=session
    path=/org/gnome/Shell/Screencast
    interface=org.gnome.Shell.Screencast
    member={Screencast,ScreencastArea,StopScreencast}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/gnome/Shell/Screenshot
    interface=org.gnome.Shell.Screenshot
    member={Screenshot,ScreenshotWindow,ScreenshotArea,SelectArea,FlashArea,PickColor}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Mutter: create a screen-cast session, record a monitor, a window, an
# area or a virtual monitor into PipeWire streams, start and stop it,
# read its properties, and hear when a stream is ready and when the
# session closes.
dbus (send)
    bus=session
    path=/org/gnome/Mutter/ScreenCast
    interface=org.gnome.Mutter.ScreenCast
    member=CreateSession
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/gnome/Mutter/ScreenCast/Session/*
    interface=org.gnome.Mutter.ScreenCast.Session
    member={Start,Stop,RecordMonitor,RecordWindow,RecordArea,RecordVirtual}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/gnome/Mutter/ScreenCast{,/Session/*,/Stream/*}
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/org/gnome/Mutter/ScreenCast/{Session,Stream}/*
    interface=org.gnome.Mutter.ScreenCast.{Session,Stream}
    member={Closed,PipeWireStreamAdded}
    peer=(label=###SLOT_SECURITY_TAGS###),

# KWin: capture the screen, a window, an area or the workspace (the
# image comes back through a pipe the app passes), with the current
# API and the one before it.
dbus (send)
    bus=session
    path=/org/kde/KWin/ScreenShot2
    interface=org.kde.KWin.ScreenShot2
    member={CaptureWindow,CaptureActiveWindow,CaptureArea,CaptureScreen,CaptureActiveScreen,CaptureInteractive,CaptureWorkspace}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/kde/KWin/ScreenShot2
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/Screenshot
    interface=org.kde.kwin.Screenshot
    member={screenshotFullscreen,screenshotScreen,screenshotArea,screenshotForWindow,screenshotWindowUnderCursor,interactive}
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSessionBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "screencast-legacy",
		summary:               screencastLegacySummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: screencastLegacyConnectedPlugAppArmor,
	})
}
