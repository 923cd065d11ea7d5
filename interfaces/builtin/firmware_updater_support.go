// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// firmware-updater-support marks the Firmware Updater snap, the desktop
// front end of fwupd. It adds no AppArmor or seccomp policy: what it
// grants is a permission of the snap daemon (the reference lets the
// snap carrying it install user daemons), which snapiface does not
// model. The plug is for that snap alone, so installing it needs a snap
// declaration and it never auto-connects. The slot is the system's, on
// every system.

const firmwareUpdaterSupportSummary = `allows operating as the Firmware Updater`

func init() {
	registerIface(&commonInterface{
		name:                 "firmware-updater-support",
		summary:              firmwareUpdaterSupportSummary,
		implicitOn:           implicitOnAllSystems,
		baseDeclarationPlugs: superPrivilegedPlug,
		baseDeclarationSlots: systemSlotNoAutoConnect,
	})
}
