// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// snap-themes-control lets an app ask the snap daemon to install the
// snaps that provide the desktop themes (GTK, icon, sound) the user has
// chosen, through the daemon's API for that purpose, which is reached
// over the socket every snap may already use. The connection is what
// the daemon checks before it honours such a request, so the interface
// adds no AppArmor or seccomp rules of its own. The slot is the
// system's. Because the plug lets an app cause snaps to be installed,
// installing it needs a snap declaration and it never auto-connects; a
// manual connection is allowed.

const snapThemesControlSummary = `allows requesting the installation of snaps that provide desktop themes`

func init() {
	registerIface(&commonInterface{
		name:                 "snap-themes-control",
		summary:              snapThemesControlSummary,
		implicitOn:           implicitOnAllSystems,
		baseDeclarationPlugs: superPrivilegedPlug,
		baseDeclarationSlots: systemSlotNoAutoConnect,
	})
}
