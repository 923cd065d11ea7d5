// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// uinput lets an app create input devices from user space through the
// kernel's uinput device, as input remappers (keyd, input-remapper),
// on-screen keyboards, remote-desktop servers, game-controller drivers
// and automation tools (ydotool) do.
//
// What that allows: a device the app creates is as real to the input
// layer as a keyboard at the machine. The app can inject keystrokes and
// pointer events into the user's session, into whatever window has the
// focus (a terminal, a password prompt, the screen locker), below the
// display server and any permission it asks for; and on a text console
// it types as the logged-in user. That is why the declaration keeps it
// manual: the slot is the system's, installing the plug needs a snap
// declaration (the store vets who may have it), and it never
// auto-connects, so a user chooses to give an app this reach.
//
// Not rendered here: udev. The app's device cgroup admits the uinput
// node only once a udev rule tags it for the app's security tag; a
// daemon using this library writes that rule itself.

const uinputSummary = `allows creating input devices from user space through uinput`

const uinputConnectedPlugAppArmor = `
# Description: create input devices from user space, whose events
# reach the input layer as a real device's would.

# Set up and create devices, and write their events, on the uinput
# node: /dev/uinput, or /dev/input/uinput on some distributions.
/dev/uinput rw,
/dev/input/uinput rw,

# The devices the app created, to find the event nodes the kernel made
# for them (UI_GET_SYSNAME names the device): they sit among the
# virtual input devices in sysfs. The uinput node itself is misc
# device 10:223 in the udev database.
@{sys}/devices/virtual/input/ r,
@{sys}/devices/virtual/input/input[0-9]*/ r,
@{sys}/devices/virtual/input/input[0-9]*/** r,
@{run}/udev/data/c10:223 r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "uinput",
		summary:               uinputSummary,
		docURL:                "https://snapcraft.io/docs/uinput-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: uinputConnectedPlugAppArmor,
	})
}
