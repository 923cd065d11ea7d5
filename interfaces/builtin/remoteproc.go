// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// remoteproc lets an app run the remote processors of a system on chip
// (the Cortex-M or DSP cores beside the application cores) through the
// kernel's remoteproc framework: name the firmware a processor runs,
// start and stop it, and say what happens when it crashes. The kernel
// loads the firmware itself, from its firmware search path
// (kernel-firmware-control points it at the snap's files). Whatever
// runs on those cores sees the SoC's memory and peripherals beside the
// kernel, so the plug needs a snap declaration to install and is
// connected by hand; the slot is the system's.
//
// Not rendered here: udev. The app's device cgroup admits the
// /dev/remoteprocN nodes only once a udev rule tags them for the app's
// security tag; a daemon using this library writes that rule itself.

const remoteprocSummary = `allows access to remote processors`

const remoteprocConnectedPlugAppArmor = `
# Description: load firmware into the SoC's remote processors, and start
# and stop them.

# The remoteproc class in sysfs: each processor's name and state. The
# app writes a firmware file name to firmware, then "start" or "stop" to
# state; recovery and coredump say whether the kernel restarts a
# crashed processor and how it dumps its memory.
@{sys}/class/remoteproc/ r,
@{sys}/devices/**/remoteproc/remoteproc[0-9]*/ r,
@{sys}/devices/**/remoteproc/remoteproc[0-9]*/{name,uevent} r,
@{sys}/devices/**/remoteproc/remoteproc[0-9]*/{coredump,firmware,recovery,state} rw,

# The processors' character devices: start and stop them with ioctls,
# and have the kernel stop one when the app that started it exits.
/dev/remoteproc[0-9]* rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "remoteproc",
		summary:               remoteprocSummary,
		docURL:                "https://snapcraft.io/docs/remoteproc-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: remoteprocConnectedPlugAppArmor,
	})
}
