// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// allegro-vcu lets an app encode and decode video with the Allegro DVT
// video codec unit of Xilinx Zynq UltraScale+ EV boards, through the
// out-of-tree drivers of Xilinx's vcu-modules that its control software
// (the Allegro AL_* libraries, and the GStreamer omx elements built on
// them) talks to: /dev/allegroIP for the encoder, /dev/allegroDecodeIP
// for the decoder, and /dev/dmaproxy for the buffers shared with them.
// The slot is the system's; the plug installs anywhere and is connected
// by hand: the drivers take the app's commands to the codec's
// microcontrollers as they come and trust them, so a connected app can
// make the codec read and write memory it names.
//
// Not rendered here: udev. The app's device cgroup admits the three
// nodes only once a udev rule tags them for the app's security tag; a
// daemon using this library writes that rule itself.

const allegroVCUSummary = `allows access to the Allegro video codec unit of Xilinx boards`

const allegroVCUConnectedPlugAppArmor = `
# Description: encode and decode video with the Allegro video codec
# unit of Xilinx Zynq UltraScale+ boards.

# The encoder's and the decoder's nodes: the control software sends the
# codec's microcontrollers their commands, and maps their buffers,
# through ioctls and mmap on them.
/dev/allegroIP rw,
/dev/allegroDecodeIP rw,

# Frame and bitstream buffers are dma-bufs, allocated and copied through
# the DMA proxy driver of the same module set.
/dev/dmaproxy rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "allegro-vcu",
		summary:               allegroVCUSummary,
		docURL:                "https://snapcraft.io/docs/allegro-vcu-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: allegroVCUConnectedPlugAppArmor,
	})
}
