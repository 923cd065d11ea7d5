// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// desktop-launch lets an app find the desktop entries of every installed
// snap and launch them on the user's behalf, as a dock, app menu or
// launcher does. Launching goes through snapd's privileged session agent,
// which starts the entry outside the caller's confinement, so a connected
// app can start any app the user could: installing the plug needs a snap
// declaration and it never auto-connects. The slot is the system's, on
// classic only.

const desktopLaunchSummary = `allows finding and launching the desktop apps of other snaps`

const desktopLaunchConnectedPlugAppArmor = `
# Description: find and launch the desktop apps of installed snaps.

# Read the desktop entries and icons snapd exports for every snap, and
# the icons that entries name inside each snap.
/var/lib/snapd/desktop/ r,
/var/lib/snapd/desktop/applications/ r,
/var/lib/snapd/desktop/applications/** r,
/var/lib/snapd/desktop/icons/ r,
/var/lib/snapd/desktop/icons/** r,
@{INSTALL_DIR}/*/*/meta/gui/ r,
@{INSTALL_DIR}/*/*/meta/gui/** r,

# Ask snapd's session agent to launch an entry.
#include <abstractions/dbus-session-strict>
dbus (send)
    bus=session
    path=/io/snapcraft/PrivilegedDesktopLauncher
    interface=io.snapcraft.PrivilegedDesktopLauncher
    member=OpenDesktopEntry
    peer=(label=###SLOT_SECURITY_TAGS###),

# List snaps and fetch their icons from snapd's API for snaps.
/run/snapd-snap.socket rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "desktop-launch",
		summary:               desktopLaunchSummary,
		docURL:                "https://snapcraft.io/docs/desktop-launch-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: desktopLaunchConnectedPlugAppArmor,
	})
}
