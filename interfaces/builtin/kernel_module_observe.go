// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// kernel-module-observe lets an app see which kernel modules are loaded,
// with their parameters, users and state, and what the installed modules
// and their configuration say, as lsmod and modinfo show them. It cannot
// load, unload or configure anything: that is kernel-module-control. The
// slot is the system's; the plug installs anywhere and is connected by
// hand.

const kernelModuleObserveSummary = `allows listing loaded kernel modules and reading their parameters`

const kernelModuleObserveConnectedPlugAppArmor = `
# Description: list the loaded kernel modules and read their parameters,
# and what the installed modules and their configuration say.
` + kernelModulesReadAppArmor + `
# Whether loading modules is still possible, and what taints the kernel.
@{PROC}/sys/kernel/{modules_disabled,tainted} r,
`

// kernelModulesReadAppArmor reads what lsmod, modinfo and modprobe look
// at; kernel-module-control grants it too.
const kernelModulesReadAppArmor = `
# The loaded modules, their state, users and parameters.
@{PROC}/modules r,
/sys/module/ r,
/sys/module/** r,

# The installed modules with their dependency and alias tables, and the
# module configuration (modinfo, modprobe). Read-only: no module file or
# option can be changed for the next load.
/{usr/,}lib/modules/ r,
/{usr/,}lib/modules/** r,
/etc/modprobe.d/ r,
/etc/modprobe.d/** r,
/{usr/,}lib/modprobe.d/ r,
/{usr/,}lib/modprobe.d/** r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "kernel-module-observe",
		summary:               kernelModuleObserveSummary,
		docURL:                "https://snapcraft.io/docs/kernel-module-observe-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: kernelModuleObserveConnectedPlugAppArmor,
	})
}
