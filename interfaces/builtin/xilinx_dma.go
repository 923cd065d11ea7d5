// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// xilinx-dma lets an app move data to and from an FPGA card on the PCIe
// bus through the Xilinx DMA/Bridge Subsystem for PCI Express (XDMA)
// and its Linux driver: the DMA channels (host to card, card to host),
// the user and control register windows, the bypass interface and the
// user interrupt events, each a character device /dev/xdmaN_*. The slot
// is the system's; the plug may be installed only with a snap
// declaration, and is connected by hand: the card masters the host's
// memory bus, and its registers do whatever the bitstream loaded on it
// does.
//
// Left out: the QDMA driver's queues, a different driver with nodes of
// its own.
//
// Not rendered here: udev. The app's device cgroup admits the XDMA nodes
// only once a udev rule tags them (subsystem xdma) for the app's security
// tag; a daemon using this library writes that rule itself.

const xilinxDMASummary = `allows access to Xilinx DMA IP on a connected PCIe card`

const xilinxDMAConnectedPlugAppArmor = `
# Description: move data to and from a Xilinx FPGA card through the
# XDMA driver's devices.

# The card's DMA channels (h2c and c2h, and their bypass variants),
# its register windows (user, control, bypass), the debug bridge (xvc)
# and its user interrupts (events): read, write, mmap and ioctl on each.
/dev/xdma[0-9]*_{h2c,c2h,bypass_h2c,bypass_c2h}_[0-9]* rw,
/dev/xdma[0-9]*_{user,control,bypass,xvc} rw,
/dev/xdma[0-9]*_events_[0-9]* rw,

# Find the cards' devices in sysfs.
@{sys}/class/xdma/ r,
@{sys}/devices/**/xdma/xdma[0-9]*_*/ r,
@{sys}/devices/**/xdma/xdma[0-9]*_*/** r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "xilinx-dma",
		summary:               xilinxDMASummary,
		docURL:                "https://snapcraft.io/docs/xilinx-dma-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: xilinxDMAConnectedPlugAppArmor,
	})
}
