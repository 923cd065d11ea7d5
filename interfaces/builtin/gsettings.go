// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// gsettings lets an app read and change the user's desktop settings
// (GSettings, stored by dconf). The settings database is one per user
// and shared by every app, so a connected app can read and change any
// app's or the desktop's settings, not only its own. The slot is the
// system's, on classic only; plugs auto-connect.

const gsettingsSummary = `allows reading and changing the user's desktop settings`

const gsettingsConnectedPlugAppArmor = `
# Description: read and change the user's desktop settings (dconf).

# Read the settings database, system defaults and locks, and map the
# shared-memory flag dconf uses to tell readers the database changed.
owner @{HOME}/.config/dconf/ r,
owner @{HOME}/.config/dconf/user r,
/etc/dconf/ r,
/etc/dconf/** r,
owner /run/user/[0-9]*/dconf/ rw,
owner /run/user/[0-9]*/dconf/user rwk,

# Change settings through the dconf writer service, and hear of changes.
#include <abstractions/dbus-session-strict>
dbus (send)
    bus=session
    path=/ca/desrt/dconf/Writer/user
    interface=ca.desrt.dconf.Writer
    member={Change,Init}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/ca/desrt/dconf/Writer/user
    interface=ca.desrt.dconf.Writer
    member=Notify
    peer=(label=###SLOT_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "gsettings",
		summary:               gsettingsSummary,
		docURL:                "https://snapcraft.io/docs/gsettings-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlot,
		connectedPlugAppArmor: gsettingsConnectedPlugAppArmor,
	})
}
