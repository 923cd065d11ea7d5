// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// kernel-module-control lets an app load and unload kernel modules and
// set the writable parameters of loaded ones, as modprobe, insmod and
// rmmod do. Loading a module runs code in the kernel, so the plug needs
// a snap declaration to install and is connected by hand; the slot is
// the system's.
//
// It stays narrow otherwise: the installed modules and their
// configuration are read-only (a module file cannot be replaced, nor a
// module's options changed for the next load), the switch that disables
// loading for good is not writable, and kexec and the other kernel
// control calls stay out.

const kernelModuleControlSummary = `allows loading and unloading kernel modules and setting their parameters`

const kernelModuleControlConnectedPlugAppArmor = `
# Description: load and unload kernel modules and set the parameters of
# loaded ones.

# Loading and unloading modules.
capability sys_module,

# The module tools, run in this profile, which read what
# kernel-module-observe shows.
/{,usr/}{,s}bin/{insmod,kmod,modprobe,rmmod} ixr,
` + kernelModulesReadAppArmor + `
# Change the writable parameters of loaded modules.
/sys/module/*/parameters/* w,
`

const kernelModuleControlConnectedPlugSecComp = `
# Description: load and unload kernel modules.

# Load a module from memory (insmod of a compressed module) or from a
# file, and unload one.
init_module
finit_module
delete_module
`

func init() {
	registerIface(&commonInterface{
		name:                  "kernel-module-control",
		summary:               kernelModuleControlSummary,
		docURL:                "https://snapcraft.io/docs/kernel-module-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: kernelModuleControlConnectedPlugAppArmor,
		connectedPlugSecComp:  kernelModuleControlConnectedPlugSecComp,
	})
}
