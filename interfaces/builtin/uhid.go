// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// uhid lets an app create HID devices in the kernel from user space
// through /dev/uhid, as HID transport drivers do: Bluetooth LE HID
// daemons (HID over GATT), remote-desktop and KVM-over-IP agents, and
// test tools. The kernel treats such a device as any HID device: its
// reports reach the HID drivers, and through them the input layer.
//
// What that allows: an app that creates a keyboard or a mouse can type
// and click into the user's session as if at the machine, into any
// window (a terminal included), with no display server asking; and a
// device that claims the ids of known hardware gets that hardware's
// kernel driver. That is why the declaration keeps the interface
// manual: the slot is the system's, the plug installs anywhere (the
// reference lets it), but it never auto-connects, so that only a user
// who chose to connect it gives an app this reach.
//
// Not rendered here: udev. The app's device cgroup admits /dev/uhid
// only once a udev rule tags it for the app's security tag; a daemon
// using this library writes that rule itself.

const uhidSummary = `allows creating HID devices from user space through /dev/uhid`

const uhidConnectedPlugAppArmor = `
# Description: create HID devices in the kernel from user space, whose
# reports reach the input layer as a real device's would.

# Create and destroy devices and pass their reports, written and read
# as uhid events on the node.
/dev/uhid rw,

# The devices the app created, to find the hidraw and input nodes the
# kernel made for them: they sit under the uhid device in sysfs.
@{sys}/devices/virtual/misc/uhid/ r,
@{sys}/devices/virtual/misc/uhid/** r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "uhid",
		summary:               uhidSummary,
		docURL:                "https://snapcraft.io/docs/uhid-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: uhidConnectedPlugAppArmor,
	})
}
