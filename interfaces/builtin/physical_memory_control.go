// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// physical-memory-control lets an app read and write physical memory
// through /dev/mem, as tools that poke device registers mapped there do
// (devmem, board bring-up and factory test tools). What /dev/mem shows
// is the kernel's choice: with CONFIG_STRICT_DEVMEM, as on most
// kernels, only I/O regions, not RAM. physical-memory-observe is the
// read-only half. The slot is the system's; the plug installs anywhere
// and is connected by hand.
//
// Not rendered here: udev. The app's device cgroup admits /dev/mem only
// once a udev rule tags the node for the app's security tag; a daemon
// using this library writes that rule itself.

const physicalMemoryControlSummary = `allows write access to physical memory`

const physicalMemoryControlConnectedPlugAppArmor = `
# Description: read and write physical memory through /dev/mem.

# Read, write and map physical memory. The kernel opens /dev/mem only
# to holders of sys_rawio.
/dev/mem rw,
capability sys_rawio,
`

func init() {
	registerIface(&commonInterface{
		name:                  "physical-memory-control",
		summary:               physicalMemoryControlSummary,
		docURL:                "https://snapcraft.io/docs/physical-memory-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: physicalMemoryControlConnectedPlugAppArmor,
	})
}
