// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// fpga lets an app program and use FPGAs through the kernel's FPGA
// framework: read the FPGA managers', bridges' and regions' state,
// program a bitstream from /lib/firmware through a manager (Xilinx
// kernels take the file's name in the manager's "firmware" attribute),
// apply and remove device-tree overlays that program a region and add
// the devices its logic implements (the overlays directory of configfs,
// on kernels with overlay support), and use the FPGA cards of the
// Device Feature List driver (OPAE's FME and port nodes). The slot is
// the system's, on classic and Ubuntu Core; any snap may plug, and it
// is connected by hand: an overlay can add or change any device of the
// board, not only the FPGA's.
//
// Putting a bitstream into /lib/firmware is not this interface's.
//
// Not rendered here: udev. The app's device cgroup admits the DFL nodes
// only once a udev rule tags them for the app's security tag; a daemon
// using this library writes that rule itself.

const fpgaSummary = `allows programming and using FPGAs through the kernel's FPGA framework`

const fpgaConnectedPlugAppArmor = `
# Description: program FPGAs and use their logic through the kernel's
# FPGA framework.

# FPGA managers: their name, state and status; the flags of the next
# programming, the file under /lib/firmware to program (Xilinx kernels)
# and the key of an encrypted bitstream.
@{sys}/class/fpga_manager/ r,
@{sys}/devices/**/fpga_manager/fpga[0-9]*/ r,
@{sys}/devices/**/fpga_manager/fpga[0-9]*/* r,
@{sys}/devices/**/fpga_manager/fpga[0-9]*/{flags,firmware,key} w,

# FPGA bridges (which gate the logic from the bus while it is
# programmed) and regions: their state.
@{sys}/class/fpga_{bridge,region}/ r,
@{sys}/devices/**/fpga_bridge/br[0-9]*/ r,
@{sys}/devices/**/fpga_bridge/br[0-9]*/* r,
@{sys}/devices/**/fpga_region/region[0-9]*/ r,
@{sys}/devices/**/fpga_region/region[0-9]*/* r,

# Device-tree overlays that program a region: make an overlay's
# directory, write the path of its .dtbo (or the blob itself), read its
# status, and remove it.
/sys/kernel/config/device-tree/overlays/ r,
/sys/kernel/config/device-tree/overlays/*/ rw,
/sys/kernel/config/device-tree/overlays/*/{path,dtbo,status} rw,

# FPGA cards of the Device Feature List driver: the management engine
# (partial reconfiguration, errors, power and thermal) and the
# accelerator ports, mapped into the app.
/dev/dfl-fme.[0-9]* rw,
/dev/dfl-port.[0-9]* rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "fpga",
		summary:               fpgaSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: fpgaConnectedPlugAppArmor,
	})
}
