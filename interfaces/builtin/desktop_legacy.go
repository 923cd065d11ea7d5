// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// desktop-legacy gives a graphical app the desktop services it reaches
// directly rather than through the XDG portals: the accessibility bus
// (screen readers), input methods (IBus, Fcitx, Mozc), notifications, and
// reading the desktop's theme settings. These channels are less mediated
// than the portals, which is why they sit apart from desktop. The slot is
// the system's, on classic only; plugs auto-connect.

const desktopLegacySummary = `allows access to desktop services reached without the XDG portals`

const desktopLegacyConnectedPlugAppArmor = `
# Description: use the desktop's accessibility bus, input methods,
# notifications and theme settings.

# Connect to the session bus.
#include <abstractions/dbus-session-strict>

# Accessibility: ask the session for the accessibility bus's address, then
# connect to that bus and talk to the assistive technologies on it.
dbus (send)
    bus=session
    path=/org/a11y/bus
    interface=org.a11y.Bus
    member=GetAddress
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/a11y/bus
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
owner /run/user/[0-9]*/at-spi/ r,
owner /run/user/[0-9]*/at-spi/bus* rw,
unix (connect, send, receive) type=stream peer=(addr="@/tmp/dbus-*"),
dbus (send, receive)
    bus=accessibility
    peer=(label=###SLOT_SECURITY_TAGS###),
` + inputMethodsAppArmor + notificationsAppArmor + desktopLookAndFeelAppArmor

const desktopLegacyConnectedPlugSecComp = `
# Description: use the desktop's legacy services.

# Accessibility: each app serves its own peer-to-peer D-Bus socket, to
# which screen readers connect directly (at-spi2-atk and Qt's bridge):
# listen and accept there.
listen
accept
accept4
` + udevInputMonitorSecComp

func init() {
	registerIface(&commonInterface{
		name:                  "desktop-legacy",
		summary:               desktopLegacySummary,
		docURL:                "https://snapcraft.io/docs/desktop-legacy-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlot,
		connectedPlugAppArmor: desktopLegacyConnectedPlugAppArmor,
		connectedPlugSecComp:  desktopLegacyConnectedPlugSecComp,
	})
}
