// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// pcscd lets an app use smart cards and security tokens through the
// host's PC/SC daemon, pcscd, as the PC/SC Lite library (libpcsclite)
// does: it connects to the daemon's socket, /run/pcscd/pcscd.comm, and
// asks it for readers, cards and transactions with them. The daemon
// talks to the readers itself; the app reaches no reader's device node.
// The slot is the system's, on classic only; it never auto-connects,
// since a card in a reader may be the user's signing or login key.
//
// pcscd may itself refuse a client: recent releases ask polkit whether
// the caller may use the daemon or a given reader.

const pcscdSummary = `allows using smart cards through the PC/SC daemon`

const pcscdConnectedPlugAppArmor = `
# Description: use smart cards and tokens through the host's PC/SC
# daemon, over its socket.

# The daemon's socket, where current and older releases of PC/SC Lite
# keep it (/var/run resolves to /run); nothing else of its directory.
@{run}/pcscd/pcscd.comm rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "pcscd",
		summary:               pcscdSummary,
		docURL:                "https://snapcraft.io/docs/pcscd-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: pcscdConnectedPlugAppArmor,
	})
}
