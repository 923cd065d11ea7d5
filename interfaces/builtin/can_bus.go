// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// can-bus lets an app talk on CAN buses through the kernel's SocketCAN:
// raw frames (candump, cansend, python-can), the broadcast manager for
// cyclic messages, ISO-TP and J1939 transport. The slot is the system's,
// on classic and Ubuntu Core; any snap may plug, and it is connected by
// hand. Bringing an interface up and setting its bit rate ("ip link set
// can0 type can bitrate ...") is network-control's.
//
// The seccomp rule opens the CAN socket family, which the base
// allow-list leaves out; the AppArmor rules let it be used.

const canBusSummary = `allows communicating on CAN buses through SocketCAN`

const canBusConnectedPlugAppArmor = `
# Description: send and receive on CAN buses through SocketCAN.

# CAN sockets: raw frames (SOCK_RAW), and the broadcast manager, ISO-TP
# and J1939 protocols (SOCK_DGRAM), bound to a CAN interface.
network can raw,
network can dgram,
`

const canBusConnectedPlugSecComp = `
# Description: send and receive on CAN buses through SocketCAN.

# CAN sockets, bound to an interface (the base allows bind).
socket AF_CAN
`

func init() {
	registerIface(&commonInterface{
		name:                  "can-bus",
		summary:               canBusSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: canBusConnectedPlugAppArmor,
		connectedPlugSecComp:  canBusConnectedPlugSecComp,
	})
}
