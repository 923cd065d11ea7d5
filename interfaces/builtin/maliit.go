// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// maliit lets an app type with the Maliit input method server, the
// on-screen keyboard of Ubuntu Touch and Lomiri, which a snap serves.
// The app's input context plugin (Qt's or GTK's) reads the server's
// address from its object on the session bus (the "address" property
// of org.maliit.Server.Address at /org/maliit/server/address, owned
// as org.maliit.server), then talks to the server over a peer-to-peer
// D-Bus connection on the abstract socket the server listens on under
// /tmp/maliit-server: the app tells the server about focus, the cursor
// and the surrounding text (com.meego.inputmethod.uiserver1) and the
// server calls back into the app's input context
// (com.meego.inputmethod.inputcontext1) to commit text and send keys.
// A peer-to-peer connection has no bus daemon to mediate its messages,
// so the unix rule that names the socket and the server's label is the
// whole of that part.
//
// Only an app snap may carry the slot, and connecting to it needs a
// snap declaration, as does auto-connecting: the server sees what the
// user types. The slot gets policy to own org.maliit.server, serve its
// address, and listen on its socket for connected clients. Both sides
// join the session bus with the shared rules (dbusSessionBusAppArmor).

const maliitSummary = `allows typing with the Maliit input method server`

const maliitConnectedPlugAppArmor = `
# Description: type with the Maliit input method server.

# Read the server's address from its object on the session bus.
dbus (send)
    bus=session
    path=/org/maliit/server/address
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(name=org.maliit.server, label=###SLOT_SECURITY_TAGS###),

# Talk to the server over its peer-to-peer connection: the abstract
# socket libdbus makes in /tmp/maliit-server, with the server's label.
unix (connect, send, receive) type=stream peer=(label=###SLOT_SECURITY_TAGS###, addr="@/tmp/maliit-server/dbus-*"),
` + dbusSessionBusAppArmor

var maliitPermanentSlotAppArmor = `
# Description: operate as the Maliit input method server.

` + dbusOwnNameRules(dbusSessionBus, "org.maliit.server") + `
# Listen for input contexts on the peer-to-peer socket.
unix (bind, listen) type=stream addr="@/tmp/maliit-server/dbus-*",
` + dbusSessionBusAppArmor

const maliitPermanentSlotSecComp = `
# Description: operate as the Maliit input method server.
` + serverSocketSecComp

const maliitConnectedSlotAppArmor = `
# Description: serve a connected client's input context.

# Give the client the server's address.
dbus (receive)
    bus=session
    path=/org/maliit/server/address
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###PLUG_SECURITY_TAGS###),

# Accept the client on the peer-to-peer socket and exchange messages
# with it.
unix (accept, send, receive) type=stream addr="@/tmp/maliit-server/dbus-*" peer=(label=###PLUG_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "maliit",
		summary:               maliitSummary,
		baseDeclarationSlots:  appServiceSlotNeedsDeclaration,
		connectedPlugAppArmor: maliitConnectedPlugAppArmor,
		permanentSlotAppArmor: maliitPermanentSlotAppArmor,
		permanentSlotSecComp:  maliitPermanentSlotSecComp,
		connectedSlotAppArmor: maliitConnectedSlotAppArmor,
	})
}
