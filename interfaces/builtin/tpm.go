// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// tpm lets an app use the machine's Trusted Platform Module: send it
// commands through the kernel's character devices, /dev/tpm0 (direct,
// one user at a time) and /dev/tpmrm0 (through the kernel's resource
// manager, shared), as the TPM2 software stack (tpm2-tss, tpm2-tools,
// tpm2-abrmd) and clevis do, and read its attributes in sysfs. The slot
// is the system's; the plug installs anywhere and is connected by hand:
// the TPM seals disk keys to the boot chain, measures the boot, and
// holds keys of every app that uses it.
//
// Only the first TPM: no machine has two, and the kernel numbers from
// 0, so /dev/tpm1 and after name nothing to grant.
//
// Not rendered here: udev. The app's device cgroup admits the two nodes
// only once a udev rule tags them (subsystems tpm and tpmrm) for the
// app's security tag; a daemon using this library writes that rule
// itself.

const tpmSummary = `allows access to the Trusted Platform Module device`

const tpmConnectedPlugAppArmor = `
# Description: send commands to the Trusted Platform Module.

# The TPM itself, and the kernel's resource manager in front of it;
# commands are written and their responses read on the node.
/dev/tpm0 rw,
/dev/tpmrm0 rw,

# Its attributes in sysfs: the TPM version, and on TPM 2.0 the PCR
# banks, which tools read without a command.
@{sys}/class/tpm/ r,
@{sys}/devices/**/tpm/tpm0/ r,
@{sys}/devices/**/tpm/tpm0/** r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "tpm",
		summary:               tpmSummary,
		docURL:                "https://snapcraft.io/docs/tpm-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: tpmConnectedPlugAppArmor,
	})
}
