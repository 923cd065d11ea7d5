// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// accel lets an app use the compute accelerators of the kernel's accel
// subsystem (Intel NPUs, Habana Gaudi, AMD XDNA, Qualcomm AIC, ...):
// their character devices /dev/accel/accelN, through which inference
// and training runtimes submit work with ioctls, and the sysfs and udev
// records that find them. The slot is the system's, on classic and
// Ubuntu Core, and plugs auto-connect to it, as they do under the
// reference: an accelerator runs only the work an app hands it, in
// memory the app owns, as a GPU's render node does for opengl.
//
// Left out: the attributes of the accelerator's parent device (its PCI
// function's ids, busy time, scheduling mode). They sit outside the
// accel node's directory, next to those of every other device of the
// bus; hardware-observe reads them.
//
// Not rendered here: udev. The app's device cgroup admits the nodes
// only once a udev rule tags them (subsystem accel) for the app's
// security tag; a daemon using this library writes that rule itself.

const accelSummary = `allows access to the compute accelerators of the kernel's accel subsystem`

const accelConnectedPlugAppArmor = `
# Description: use the compute accelerators of the kernel's accel
# subsystem: submit work to them and find them.

# One node per accelerator; work, buffers and contexts all go through
# ioctls on the open node. Runtimes list the directory to find them.
/dev/accel/ r,
/dev/accel/accel[0-9]* rw,

# Runtimes find accelerators through their class in sysfs and read the
# accel node's own attributes (dev, uevent); accel nodes are character
# major 261 in the udev database.
@{sys}/class/accel/ r,
@{sys}/devices/**/accel/accel[0-9]*/ r,
@{sys}/devices/**/accel/accel[0-9]*/** r,
@{run}/udev/data/c261:[0-9]* r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "accel",
		summary:               accelSummary,
		docURL:                "https://snapcraft.io/docs/accel-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlot,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: accelConnectedPlugAppArmor,
	})
}
