// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// openvswitch-support is for snaps that run Open vSwitch themselves
// (ovs-vswitchd and ovsdb-server, as MicroOVN and MicroStack do). What
// it asks of the host is that the openvswitch kernel module, the
// switch's datapath, be loaded: that is a host action, not policy, and
// snapiface has no kernel-module backend, so the daemon that embeds it
// loads the module when it connects the plug. It grants no AppArmor or
// seccomp rule: driving the datapath over generic netlink and
// configuring ports is network-control's, which such snaps plug as
// well. The slot is the system's, on classic and Ubuntu Core. Any snap
// may plug; it never auto-connects.
//
// Not rendered here: kmod. The openvswitch kernel module is loaded by
// the daemon when the plug is connected, since the app may not load
// modules itself.

const openvswitchSupportSummary = `allows operating as the Open vSwitch service`

func init() {
	registerIface(&commonInterface{
		name:                 "openvswitch-support",
		notRendered:          []string{interfaces.BackendKMod},
		summary:              openvswitchSupportSummary,
		implicitOn:           implicitOnAllSystems,
		baseDeclarationSlots: systemSlotNoAutoConnect,
	})
}
