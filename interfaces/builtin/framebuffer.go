// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// framebuffer lets an app draw on the screen through the kernel's
// framebuffer devices (/dev/fbN): map the framebuffer, query and set
// its mode, and pan it, as kiosk and embedded UIs without a display
// server (Qt's linuxfb, fbi, splash screens) do. The slot is the
// system's; the plug installs anywhere and is connected by hand: what a
// framebuffer holds is whatever is on screen, and the app can both
// read and overwrite it.
//
// Not rendered here: udev. The app's device cgroup admits the nodes
// only once a udev rule tags them (subsystem graphics) for the app's
// security tag; a daemon using this library writes that rule itself.

const framebufferSummary = `allows access to the framebuffer devices`

const framebufferConnectedPlugAppArmor = `
# Description: draw on the screen through the kernel's framebuffer
# devices.

# Map the framebuffer, and get and set its mode, panning and blanking
# with ioctls on the node.
/dev/fb[0-9]* rw,

# Toolkits find framebuffers and their geometry (modes, stride, bits
# per pixel, name) in sysfs; framebuffer nodes are character major 29
# in the udev database.
@{sys}/class/graphics/ r,
@{sys}/devices/**/graphics/fb[0-9]*/ r,
@{sys}/devices/**/graphics/fb[0-9]*/** r,
@{run}/udev/data/c29:[0-9]* r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "framebuffer",
		summary:               framebufferSummary,
		docURL:                "https://snapcraft.io/docs/framebuffer-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: framebufferConnectedPlugAppArmor,
	})
}
