// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// snap-refresh-control gives an app more say over refreshes of its own
// snap, through snapctl: it may let a held refresh proceed ("snapctl
// refresh --proceed") outside the gate-auto-refresh hook, where snapd
// otherwise only takes that answer. What it allows, snapd decides: once
// snapd sees the connection, it accepts those requests on the socket it
// keeps for snaps (/run/snapd-snap.socket), which snapctl reaches
// through the base policy of every snap. It therefore adds no policy
// text at all. The plug needs a snap declaration to install and is
// connected by hand; the slot is the system's.

const snapRefreshControlSummary = `allows controlling the refreshes of its own snap through snapctl`

func init() {
	registerIface(&commonInterface{
		name:                 "snap-refresh-control",
		summary:              snapRefreshControlSummary,
		docURL:               "https://snapcraft.io/docs/snap-refresh-control-interface",
		implicitOn:           implicitOnAllSystems,
		baseDeclarationPlugs: superPrivilegedPlug,
		baseDeclarationSlots: systemSlotNoAutoConnect,
	})
}
