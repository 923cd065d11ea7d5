// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// vsock-guest lets an app of a virtual machine's guest talk to its host
// over vsock, the socket family of the hypervisor's guest channel (KVM's
// vhost-vsock, Hyper-V, VMware, AWS Nitro enclaves): guest agents and
// the tools of cloud and VM managers connect to a port of the host (CID
// 2) and exchange messages there. The slot is the system's, on classic
// and Ubuntu Core; any snap may plug, and it is connected by hand.
// Listening for the host's connections is network-bind's, as it is for
// every family.
//
// The seccomp rule opens the vsock family, which the base allow-list
// leaves out; the AppArmor rules let it be used.
//
// Not rendered here: udev. The app's device cgroup admits /dev/vsock
// only once a udev rule tags the node for the app's security tag; a
// daemon using this library writes that rule itself.

const vsockGuestSummary = `allows a virtual machine's guest to talk to its host over vsock`

const vsockGuestConnectedPlugAppArmor = `
# Description: talk to the host of the virtual machine over vsock.

# Vsock sockets, stream and datagram (seqpacket on some transports).
network vsock stream,
network vsock dgram,
network vsock seqpacket,

# The guest's own context id, which an ioctl on /dev/vsock returns.
/dev/vsock r,
`

const vsockGuestConnectedPlugSecComp = `
# Description: talk to the host of the virtual machine over vsock.

# Vsock sockets, connected to a port of the host (binding a port of the
# guest's own is allowed by the base).
socket AF_VSOCK
`

func init() {
	registerIface(&commonInterface{
		name:                  "vsock-guest",
		summary:               vsockGuestSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: vsockGuestConnectedPlugAppArmor,
		connectedPlugSecComp:  vsockGuestConnectedPlugSecComp,
	})
}
