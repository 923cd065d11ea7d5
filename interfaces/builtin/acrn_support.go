// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// acrn-support lets an app run as the device model of the ACRN
// hypervisor in its Service VM: acrn-dm creates the User VMs, maps their
// memory and emulates their devices through the Hypervisor Service
// Module, a character device of the Service VM's kernel (/dev/acrn_hsm
// upstream since Linux 5.12, /dev/acrn_vhm in ACRN's older kernels).
// The slot is the system's, on classic and Ubuntu Core; any snap may
// plug, and it is connected by hand: the device model commands the
// hypervisor.
//
// Not rendered here: udev. The app's device cgroup admits the HSM node
// only once a udev rule tags it for the app's security tag; a daemon
// using this library writes that rule itself.

const acrnSupportSummary = `allows operating as the ACRN hypervisor's device model`

const acrnSupportConnectedPlugAppArmor = `
# Description: run as the ACRN device model in the Service VM: create
# User VMs, map their memory and emulate their devices through the
# Hypervisor Service Module.

# The Hypervisor Service Module: its node in current kernels, and the
# older one of ACRN's own kernels. Every request to the hypervisor is an
# ioctl on the open node.
/dev/acrn_hsm rw,
/dev/acrn_vhm rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "acrn-support",
		summary:               acrnSupportSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: acrnSupportConnectedPlugAppArmor,
	})
}
