// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// lxd lets an app drive LXD through its REST API over the daemon's unix
// socket: create, start and enter containers and virtual machines, as
// the lxc client, MicroCloud and Multipass's LXD backend do. The slot
// is the LXD snap's. The base declaration lets no snap carry the slot
// and no plug connect to it: both come from the snap declarations of
// the LXD snap and of the snaps it trusts. Driving LXD is root's power
// on the host (privileged containers, host devices and paths given to
// instances), hence the gate.
//
// The plug's rules name the sockets in the slot snap's own directory,
// so that a parallel install of LXD (lxd_x) serves its own clients.
//
// The serving snap listens on its socket and accepts clients through
// network-bind, which it plugs, as under the reference: the slot adds no
// syscall of its own.
// The plug keeps listen and accept, which the reference leaves to
// network-bind: the lxc client serves consoles and files (below).

const lxdSummary = `allows access to the LXD API`

// lxdConnectedPlugAppArmor is rendered with the instance name of the
// slot's snap.
const lxdConnectedPlugAppArmor = `
# Description: drive LXD through its API.

# The API sockets in the LXD snap's common directory: the daemon's, and
# lxd-user's, which serves users their restricted projects.
/var/snap/%[1]s/common/lxd/unix.socket rw,
/var/snap/%[1]s/common/lxd-user/unix.socket rw,

# Talk to the daemon serving the slot.
unix (connect, send, receive) type=stream peer=(label=###SLOT_SECURITY_TAGS###),
`

const lxdConnectedPlugSecComp = `
# Description: drive LXD through its API.

# "lxc console --type=vga" serves the instance's console on a local
# socket for the SPICE viewer it starts, and "lxc file mount" serves
# the instance's files to an SFTP client; both listen and accept.
listen
accept
accept4
` + daemonClientSecComp

const lxdPermanentSlotAppArmor = `
# Description: serve the LXD API on unix sockets in the snap's common
# directory.

# The API sockets, created at start. A parallel install sees its own
# directory at both names.
/var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/common/lxd/unix.socket rw,
/var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/common/lxd-user/unix.socket rw,
`

const lxdConnectedSlotAppArmor = `
# Description: serve the LXD API to the connected snap's apps.

# Requests and replies, and the websockets of consoles and exec
# sessions, on the connections the clients opened.
unix (receive, send) type=stream peer=(label=###PLUG_SECURITY_TAGS###),
`

// lxdInterface renders the plug's rules with the slot snap's instance
// name.
type lxdInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*lxdInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*lxdInterface)(nil)
)

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *lxdInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	instance := slot.Snap().InstanceName()
	// Snap names are checked when snap.yaml is read; check again, since
	// the name becomes part of a rule.
	if err := snap.ValidateInstanceName(instance); err != nil {
		return fmt.Errorf("cannot use slot %q: %w", slot.Name(), err)
	}
	spec.AddSnippet(withPeerLabels(fmt.Sprintf(iface.connectedPlugAppArmor, instance), plug, slot))
	return nil
}

func init() {
	registerIface(&lxdInterface{commonInterface{
		name:                  "lxd",
		summary:               lxdSummary,
		implicitOn:            notImplicit,
		baseDeclarationSlots:  snapOwnedSlot,
		connectedPlugAppArmor: lxdConnectedPlugAppArmor,
		connectedPlugSecComp:  lxdConnectedPlugSecComp,
		connectedSlotAppArmor: lxdConnectedSlotAppArmor,
		permanentSlotAppArmor: lxdPermanentSlotAppArmor,
	}})
}
