// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// screen-inhibit-control lets an app keep the screen on and the session
// from going idle, for as long as it plays a video or presents, by asking
// the session's screen saver, session manager or power manager to
// inhibit.
//
// The slot is the host's session on classic, or an app snap that
// provides the screen saver service (a kiosk session): it gets permanent
// policy to own the service's names and connected policy to take
// requests from each client, named by its label. Base declaration: the
// system slot on classic auto-connects; connecting to an app's service on
// Ubuntu Core needs a snap declaration, and an app's service is
// auto-connected only where a snap declaration allows it.

const screenInhibitControlSummary = `allows keeping the screen on and the session from going idle`

const screenInhibitControlConnectedPlugAppArmor = `
# Description: keep the screen on and the session from going idle.

# Connect to the session bus.
#include <abstractions/dbus-session-strict>

# Inhibit the screen saver, and report activity to delay it.
dbus (send)
    bus=session
    path=/{,org/freedesktop/}ScreenSaver
    interface=org.freedesktop.ScreenSaver
    member={Inhibit,UnInhibit,SimulateUserActivity,GetActive}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Inhibit idling through the GNOME or MATE session manager.
dbus (send)
    bus=session
    path=/org/{gnome,mate}/SessionManager
    interface=org.{gnome,mate}.SessionManager
    member={Inhibit,Uninhibit,IsInhibited}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Inhibit idling through the freedesktop power management service.
dbus (send)
    bus=session
    path=/org/freedesktop/PowerManagement/Inhibit
    interface=org.freedesktop.PowerManagement.Inhibit
    member={Inhibit,UnInhibit,HasInhibit}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const screenInhibitControlPermanentSlotAppArmor = `
# Description: provide the screen saver and power management inhibition
# services.

# Own the services' names on the session bus.
#include <abstractions/dbus-session-strict>
dbus (bind)
    bus=session
    name={org.freedesktop.ScreenSaver,org.freedesktop.PowerManagement},
`

const screenInhibitControlConnectedSlotAppArmor = `
# Description: take inhibition requests from the connected client.

# Receive the client's requests; replies are allowed with them.
dbus (receive)
    bus=session
    path={/ScreenSaver,/org/freedesktop/ScreenSaver,/org/freedesktop/PowerManagement/Inhibit}
    interface={org.freedesktop.ScreenSaver,org.freedesktop.PowerManagement.Inhibit}
    peer=(label=###PLUG_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "screen-inhibit-control",
		summary:               screenInhibitControlSummary,
		docURL:                "https://snapcraft.io/docs/screen-inhibit-control-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlot,
		connectedPlugAppArmor: screenInhibitControlConnectedPlugAppArmor,
		permanentSlotAppArmor: screenInhibitControlPermanentSlotAppArmor,
		connectedSlotAppArmor: screenInhibitControlConnectedSlotAppArmor,
	})
}
