// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// podman lets an app drive Podman through its REST API, which
// "podman system service" serves on a unix socket (started on demand
// by systemd's podman.socket): the podman remote client, Docker API
// clients pointed at it (DOCKER_HOST), compose tools. The rootful
// service listens on /run/podman/podman.sock, a user's rootless one on
// podman/podman.sock in the user's runtime directory. On classic the
// slot is the system's, served by the host's Podman; Ubuntu Core has
// no Podman of its own, so no slot there. A snap shipping Podman
// carries the slot with a snap declaration, and its service then gets
// the serving side's rules below.
//
// Whoever drives the rootful service can start a privileged container
// or mount any host path into one, which is root's power, so, as under
// the reference, the base declaration lets no plug connect, even by
// hand, without a snap declaration; any snap may carry the plug.
//
// The plug reaches the service through the socket file, which AppArmor
// decides by the file rule; no unix rule names the service's label
// (unconfined on classic), which would open every abstract socket of
// the host's unconfined processes. A rootless socket is reached only in
// the user's own runtime directory (owner).
//
// Its seccomp rules are those of the clients of container and cluster
// daemons (daemonClientSecComp), as in the reference. The serving snap
// listens and accepts through network-bind, which it plugs: the slot
// adds no syscall of its own.

const podmanSummary = `allows access to the Podman socket`

// podmanSlot: the system carries the slot on classic, an app snap only
// with a snap declaration, and no plug connects, even by hand, without
// one.
const podmanSlot = `
allow-installation:
  slot-snap-type:
    - core
deny-connection: true
deny-auto-connection: true
`

const podmanConnectedPlugAppArmor = `
# Description: drive Podman through its API socket. The rootful API can
# start privileged containers and mount any host path into them, which
# is root's power.

# The rootful service's socket, a file that the kernel decides by this
# rule; /var/run/podman/podman.sock resolves to it.
@{run}/podman/podman.sock rw,

# A rootless service's socket, in the runtime directory of the user the
# app runs as, and no other user's.
owner @{run}/user/@{uid}/podman/podman.sock rw,
`

const podmanConnectedPlugSecComp = `
# Description: drive Podman through its API socket.
` + daemonClientSecComp

const podmanPermanentSlotAppArmor = `
# Description: serve the Podman API on /run/podman/podman.sock.

# Create the socket's directory and the socket at start (or take it from
# systemd's socket unit), and remove them at exit.
@{run}/podman/ rw,
@{run}/podman/podman.sock rw,
`

const podmanConnectedSlotAppArmor = `
# Description: serve the Podman API to the connected snap's apps.

# Requests and replies, and the streams of attached containers and exec
# sessions, on the connections the clients opened.
unix (receive, send) type=stream peer=(label=###PLUG_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "podman",
		summary:               podmanSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  podmanSlot,
		connectedPlugAppArmor: podmanConnectedPlugAppArmor,
		connectedPlugSecComp:  podmanConnectedPlugSecComp,
		connectedSlotAppArmor: podmanConnectedSlotAppArmor,
		permanentSlotAppArmor: podmanPermanentSlotAppArmor,
	})
}
