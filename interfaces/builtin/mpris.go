// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// mpris lets a media player be found and controlled over MPRIS, the
// D-Bus API through which desktop shells, media keys and sound menus
// drive players. The slot is the player's (an app snap): it owns
// org.mpris.MediaPlayer2.NAME on the session bus, and NAME.* for extra
// instances, as the specification asks, and serves the player object
// /org/mpris/MediaPlayer2. NAME is the snap's instance name unless the
// slot's "name" attribute says otherwise. The plug is a controller's,
// which may then call and watch the player. The desktop's own
// controllers run unconfined and need no connection.
//
// Both sides join the session bus with the shared rules
// (dbusSessionBusAppArmor).
//
// A manual connection is allowed when the slot keeps the default name;
// a slot that claims another name (maybe another player's) needs a
// snap declaration to connect. It never auto-connects.
//
// A "name" is refused unless the whole bus name it makes is a valid
// well-known name of at most 255 bytes (the D-Bus specification's
// limit), as the reference refuses it.

const mprisSummary = `allows operating as a media player controlled over MPRIS, or controlling one`

const mprisBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - app
deny-connection:
  slot-attributes:
    name: .+
deny-auto-connection: true
`

// mprisInterfaces are the D-Bus interfaces of the player object.
const mprisInterfaces = `{org.mpris.MediaPlayer2{,.Player,.TrackList,.Playlists},org.freedesktop.DBus.{Properties,Introspectable}}`

// mprisSignals are the members a player emits: property changes, a
// jump in position, and track list and playlist changes.
const mprisSignals = `{PropertiesChanged,Seeked,TrackListReplaced,TrackAdded,TrackRemoved,TrackMetadataChanged,PlaylistChanged}`

const mprisConnectedPlugAppArmor = `
# Description: control a media player over MPRIS.

# Find players: list the names on the session bus (the shared bus rules
# below follow them as they come and go).
dbus (send)
    bus=session
    path=/org/freedesktop/DBus
    interface=org.freedesktop.DBus
    member={ListNames,ListActivatableNames}
    peer=(name=org.freedesktop.DBus, label=unconfined),

# Call the player object: play, pause, seek, read and set properties.
dbus (send)
    bus=session
    path=/org/mpris/MediaPlayer2
    interface=` + mprisInterfaces + `
    peer=(label=###SLOT_SECURITY_TAGS###),

# The player's signals.
dbus (receive)
    bus=session
    path=/org/mpris/MediaPlayer2
    member=` + mprisSignals + `
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSessionBusAppArmor

// mprisServeAppArmor serves the player object to the peer %[1]s.
const mprisServeAppArmor = `dbus (receive)
    bus=session
    path=/org/mpris/MediaPlayer2
    interface=` + mprisInterfaces + `
    peer=(label=%[1]s),
dbus (send)
    bus=session
    path=/org/mpris/MediaPlayer2
    member=` + mprisSignals + `
    peer=(label=%[1]s),
`

const mprisPermanentSlotAppArmor = `
# Description: operate as a media player controlled over MPRIS.

%[1]s
# The desktop's own controllers (shell, media keys, sound menu) run
# unconfined: take their calls and send them the player's signals.
%[2]s` + dbusSessionBusAppArmor

const mprisConnectedSlotAppArmor = `
# Description: be controlled by a connected MPRIS controller: take its
# calls and send it the player's signals.
`

// mprisInterface checks the slot's "name" attribute and renders the
// name the player owns.
type mprisInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*mprisInterface)(nil)
	_ interfaces.AttributeDescriber = (*mprisInterface)(nil)
	_ interfaces.SlotSanitizer      = (*mprisInterface)(nil)
	_ apparmor.PermanentSlotDefiner = (*mprisInterface)(nil)
)

// mprisBusPrefix starts the bus name of every MPRIS player; the "name"
// attribute completes it, to at most AttrNameMax bytes in all.
const (
	mprisBusPrefix = "org.mpris.MediaPlayer2."
	mprisNameMax   = AttrNameMax - len(mprisBusPrefix)
)

// mprisBusName returns the well-known name pattern the player owns:
// its own name and the names of its extra instances.
func mprisBusName(attrs map[string]interface{}) (string, error) {
	name, ok, err := stringAttr(attrs, "name")
	if err != nil {
		return "", err
	}
	if !ok {
		return "org.mpris.MediaPlayer2.@{SNAP_INSTANCE_NAME}{,.*}", nil
	}
	if err := checkLength(`"name"`, name, mprisNameMax); err != nil {
		return "", err
	}
	if err := validateDBusName(mprisBusPrefix + name); err != nil {
		return "", fmt.Errorf(`"name" %q does not make a valid bus name after "org.mpris.MediaPlayer2."`, name)
	}
	return "org.mpris.MediaPlayer2." + name + "{,.*}", nil
}

// BeforePrepareSlot implements interfaces.SlotSanitizer.
func (iface *mprisInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	if _, err := mprisBusName(slot.Attrs); err != nil {
		return slotAttrError(slot, err)
	}
	return nil
}

// AppArmorPermanentSlot implements apparmor.PermanentSlotDefiner.
func (iface *mprisInterface) AppArmorPermanentSlot(spec *apparmor.Specification, slot *snap.SlotInfo) error {
	name, err := mprisBusName(slot.Attrs)
	if err != nil {
		return slotAttrError(slot, err)
	}
	spec.AddSnippet(fmt.Sprintf(mprisPermanentSlotAppArmor, dbusOwnNameRules(dbusSessionBus, name), fmt.Sprintf(mprisServeAppArmor, "unconfined")))
	return nil
}

// mprisAttributes describes the slot's "name" (mprisBusName).
var mprisAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "name", Type: interfaces.AttrTypeString, Default: "the snap's instance name",
		Description: fmt.Sprintf("NAME of the bus name org.mpris.MediaPlayer2.NAME the player owns (and NAME.* for its extra instances); the whole bus name must be a valid well-known name of at most %d bytes. A slot that sets it needs a snap declaration to connect.", AttrNameMax),
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a player under its snap's name", Slot: map[string]interface{}{}},
		{Title: "a player under a name of its own", Slot: map[string]interface{}{"name": "vlc"}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *mprisInterface) Attributes() interfaces.AttributeDoc { return mprisAttributes }

func init() {
	registerIface(&mprisInterface{commonInterface{
		name:                  "mpris",
		summary:               mprisSummary,
		baseDeclarationSlots:  mprisBaseDeclarationSlots,
		connectedPlugAppArmor: mprisConnectedPlugAppArmor,
		connectedSlotAppArmor: mprisConnectedSlotAppArmor + fmt.Sprintf(mprisServeAppArmor, plugLabelPlaceholder),
	}})
}
