// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// snap-refresh-observe marks an app as a refresh-awareness client, such
// as the desktop integration that tells users a snap is about to be
// refreshed or waits for one to close. What it allows, snapd decides:
// once snapd sees the connection, it answers the app's requests for
// changes, notices, snaps and their icons on the socket it keeps for
// snaps (/run/snapd-snap.socket), which every snap reaches through the
// base policy, as snapctl needs it. It therefore adds no policy text at
// all. The list of who may observe refreshes is kept short, so the plug
// needs a snap declaration to install and is connected by hand; the
// slot is the system's.

const snapRefreshObserveSummary = `allows following snap refreshes and what holds them back`

func init() {
	registerIface(&commonInterface{
		name:                 "snap-refresh-observe",
		summary:              snapRefreshObserveSummary,
		docURL:               "https://snapcraft.io/docs/snap-refresh-observe-interface",
		implicitOn:           implicitOnAllSystems,
		baseDeclarationPlugs: superPrivilegedPlug,
		baseDeclarationSlots: systemSlotNoAutoConnect,
	})
}
