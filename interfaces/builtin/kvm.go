// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// kvm lets an app run virtual machines with the kernel's hardware
// virtualisation: a virtual machine monitor (QEMU, Firecracker, cloud
// hypervisor) creates VMs and their vCPUs through ioctls on /dev/kvm.
// The slot is the system's, on classic and Ubuntu Core. Any snap may
// plug; it never auto-connects, because a VM monitor handed untrusted
// guests is a large attack surface of the host kernel.
//
// Not rendered here: udev. The app's device cgroup admits /dev/kvm only
// once a udev rule tags the node for the app's security tag; a daemon
// using this library writes that rule itself.

const kvmSummary = `allows access to the kvm device`

const kvmConnectedPlugAppArmor = `
# Description: run virtual machines with the kernel's hardware
# virtualisation.

# Create VMs, vCPUs and their memory through ioctls on the KVM node;
# the kernel asks for nothing more than access to it.
/dev/kvm rw,

# VM monitors read what the loaded KVM modules support (nested
# virtualisation, huge pages, ...) from their parameters.
@{sys}/module/kvm{,_intel,_amd}/parameters/ r,
@{sys}/module/kvm{,_intel,_amd}/parameters/* r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "kvm",
		summary:               kvmSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: kvmConnectedPlugAppArmor,
	})
}
