// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// snap-fde-control marks an app that manages the system's full disk
// encryption through snapd, as a security centre does: it lists the
// encrypted volumes and their key slots, checks and replaces recovery
// keys and passphrases. What it allows, snapd decides: once snapd sees
// the connection, it answers the app's requests to its system volumes
// endpoint on the socket it keeps for snaps (/run/snapd-snap.socket),
// which every snap reaches through the base policy. It therefore adds no
// policy text at all. Control over the keys of the system's disks is for
// a few vetted snaps: the plug needs a snap declaration to install and
// is connected by hand; the slot is the system's.

const snapFdeControlSummary = `allows managing the full disk encryption of the system through snapd`

func init() {
	registerIface(&commonInterface{
		name:                 "snap-fde-control",
		summary:              snapFdeControlSummary,
		implicitOn:           implicitOnAllSystems,
		baseDeclarationPlugs: superPrivilegedPlug,
		baseDeclarationSlots: systemSlotNoAutoConnect,
	})
}
