// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// ion-memory-control lets an app allocate buffers from the ION memory
// allocator of Android-derived kernels (/dev/ion), from which camera,
// video and display drivers of such boards take contiguous or secure
// memory to share by file descriptor. The slot is the system's; the
// plug may be installed only with a snap declaration, and is connected
// by hand: ION hands out memory from every heap the kernel configures,
// carve-outs and secure heaps included, with no accounting to the app,
// so a careless or hostile app can starve the devices that need them.
//
// Not rendered here: udev. The app's device cgroup admits /dev/ion only
// once a udev rule tags it for the app's security tag; a daemon using
// this library writes that rule itself.

const ionMemoryControlSummary = `allows access to the Android ION memory allocator`

const ionMemoryControlConnectedPlugAppArmor = `
# Description: allocate buffers from the Android ION memory allocator.

# Ask for buffers from the kernel's heaps, and list the heaps, with
# ioctls on the node; each buffer comes back as a dma-buf descriptor.
/dev/ion rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "ion-memory-control",
		summary:               ionMemoryControlSummary,
		docURL:                "https://snapcraft.io/docs/ion-memory-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: ionMemoryControlConnectedPlugAppArmor,
	})
}
