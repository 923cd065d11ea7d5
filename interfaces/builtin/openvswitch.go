// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// openvswitch lets an app control the host's Open vSwitch as its
// command-line tools do: ovs-vsctl and other OVSDB clients talk to the
// database server (ovsdb-server) on its socket, ovs-ofctl talks
// OpenFlow to each bridge on the bridge's management socket, and
// ovs-appctl sends commands to a daemon (ovs-vswitchd, ovsdb-server) on
// the control socket it finds from the daemon's pid file. All of them
// live in /run/openvswitch. The slot is the system's, on classic, where
// the host runs Open vSwitch; any snap may plug, and it is connected by
// hand. A snap that runs Open vSwitch itself plugs openvswitch-support.
//
// The daemons listen on socket files, which AppArmor decides by the
// files' paths: the rules are file rules, no unix rule names the
// daemons.

const openvswitchSummary = `allows controlling the host's Open vSwitch`

const openvswitchConnectedPlugAppArmor = `
# Description: control the host's Open vSwitch through its daemons'
# sockets, as ovs-vsctl, ovs-ofctl and ovs-appctl do.

# The OVSDB server's socket: bridges, ports, interfaces and their
# settings (ovs-vsctl, ovsdb-client).
@{run}/openvswitch/db.sock rw,

# Each bridge's OpenFlow management socket (ovs-ofctl: flows, groups,
# meters, port state).
@{run}/openvswitch/*.mgmt rw,

# The daemons' control sockets (ovs-appctl, ovs-dpctl through
# ovs-vswitchd), found from their pid files in the same directory.
@{run}/openvswitch/ r,
@{run}/openvswitch/*.pid r,
@{run}/openvswitch/*.ctl rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "openvswitch",
		summary:               openvswitchSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: openvswitchConnectedPlugAppArmor,
	})
}
