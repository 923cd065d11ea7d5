// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// qualcomm-ipc-router lets an app talk to the other processors of a
// Qualcomm system (the modem, the DSPs, the Wi-Fi and sensor
// subsystems) over the kernel's IPC router, QRTR: it opens AF_QIPCRTR
// sockets, looks services up with the router's name service, and
// exchanges QMI messages with them, as ModemManager's libqmi, rmtfs,
// tqftpserv and pd-mapper do on Qualcomm boards. The slot is the
// system's, on classic and Ubuntu Core; any snap may plug, and it is
// connected by hand.
//
// As under the reference, an app snap may carry the slot too. The
// router is the kernel's whoever carries the slot: such a slot gives
// its own app nothing, and a plug connected to it gets the same rules
// as one connected to the system's.
//
// The seccomp rule opens the QRTR socket family, which the base
// allow-list leaves out; the AppArmor rule lets it be used.

const qualcommIPCRouterSummary = `allows access to the Qualcomm IPC Router sockets`

// qualcommIPCRouterBaseDeclarationSlots: the system or an app may carry
// the slot, and plugs are connected to it by hand.
const qualcommIPCRouterBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - app
    - core
deny-auto-connection: true
`

const qualcommIPCRouterConnectedPlugAppArmor = `
# Description: talk to the other processors of a Qualcomm system over
# the kernel's IPC router.

# QRTR sockets: datagrams to a node and port, found through the
# router's name service; a service of the app's own binds a port of its
# own.
network qipcrtr dgram,
`

const qualcommIPCRouterConnectedPlugSecComp = `
# Description: talk to the other processors of a Qualcomm system over
# the kernel's IPC router.

# QRTR sockets, bound to a port of their own (the base allows bind).
socket AF_QIPCRTR
`

func init() {
	registerIface(&commonInterface{
		name:                  "qualcomm-ipc-router",
		summary:               qualcommIPCRouterSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  qualcommIPCRouterBaseDeclarationSlots,
		connectedPlugAppArmor: qualcommIPCRouterConnectedPlugAppArmor,
		connectedPlugSecComp:  qualcommIPCRouterConnectedPlugSecComp,
	})
}
