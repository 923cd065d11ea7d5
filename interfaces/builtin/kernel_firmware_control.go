// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// kernel-firmware-control lets an app set the kernel's custom firmware
// search path, the directory the kernel looks in first, before
// /lib/firmware, whenever a driver asks for firmware. Snaps that ship
// firmware for a remote processor (remoteproc) point it at their own
// files. Every driver that loads firmware afterwards reads it from
// there, so the plug needs a snap declaration to install and is
// connected by hand; the slot is the system's.

const kernelFirmwareControlSummary = `allows setting the kernel firmware search path`

const kernelFirmwareControlConnectedPlugAppArmor = `
# Description: set the kernel's custom firmware search path.

# The firmware loader's path parameter: read it, and write the
# directory the kernel searches first (up to 256 characters).
@{sys}/module/firmware_class/parameters/path rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "kernel-firmware-control",
		summary:               kernelFirmwareControlSummary,
		docURL:                "https://snapcraft.io/docs/kernel-firmware-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: kernelFirmwareControlConnectedPlugAppArmor,
	})
}
