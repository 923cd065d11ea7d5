// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// mir lets an app be a client of a Mir display server over Mir's own
// client protocol (the server's mir_socket). Current Mir servers speak
// Wayland, for which the wayland interface is the one to use; this one is
// for the older protocol.
//
// The slot is only ever an app snap that is a Mir server; the system has
// none. Such a server gets permanent policy to drive the screens and
// input devices and to serve its socket, and connected policy to talk to
// each client, named by its label. Connecting to a Mir server needs a
// snap declaration, manual or automatic: a snap must not be able to pose
// as the display server and read its clients' input.

const mirSummary = `allows use of a Mir display server`

const mirConnectedPlugAppArmor = `
# Description: be a client of a Mir display server.

# Reach the server's socket, system-wide or in the runtime directory, and
# exchange messages with it.
/run/mir_socket rw,
owner /run/user/[0-9]*/mir_socket rw,
unix (connect, send, receive) type=stream peer=(label=###SLOT_SECURITY_TAGS###),
`

const mirPermanentSlotAppArmor = `
# Description: run a Mir display server that owns the screens and input
# devices and serves clients on its socket.

# Create the server's socket, system-wide or in the runtime directory.
/run/mir_socket rwk,
owner /run/user/[0-9]*/ r,
owner /run/user/[0-9]*/mir_socket rwk,
` + displayServerDevicesAppArmor

const mirPermanentSlotSecComp = `
# Description: run a Mir display server.
` + serverSocketSecComp + udevMonitorSocketSecComp

const mirConnectedSlotAppArmor = `
# Description: serve the connected Mir client.

# Accept the client's connection and exchange messages with it.
unix (accept, send, receive) type=stream peer=(label=###PLUG_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "mir",
		summary:               mirSummary,
		docURL:                "https://snapcraft.io/docs/mir-interface",
		implicitOn:            notImplicit,
		baseDeclarationSlots:  appServiceSlotNeedsDeclaration,
		connectedPlugAppArmor: mirConnectedPlugAppArmor,
		permanentSlotAppArmor: mirPermanentSlotAppArmor,
		permanentSlotSecComp:  mirPermanentSlotSecComp,
		connectedSlotAppArmor: mirConnectedSlotAppArmor,
	})
}
