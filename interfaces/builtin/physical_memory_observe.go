// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// physical-memory-observe lets an app read physical memory through
// /dev/mem, as hardware inspection tools do to find firmware tables
// (dmidecode on machines without sysfs DMI tables) or device registers
// mapped there. Writing stays out: that is physical-memory-control. The
// slot is the system's; the plug installs anywhere and is connected by
// hand. How much of memory /dev/mem shows is the kernel's choice
// (CONFIG_STRICT_DEVMEM limits it to I/O regions on most kernels).
//
// Not rendered here: udev. The app's device cgroup admits /dev/mem only
// once a udev rule tags it for the app's security tag; a daemon using
// this library writes that rule itself.

const physicalMemoryObserveSummary = `allows reading physical memory through /dev/mem`

const physicalMemoryObserveConnectedPlugAppArmor = `
# Description: read physical memory through /dev/mem.

# Read-only access to physical memory. The kernel opens /dev/mem only to
# holders of sys_rawio.
/dev/mem r,
capability sys_rawio,
`

func init() {
	registerIface(&commonInterface{
		name:                  "physical-memory-observe",
		notRendered:           []string{interfaces.BackendUDev},
		summary:               physicalMemoryObserveSummary,
		docURL:                "https://snapcraft.io/docs/physical-memory-observe-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: physicalMemoryObserveConnectedPlugAppArmor,
	})
}
