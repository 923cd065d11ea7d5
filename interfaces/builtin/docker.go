// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// docker lets an app drive a Docker daemon through its API socket,
// /run/docker.sock: the docker CLI, compose, and tools built on the
// Docker API. On classic the slot is the system's, served by the host's
// Docker; Ubuntu Core has no Docker of its own, so no slot there. The
// Docker snap carries the slot with a snap declaration (its dockerd
// serves it), and then gets the serving side's policy below. Any snap
// may plug; it never auto-connects: whoever drives Docker can start a
// privileged container or mount any host path into one, which is
// root's power.
//
// The serving snap listens on its socket and accepts clients through
// network-bind, which it plugs, as under the reference: the slot adds no
// syscall of its own.
// The plug keeps listen and accept, which the reference leaves to
// network-bind: the docker CLI serves a socket to its plugins.
//
// The plug reaches dockerd through its socket file, which AppArmor
// decides by the file rule: no unix rule names the daemon's label,
// unconfined on classic, which would open every abstract socket of the
// host's unconfined processes. The one abstract socket it uses is the
// CLI's own, named docker_cli_ and an id.

const dockerSummary = `allows access to the Docker socket`

const dockerConnectedPlugAppArmor = `
# Description: drive the Docker daemon through its API socket. The API
# can start privileged containers and mount any host path into them,
# which is root's power.

# The API socket, a file that the kernel decides by this rule;
# /var/run/docker.sock resolves to it.
@{run}/docker.sock rw,

# While a CLI plugin (compose, buildx) runs, the docker CLI listens on
# an abstract socket named docker_cli_ and a random id, and the plugin
# connects to it to learn when to stop.
unix (bind, listen, accept, send, receive) type=stream addr="@docker_cli_*",
unix (connect, send, receive) type=stream peer=(addr="@docker_cli_*"),
`

const dockerConnectedPlugSecComp = `
# Description: drive the Docker daemon.

# Serve the socket that supervises CLI plugins.
listen
accept
accept4
` + daemonClientSecComp

// daemonClientSecComp is what clients of container and cluster daemons
// (docker, lxd, microceph, microovn) get beyond the base, as in the
// reference: a generic netlink socket, which the tools that come with
// them use to read per-task statistics (taskstats, as container
// monitors do) and device and link details (ethtool, devlink); changing
// anything over it takes net_admin, which these interfaces do not grant.
const daemonClientSecComp = `
# Generic netlink, for per-task statistics and device details.
socket AF_NETLINK - NETLINK_GENERIC
`

const dockerPermanentSlotAppArmor = `
# Description: serve the Docker API on /run/docker.sock.

# Create the API socket at start, and remove it at exit.
@{run}/docker.sock rw,
`

const dockerConnectedSlotAppArmor = `
# Description: serve the Docker API to the connected snap's apps.

# Requests and replies, and the streams of attached containers, on the
# connections the clients opened.
unix (receive, send) type=stream peer=(label=###PLUG_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "docker",
		summary:               dockerSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: dockerConnectedPlugAppArmor,
		connectedPlugSecComp:  dockerConnectedPlugSecComp,
		connectedSlotAppArmor: dockerConnectedSlotAppArmor,
		permanentSlotAppArmor: dockerPermanentSlotAppArmor,
	})
}
