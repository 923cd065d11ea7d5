// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// intel-mei lets an app talk to the firmware of Intel's Management
// Engine (CSME) through the kernel's MEI driver: connect to one of its
// clients (AMT, the HDCP and PAVP clients, firmware update) by UUID and
// exchange messages with it, as the AMT tools (lms, rpc-go) and
// firmware tools do. The slot is the system's; the plug installs
// anywhere and is connected by hand: the Management Engine runs below
// the operating system, with access to the network and to memory.
//
// Not rendered here: udev. The app's device cgroup admits /dev/meiN
// only once a udev rule tags it (subsystem mei) for the app's security
// tag; a daemon using this library writes that rule itself.

const intelMEISummary = `allows access to the Intel Management Engine Interface`

const intelMEIConnectedPlugAppArmor = `
# Description: talk to the firmware of the Intel Management Engine
# through the MEI devices.

# Connect to a firmware client (ioctl with its UUID), then read and
# write its messages on the node.
/dev/mei[0-9]* rw,

# The firmware's version and state, and the device's attributes, that
# tools read before they talk to it.
@{sys}/class/mei/ r,
@{sys}/devices/**/mei/mei[0-9]*/ r,
@{sys}/devices/**/mei/mei[0-9]*/** r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "intel-mei",
		summary:               intelMEISummary,
		docURL:                "https://snapcraft.io/docs/intel-mei-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: intelMEIConnectedPlugAppArmor,
	})
}
