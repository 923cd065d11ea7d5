// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// microceph lets a snap drive a MicroCeph cluster through the control
// socket of the microceph snap's daemon, as MicroCloud does. The slot is
// the microceph snap's own: no snap may carry it, nor have it
// connected, without a snap declaration saying so, so the socket path
// below names that snap.
//
// Its seccomp rules are those of the clients of container and cluster
// daemons (daemonClientSecComp), as in the reference.

const microcephSummary = `allows access to the MicroCeph control socket`

const microcephConnectedPlugAppArmor = `
# Description: drive a MicroCeph cluster through the control socket of
# the microceph snap's daemon.

# The daemon's REST API listens on this socket in its common data.
/var/snap/microceph/common/state/control.socket rw,
unix (connect, send, receive) type=stream peer=(label=###SLOT_SECURITY_TAGS###),
`

const microcephConnectedPlugSecComp = `
# Description: drive the daemon through its control socket.
` + daemonClientSecComp

func init() {
	registerIface(&commonInterface{
		name:                  "microceph",
		summary:               microcephSummary,
		baseDeclarationSlots:  snapOwnedSlot,
		connectedPlugAppArmor: microcephConnectedPlugAppArmor,
		connectedPlugSecComp:  microcephConnectedPlugSecComp,
	})
}
