// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
)

// thumbnailer-service lets an app have thumbnails made by Ubuntu's
// thumbnailer (com.canonical.Thumbnailer on the session bus), which a
// snap serves: a thumbnail of an image or a video the app names
// (GetThumbnail), and the art of an album or an artist, which the
// service fetches (GetAlbumArt, GetArtistArt). The thumbnail comes back
// as a file descriptor over the bus. The app reaches nothing else on the
// bus through this interface.
//
// The service opens the file the client names itself, after checking
// with the kernel that the client's own profile lets it read that file
// (an AppArmor policy query on apparmorfs's .access). So that it can,
// the serving snap may read, for each connected client, that client's
// snap: its installed files and its system and per-user data. Files the
// client reaches through other interfaces (home, removable-media) are
// the service's to reach through its own plugs.
//
// Only an app snap may carry the slot, and connecting to it needs a
// snap declaration, as does auto-connecting: the service reads its
// clients' files. The slot gets policy to own the service's name, to ask
// the bus daemon who a client is, and to serve connected clients. Both
// sides join the session bus with the shared rules
// (dbusSessionBusAppArmor).

const thumbnailerServiceSummary = `allows having thumbnails made by the Ubuntu thumbnailer service`

const thumbnailerServiceClientAppArmor = `
# Ask the thumbnailer for a thumbnail of a file, or for the art of an
# album or an artist; each comes back as a file descriptor.
dbus (send)
    bus=session
    path=/com/canonical/Thumbnailer
    interface=com.canonical.Thumbnailer
    member={GetThumbnail,GetAlbumArt,GetArtistArt}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const thumbnailerServiceConnectedPlugAppArmor = `
# Description: have thumbnails made by the thumbnailer service.
` + thumbnailerServiceClientAppArmor + dbusSessionBusAppArmor

var thumbnailerServicePermanentSlotAppArmor = `
# Description: operate as the Ubuntu thumbnailer service.

` + dbusOwnNameRules(dbusSessionBus, "com.canonical.Thumbnailer") + dbusCallerIdentityAppArmor + `
# Check with the kernel that a client's profile lets it read the file
# it names, before opening it on the client's behalf.
/sys/kernel/security/apparmor/.access rw,
` + dbusSessionBusAppArmor

var thumbnailerServiceConnectedSlotAppArmor = dbusServingRules(`
# Description: serve thumbnails to a connected client: take its calls.
`, thumbnailerServiceClientAppArmor)

// thumbnailerClientFilesAppArmor lets the service read the files of
// the client snap %s: installed, system data and per-user data.
const thumbnailerClientFilesAppArmor = `
# Read the files of the client snap that it asks thumbnails of: its
# installed files, and its system and per-user data.
@{INSTALL_DIR}/%[1]s/** r,
/var/snap/%[1]s/** r,
owner @{HOME}/snap/%[1]s/** r,
`

// thumbnailerServiceInterface adds to the serving side read access to
// the connected client's snap, which it names.
type thumbnailerServiceInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*thumbnailerServiceInterface)(nil)
	_ apparmor.ConnectedSlotDefiner = (*thumbnailerServiceInterface)(nil)
)

// AppArmorConnectedSlot implements apparmor.ConnectedSlotDefiner. The
// client's instance name is a validated snap name, which stands for
// itself in a path.
func (iface *thumbnailerServiceInterface) AppArmorConnectedSlot(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	text := withPeerLabels(iface.connectedSlotAppArmor, plug, slot)
	if !isSystemSnap(plug.Snap()) {
		text += fmt.Sprintf(thumbnailerClientFilesAppArmor, plug.Snap().InstanceName())
	}
	spec.AddSnippet(text)
	return nil
}

func init() {
	registerIface(&thumbnailerServiceInterface{commonInterface{
		name:                  "thumbnailer-service",
		summary:               thumbnailerServiceSummary,
		baseDeclarationSlots:  appServiceSlotNeedsDeclaration,
		connectedPlugAppArmor: thumbnailerServiceConnectedPlugAppArmor,
		permanentSlotAppArmor: thumbnailerServicePermanentSlotAppArmor,
		connectedSlotAppArmor: thumbnailerServiceConnectedSlotAppArmor,
	}})
}
