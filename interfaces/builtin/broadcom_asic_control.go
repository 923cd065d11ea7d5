// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// broadcom-asic-control lets an app drive a Broadcom switch ASIC with
// Broadcom's SDK (OpenNSL, SAI implementations on top of it), as the
// network operating systems of white-box switches do. The SDK's kernel
// modules make three nodes: the user BDE maps the ASIC's registers and
// its DMA memory into the app, the kernel BDE holds the device for the
// other modules, and KNET gives the switch ports kernel network
// interfaces. The slot is the system's, on classic and Ubuntu Core; any
// snap may plug, and it is connected by hand: the app gets the switch's
// whole hardware.
//
// Not rendered here: kmod and udev. The reference loads the SDK's
// modules (linux-user-bde, linux-kernel-bde, linux-bcm-knet) when the
// plug is connected, and tags their nodes with udev so that the app's
// device cgroup admits them; a daemon using this library does both
// itself.

const broadcomASICControlSummary = `allows using the Broadcom switch ASIC through its SDK's kernel modules`

const broadcomASICControlConnectedPlugAppArmor = `
# Description: drive a Broadcom switch ASIC through the kernel modules
# of Broadcom's SDK.

# The modules' nodes: the user BDE (the ASIC's registers and DMA memory,
# mapped into the app, and its interrupts), the kernel BDE, and KNET
# (the kernel network interfaces of the switch ports).
/dev/linux-user-bde rw,
/dev/linux-kernel-bde rw,
/dev/linux-bcm-knet rw,

# What the modules found and how they are set: the devices each BDE
# probed, KNET's interfaces and counters, and the modules' parameters.
@{PROC}/linux-user-bde r,
@{PROC}/linux-kernel-bde r,
@{PROC}/bcm/knet/ r,
@{PROC}/bcm/knet/* r,
@{sys}/module/linux_{user_bde,kernel_bde,bcm_knet}/ r,
@{sys}/module/linux_{user_bde,kernel_bde,bcm_knet}/** r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "broadcom-asic-control",
		summary:               broadcomASICControlSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendKMod, interfaces.BackendUDev},
		connectedPlugAppArmor: broadcomASICControlConnectedPlugAppArmor,
	})
}
