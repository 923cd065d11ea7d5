// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// vcio lets an app talk to the VideoCore GPU of a Raspberry Pi through
// its firmware mailbox (/dev/vcio): query the firmware (clocks,
// temperature, board revision), allocate and lock GPU memory, and run
// code on the GPU's QPUs, as vcgencmd, the userland multimedia libraries
// and GPU-accelerated media players do. The slot is the system's; the
// plug installs anywhere and is connected by hand: the mailbox passes
// property tags to the firmware unchecked, clock and voltage settings
// among them.
//
// Not rendered here: udev. The app's device cgroup admits /dev/vcio only
// once a udev rule tags it for the app's security tag; a daemon using
// this library writes that rule itself.

const vcioSummary = `allows access to the VideoCore I/O mailbox of Raspberry Pi boards`

const vcioConnectedPlugAppArmor = `
# Description: talk to the Raspberry Pi's VideoCore firmware through
# its mailbox.

# Firmware property requests go to the mailbox as ioctls on the node.
/dev/vcio rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "vcio",
		summary:               vcioSummary,
		docURL:                "https://snapcraft.io/docs/vcio-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: vcioConnectedPlugAppArmor,
	})
}
