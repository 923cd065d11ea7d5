// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// hardware-random-observe lets an app read random numbers straight from
// the hardware random number generator (/dev/hwrng), as entropy daemons
// and test tools (rngd, rngtest) do, and see which generators the
// kernel has and which it uses. Choosing the generator is
// hardware-random-control's. The slot is the system's; the plug
// installs anywhere and is connected by hand.
//
// Not rendered here: udev. The app's device cgroup admits /dev/hwrng
// only once a udev rule tags the node for the app's security tag; a
// daemon using this library writes that rule itself.

const hardwareRandomObserveSummary = `allows reading from hardware random number generator`

const hardwareRandomObserveConnectedPlugAppArmor = `
# Description: read random numbers from the hardware random number
# generator, and see which generators there are.

# The generator's node, read-only (the kernel offers nothing to write).
/dev/hwrng r,

# The hw_random device in sysfs: the generators available, the one in
# use, and the quality (entropy per bit) the kernel credits it with.
@{sys}/devices/virtual/misc/hw_random/ r,
@{sys}/devices/virtual/misc/hw_random/{rng_available,rng_current,rng_quality,rng_selected,uevent} r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "hardware-random-observe",
		summary:               hardwareRandomObserveSummary,
		docURL:                "https://snapcraft.io/docs/hardware-random-observe-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: hardwareRandomObserveConnectedPlugAppArmor,
	})
}
