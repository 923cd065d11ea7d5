// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// libvirt lets an app manage virtual machines, networks and storage
// through libvirt's API: it talks to the libvirt daemons over their
// unix sockets in /run/libvirt. On classic the slot is the system's,
// served by the host's libvirtd (or the modular virtqemud,
// virtnetworkd, ...); Ubuntu Core has no libvirt, so no slot there. A
// snap that ships libvirt itself can carry the slot with a snap
// declaration, and then gets the serving side's policy below. Any snap
// may plug; it never auto-connects: whoever drives libvirt can give a
// VM any host file or device, which is root's power.
//
// The reference adds seccomp rules to the plug; a libvirt client only
// connects to a unix socket and sends and receives on it (passing file
// descriptors with sendmsg), all of which the base allows, so none is
// added here.
//
// The serving snap listens on its socket and accepts clients through
// network-bind, which it plugs, as under the reference: the slot adds no
// syscall of its own.
//
// The daemons' sockets are files, which AppArmor decides by the file
// rules: the plug has no unix rule naming the daemons' label,
// unconfined on classic, which would open every abstract socket of the
// host's unconfined processes.

const libvirtSummary = `allows access to the libvirt service`

// libvirtSocketsRule names the API sockets of libvirtd, read-write and
// read-only, and of the modular daemons that replace it on newer hosts.
const libvirtSocketsRule = `@{run}/libvirt/{libvirt,virtqemud,virtnetworkd,virtstoraged,virtnodedevd,virtinterfaced,virtnwfilterd,virtsecretd,virtproxyd}-sock{,-ro} rw,
`

const libvirtConnectedPlugAppArmor = `
# Description: manage virtual machines, networks and storage through
# the libvirt daemons.

# The API sockets: libvirtd's, read-write and read-only, and those of
# the modular daemons that replace it on newer hosts. Not the admin
# socket, which reconfigures the daemons themselves, nor those of the
# logging and locking daemons, which only the daemons use.
` + libvirtSocketsRule

const libvirtPermanentSlotAppArmor = `
# Description: serve libvirt's API on its unix sockets in /run/libvirt.

# The directory and the API sockets it holds, created at start.
@{run}/libvirt/ rw,
` + libvirtSocketsRule + ``

const libvirtConnectedSlotAppArmor = `
# Description: serve libvirt's API to the connected snap's apps.

# Requests and replies, and the descriptors passed with them, on the
# connections the clients opened.
unix (receive, send) type=stream peer=(label=###PLUG_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "libvirt",
		summary:               libvirtSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: libvirtConnectedPlugAppArmor,
		connectedSlotAppArmor: libvirtConnectedSlotAppArmor,
		permanentSlotAppArmor: libvirtPermanentSlotAppArmor,
	})
}
