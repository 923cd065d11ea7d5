// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// microovn lets a snap drive a MicroOVN deployment through the control
// socket of the microovn snap's daemon, as MicroCloud does. The slot is
// the microovn snap's own: no snap may carry it, nor have it connected,
// without a snap declaration saying so, so the socket path below names
// that snap.
//
// Its seccomp rules are those of the clients of container and cluster
// daemons (daemonClientSecComp), as in the reference.

const microovnSummary = `allows access to the MicroOVN control socket`

const microovnConnectedPlugAppArmor = `
# Description: drive a MicroOVN deployment through the control socket
# of the microovn snap's daemon.

# The daemon's REST API listens on this socket in its common data.
/var/snap/microovn/common/state/control.socket rw,
unix (connect, send, receive) type=stream peer=(label=###SLOT_SECURITY_TAGS###),
`

const microovnConnectedPlugSecComp = `
# Description: drive the daemon through its control socket.
` + daemonClientSecComp

func init() {
	registerIface(&commonInterface{
		name:                  "microovn",
		summary:               microovnSummary,
		baseDeclarationSlots:  snapOwnedSlot,
		connectedPlugAppArmor: microovnConnectedPlugAppArmor,
		connectedPlugSecComp:  microovnConnectedPlugSecComp,
	})
}
