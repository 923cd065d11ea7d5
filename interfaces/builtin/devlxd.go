// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// devlxd lets an app inside an LXD instance talk to LXD's guest API,
// DevLXD: plain HTTP with JSON on the unix socket /dev/lxd/sock, which
// LXD exposes in every container whose security.devlxd is on (the
// default), and which the LXD agent creates in virtual machines. The
// API answers only about the instance that asks: its configuration
// (the user.* keys, cloud-init's data), its meta-data and devices, the
// events LXD sends it, and, where the instance allows it, image
// exports and, with a bearer token, management of the instance's own
// storage. The slot is the system's, on classic and Ubuntu Core: the
// snap runs inside the instance, whose system carries it; whoever
// serves the socket (LXD on the host, the agent in a VM) is outside the
// snap's reach. The instance's configuration often carries credentials
// (cloud-init user data), so installing the plug needs a snap
// declaration, and it never auto-connects.
//
// The socket is a file, which AppArmor decides by its file rule; no
// unix rule names the server, which is on the other side of the
// instance's boundary.
//
// Difference from the reference, whose plug also opens generic netlink
// sockets: a DevLXD client only connects to a unix socket file and
// speaks HTTP over it, all in the base allow-list, so the plug adds no
// seccomp rule.

const devlxdSummary = `allows access to the LXD devlxd socket`

const devlxdConnectedPlugAppArmor = `
# Description: talk to LXD's guest API (DevLXD) from inside an LXD
# instance: the instance's configuration, meta-data, devices and events.

# The API socket LXD (or, in a virtual machine, the LXD agent) serves in
# the instance; connecting to it needs write access to the socket file.
/dev/lxd/sock rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "devlxd",
		summary:               devlxdSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: devlxdConnectedPlugAppArmor,
	})
}
