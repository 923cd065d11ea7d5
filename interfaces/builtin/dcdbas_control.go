// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// dcdbas-control lets an app use the Dell Systems Management Base
// Driver (dcdbas), through which Dell's management tools (OpenManage,
// libsmbios) call the BIOS with systems management interrupts to read
// and change its settings, and have the machine powered off or power
// cycled when the operating system next shuts down. The slot is the
// system's; the plug installs anywhere and is connected by hand.

const dcdbasControlSummary = `allows access to Dell Systems Management Base Driver`

const dcdbasControlConnectedPlugAppArmor = `
# Description: call the BIOS of Dell machines through the dcdbas driver,
# and set the host control action taken at the next shutdown.

# The driver's attributes: size the SMI buffer and fill it (smi_data),
# learn where it is in physical memory for the BIOS, raise the
# interrupt (smi_request, write only), and choose the power action and
# how it is triggered at shutdown.
@{sys}/devices/platform/dcdbas/ r,
@{sys}/devices/platform/dcdbas/{smi_data_buf_phys_addr,uevent} r,
@{sys}/devices/platform/dcdbas/{host_control_action,host_control_on_shutdown,host_control_smi_type,smi_data,smi_data_buf_size} rw,
@{sys}/devices/platform/dcdbas/smi_request w,
`

func init() {
	registerIface(&commonInterface{
		name:                  "dcdbas-control",
		summary:               dcdbasControlSummary,
		docURL:                "https://snapcraft.io/docs/dcdbas-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: dcdbasControlConnectedPlugAppArmor,
	})
}
