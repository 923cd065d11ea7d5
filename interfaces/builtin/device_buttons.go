// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// device-buttons lets an app read the buttons of a device (power,
// reset, user keys wired to GPIO pins and served by the gpio-keys
// driver) from their input event nodes, as an appliance's daemon does to
// act on them. The slot is the system's; the plug installs anywhere and
// is connected by hand.
//
// Not rendered here: udev. A path cannot tell the event node of a
// button device from a keyboard's, so the AppArmor rule names every
// event node, read-only; what narrows it to the buttons is the app's
// device cgroup, which admits only the nodes a udev rule tags for the
// app's security tag (event devices whose udev ID_PATH is the gpio-keys
// platform device). A daemon using this library writes that rule
// itself; without it, the app could read every input device, keyboards
// included.

const deviceButtonsSummary = `allows access to device buttons as input events`

const deviceButtonsConnectedPlugAppArmor = `
# Description: read the device's buttons from their input event nodes.

# Read button presses from the event nodes, and grab a device for the
# app alone (EVIOCGRAB, an ioctl on the node opened for reading).
# Read-only: injecting events needs write. (The base profile lists
# /dev/input/ for every app.)
/dev/input/by-path/ r,
/dev/input/event[0-9]* r,

# Find the button devices: their names, capabilities and device
# numbers in sysfs, and their properties in the udev database (event
# nodes are character major 13).
@{sys}/class/input/ r,
@{sys}/devices/**/input/input[0-9]*/ r,
@{sys}/devices/**/input/input[0-9]*/{name,phys,properties,uevent,uniq} r,
@{sys}/devices/**/input/input[0-9]*/{capabilities,id}/* r,
@{sys}/devices/**/input/input[0-9]*/event[0-9]*/ r,
@{sys}/devices/**/input/input[0-9]*/event[0-9]*/{dev,uevent} r,
/run/udev/data/c13:[0-9]* r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "device-buttons",
		summary:               deviceButtonsSummary,
		docURL:                "https://snapcraft.io/docs/device-buttons-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: deviceButtonsConnectedPlugAppArmor,
	})
}
