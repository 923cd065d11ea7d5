// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// joystick lets an app read game controllers through the joystick
// devices (/dev/input/jsN). The plug does not auto-connect. The slot is
// the system's, on classic and on Ubuntu Core.
//
// Left out on purpose: the evdev nodes (/dev/input/eventN) of game
// controllers. A path cannot tell a gamepad's event node from a
// keyboard's, and the reference system tells them apart with udev tags
// and the device cgroup, which snapiface does not model; granting every
// event node would let the app read the user's keystrokes.
//
// Not rendered here: udev. The app's device cgroup admits the joystick
// and event nodes only once udev rules tag the game controllers for the
// app's security tag; that tagging is also what tells a controller from
// a keyboard, which AppArmor cannot. A daemon using this library writes
// those rules itself.

const joystickSummary = `allows reading game controllers through the joystick devices`

const joystickConnectedPlugAppArmor = `
# Description: read game controllers through the joystick devices.

# Read the controllers' joystick nodes, and set their calibration.
/dev/input/ r,
/dev/input/js[0-9]* rw,

# Find the controllers: their sysfs nodes and udev records (joystick
# nodes are minors 0 to 31 of character major 13).
/sys/class/input/ r,
/sys/devices/**/input[0-9]*/ r,
/sys/devices/**/input[0-9]*/{name,phys,uniq,id/*,capabilities/*,uevent} r,
/sys/devices/**/input[0-9]*/js[0-9]*/ r,
/sys/devices/**/input[0-9]*/js[0-9]*/** r,
/run/udev/data/c13:{[0-9],[12][0-9],3[01]} r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "joystick",
		notRendered:           []string{interfaces.BackendUDev},
		summary:               joystickSummary,
		docURL:                "https://snapcraft.io/docs/joystick-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: joystickConnectedPlugAppArmor,
	})
}
