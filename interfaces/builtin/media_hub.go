// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// media-hub connects apps with media-hub, the media playback service
// of Ubuntu Touch: the service owns core.ubuntu.media.Service on the
// session bus and plays audio and video for its clients, which create
// players below /core/ubuntu/media/Service and control them over D-Bus.
// The slot is provided by the snap that runs the service (an app snap,
// or the system on devices that ship it); the plug is its clients'. A
// client never auto-connects to a provider without a snap declaration,
// since a snap claiming to be the media service would receive what its
// clients play; a manual connection is allowed. Both sides join the
// session bus with the shared rules (dbusSessionBusAppArmor).

const mediaHubSummary = `allows operating as or talking to the media-hub playback service`

const mediaHubBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - app
    - core
deny-auto-connection: true
`

const mediaHubConnectedPlugAppArmor = `
# Description: talk to the media-hub service: create and control
# players, read their properties, and receive their signals.

# Calls to the service object and to the players below it.
dbus (send)
    bus=session
    path=/core/ubuntu/media/Service{,/**}
    peer=(name=core.ubuntu.media.Service, label=###SLOT_SECURITY_TAGS###),

# Replies come back unasked for; signals (a player's state, position or
# end of stream) need a rule.
dbus (receive)
    bus=session
    path=/core/ubuntu/media/Service{,/**}
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSessionBusAppArmor

const mediaHubPermanentSlotAppArmor = `
# Description: operate as the media-hub service.

# Own core.ubuntu.media.Service on the session bus, asking the bus
# daemon for it and giving it back; ask the bus daemon who a client is
# (its credentials and AppArmor label) to decide what it may play.
dbus (bind) bus=session name=core.ubuntu.media.Service,
dbus (send)
    bus=session
    path=/org/freedesktop/DBus
    interface=org.freedesktop.DBus
    member={RequestName,ReleaseName,GetConnectionCredentials,GetConnectionAppArmorSecurityContext}
    peer=(name=org.freedesktop.DBus, label=unconfined),
` + dbusSessionBusAppArmor

const mediaHubConnectedSlotAppArmor = `
# Description: serve a media-hub client.

# The client's calls to the service object and its players.
dbus (receive)
    bus=session
    path=/core/ubuntu/media/Service{,/**}
    peer=(label=###PLUG_SECURITY_TAGS###),

# Signals to the client about its players.
dbus (send)
    bus=session
    path=/core/ubuntu/media/Service{,/**}
    peer=(label=###PLUG_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "media-hub",
		summary:               mediaHubSummary,
		baseDeclarationSlots:  mediaHubBaseDeclarationSlots,
		connectedPlugAppArmor: mediaHubConnectedPlugAppArmor,
		permanentSlotAppArmor: mediaHubPermanentSlotAppArmor,
		connectedSlotAppArmor: mediaHubConnectedSlotAppArmor,
	})
}
