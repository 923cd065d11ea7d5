// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// hardware-random-control lets an app read the hardware random number
// generator, as hardware-random-observe does, and also choose which of
// the machine's generators the kernel uses and how much entropy it
// credits it with. The slot is the system's; the plug installs anywhere
// and is connected by hand.
//
// Not rendered here: udev. The app's device cgroup admits /dev/hwrng
// only once a udev rule tags the node for the app's security tag; a
// daemon using this library writes that rule itself.

const hardwareRandomControlSummary = `allows control over the hardware random number generator`

const hardwareRandomControlConnectedPlugAppArmor = `
# Description: read the hardware random number generator, and choose
# which generator the kernel uses.

# The generator's node, read-only (the kernel offers nothing to write).
/dev/hwrng r,

# The hw_random device in sysfs: read the generators available; choose
# the one in use (rng_current) and the entropy per bit the kernel
# credits it with when feeding its pool (rng_quality).
@{sys}/devices/virtual/misc/hw_random/ r,
@{sys}/devices/virtual/misc/hw_random/{rng_available,rng_selected,uevent} r,
@{sys}/devices/virtual/misc/hw_random/{rng_current,rng_quality} rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "hardware-random-control",
		summary:               hardwareRandomControlSummary,
		docURL:                "https://snapcraft.io/docs/hardware-random-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: hardwareRandomControlConnectedPlugAppArmor,
	})
}
