// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// raw-input lets an app read every input device of the host below the
// display server: the evdev nodes of keyboards, mice, touchscreens and
// tablets, and the mousedev nodes, with what finding them takes (sysfs,
// the udev database, device events), as libinput does for a kiosk's
// compositor or a display server of its own. The slot is the system's;
// the plug installs anywhere and is connected by hand: the app reads
// every keystroke, passwords included, whoever is typing, and may grab
// a device so that nothing else sees it.
//
// Not rendered here: udev. The app's device cgroup admits the input
// nodes only once udev rules tag them (subsystem input) for the app's
// security tag; a daemon using this library writes those rules itself.

const rawInputSummary = `allows access to raw input devices`

const rawInputConnectedPlugAppArmor = `
# Description: read every input device of the host through its evdev
# and mousedev nodes, and follow devices as they come and go.

# Input events; writes set LEDs and force feedback, and ioctls query
# the device and grab it. The by-id and by-path links are listed to
# find devices (the base lists /dev/input itself).
/dev/input/by-{id,path}/ r,
/dev/input/event[0-9]* rw,
/dev/input/mice rw,
/dev/input/mouse[0-9]* rw,

# libinput and libudev read what each device is (name, ids,
# capabilities) in sysfs, and its udev properties (ID_INPUT_KEYBOARD,
# calibration, ...): input nodes are character major 13.
@{sys}/class/input/ r,
@{sys}/devices/**/input/input[0-9]*/ r,
@{sys}/devices/**/input/input[0-9]*/** r,
@{run}/udev/data/c13:[0-9]* r,
@{run}/udev/data/+input:input[0-9]* r,

# Devices plugged in and out, as the kernel and udev announce them.
network netlink raw,
`

const rawInputConnectedPlugSecComp = `
# Description: follow input devices as they come and go.

# libudev's monitor listens on a kobject-uevent netlink socket (the base
# allows binding it).
socket AF_NETLINK - NETLINK_KOBJECT_UEVENT
`

func init() {
	registerIface(&commonInterface{
		name:                  "raw-input",
		summary:               rawInputSummary,
		docURL:                "https://snapcraft.io/docs/raw-input-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: rawInputConnectedPlugAppArmor,
		connectedPlugSecComp:  rawInputConnectedPlugSecComp,
	})
}
