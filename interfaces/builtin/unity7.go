// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// unity7 lets an app integrate with the Unity 7 desktop and the services
// its session runs on the session bus: the global menu, the launcher's
// counts and progress, indicators (StatusNotifierItem), notifications, the
// HUD and input methods. Unity 7 runs on X11, which does not isolate apps
// from each other (see x11). Many older desktop snaps plug it for the
// integration alone, on whichever desktop they run.
//
// The slot is the system's, on classic only, and plugs auto-connect: the
// session's services are unconfined host processes.

const unity7Summary = `allows integration with the Unity 7 desktop session services`

const unity7ConnectedPlugAppArmor = `
# Description: integrate with the Unity 7 desktop session.

# Connect to the session bus.
#include <abstractions/dbus-session-strict>

# Global menu: register the app's windows with the menu registrar, and
# serve their menus (dbusmenu, or GMenuModel with its actions) to the
# panel.
dbus (send)
    bus=session
    path=/com/canonical/AppMenu/Registrar
    interface=com.canonical.AppMenu.Registrar
    member={RegisterWindow,UnregisterWindow,GetMenuForWindow}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    interface={com.canonical.dbusmenu,org.gtk.Menus,org.gtk.Actions}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    interface={com.canonical.dbusmenu,org.gtk.Menus,org.gtk.Actions}
    member={LayoutUpdated,ItemsPropertiesUpdated,ItemActivationRequested,Changed}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Launcher: show a count, progress or urgency on the app's icon, and
# answer the launcher's query for it.
dbus (send)
    bus=session
    path=/com/canonical/unity/launcherentry/[0-9]*
    interface=com.canonical.Unity.LauncherEntry
    member=Update,
dbus (receive)
    bus=session
    path=/com/canonical/unity/launcherentry/[0-9]*
    interface=com.canonical.Unity.LauncherEntry
    member=Query
    peer=(label=###SLOT_SECURITY_TAGS###),

# Indicators: take a StatusNotifierItem name, register the item with the
# watcher, and serve its properties and menu to the panel.
dbus (bind)
    bus=session
    name=org.kde.StatusNotifierItem-[0-9]*,
dbus (send)
    bus=session
    path=/StatusNotifierWatcher
    interface={org.kde.StatusNotifierWatcher,org.freedesktop.DBus.Properties}
    member={RegisterStatusNotifierItem,Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send, receive)
    bus=session
    path=/{StatusNotifierItem,org/ayatana/NotificationItem/*}{,/**}
    interface={org.kde.StatusNotifierItem,org.freedesktop.DBus.Properties,org.freedesktop.DBus.Introspectable}
    peer=(label=###SLOT_SECURITY_TAGS###),

# HUD: publish the app's actions to the heads-up display.
dbus (send, receive)
    bus=session
    path=/com/canonical/hud{,/**}
    interface=com.canonical.hud{,.**}
    peer=(label=###SLOT_SECURITY_TAGS###),
` + notificationsAppArmor + inputMethodsAppArmor + desktopLookAndFeelAppArmor + xdgOpenAppArmor

const unity7ConnectedPlugSecComp = `
# Description: integrate with the Unity 7 desktop session.
` + udevInputMonitorSecComp

func init() {
	registerIface(&commonInterface{
		name:                  "unity7",
		summary:               unity7Summary,
		docURL:                "https://snapcraft.io/docs/unity7-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlot,
		connectedPlugAppArmor: unity7ConnectedPlugAppArmor,
		connectedPlugSecComp:  unity7ConnectedPlugSecComp,
	})
}
