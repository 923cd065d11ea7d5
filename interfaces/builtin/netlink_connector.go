// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// netlink-connector lets an app use the kernel connector, the netlink
// protocol through which drivers talk to user space: the process events
// connector (fork, exec and exit of every process, as forkstat and
// process accounting agents follow them), the one-wire bus, uvesafb,
// and Hyper-V's guest services. The kernel tells these users apart by a
// connector id in each message, which neither AppArmor nor seccomp can
// see: the plug reaches every connector. Subscribing to process events
// needs net_admin, which this does not grant (network-control does).
// The slot is the system's, on classic and Ubuntu Core; any snap may
// plug, and it is connected by hand.

const netlinkConnectorSummary = `allows communicating with kernel drivers through the netlink connector`

const netlinkConnectorConnectedPlugAppArmor = `
# Description: talk to kernel drivers through the netlink connector.

# Connector sockets, datagram or raw (seccomp narrows netlink to the
# connector protocol).
network netlink dgram,
network netlink raw,
`

const netlinkConnectorConnectedPlugSecComp = `
# Description: talk to kernel drivers through the netlink connector.

# Connector sockets, bound (as the base allows) to a connector's
# multicast group.
socket AF_NETLINK - NETLINK_CONNECTOR
`

func init() {
	registerIface(&commonInterface{
		name:                  "netlink-connector",
		summary:               netlinkConnectorSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: netlinkConnectorConnectedPlugAppArmor,
		connectedPlugSecComp:  netlinkConnectorConnectedPlugSecComp,
	})
}
