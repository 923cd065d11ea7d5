// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// raw-usb gives an app raw access to every USB device of the host
// through usbfs, the /dev/bus/usb nodes that libusb opens, and to USB
// serial adapters (ttyUSB, ttyACM), with what finding them takes: the
// sysfs description of USB buses and devices, the udev database, and
// the kernel's device events. The slot is the system's, on classic and
// Ubuntu Core. Any snap may plug; it never auto-connects: raw access
// goes around the drivers, so every USB device (keyboards, security
// keys, disks) is in reach.
//
// Not rendered here: udev. The app's device cgroup admits the USB device
// nodes only once udev rules tag them for the app's security tag; a
// daemon using this library writes those rules itself.

const rawUSBSummary = `allows raw access to all USB devices`

const rawUSBConnectedPlugAppArmor = `
# Description: raw access to every USB device and USB serial adapter,
# and finding them as they come and go.

# usbfs: one node per device, /dev/bus/usb/BUS/DEVICE, opened
# read-write for control, bulk and interrupt transfers; the directories
# are listed to find them.
/dev/bus/usb/ r,
/dev/bus/usb/[0-9][0-9][0-9]/ r,
/dev/bus/usb/[0-9][0-9][0-9]/[0-9][0-9][0-9] rw,

# USB serial adapters: converters (ttyUSB) and modems and boards that
# speak CDC ACM (ttyACM), locked against other users while in use.
/dev/ttyUSB[0-9]* rwk,
/dev/ttyACM[0-9]* rwk,

# libusb and libudev find devices, and read their descriptors and
# attributes, in sysfs; serial tools list tty devices.
@{sys}/bus/usb/ r,
@{sys}/bus/usb/devices/ r,
@{sys}/devices/**/usb[0-9]*/ r,
@{sys}/devices/**/usb[0-9]*/** r,
@{sys}/class/tty/ r,

# The udev database, for device properties such as vendor and model
# names: USB devices (character major 189), ttyACM (166), ttyUSB (188),
# and USB interfaces.
@{run}/udev/data/c189:* r,
@{run}/udev/data/c166:* r,
@{run}/udev/data/c188:* r,
@{run}/udev/data/+usb:* r,

# The kernel's device events, to notice devices plugged in and out.
network netlink raw,
`

const rawUSBConnectedPlugSecComp = `
# Description: follow USB devices being plugged in and out.

# libusb and libudev listen to the kernel's device events on a netlink
# socket of their own protocol (the base allows binding it).
socket AF_NETLINK - NETLINK_KOBJECT_UEVENT
`

func init() {
	registerIface(&commonInterface{
		name:                  "raw-usb",
		notRendered:           []string{interfaces.BackendUDev},
		summary:               rawUSBSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: rawUSBConnectedPlugAppArmor,
		connectedPlugSecComp:  rawUSBConnectedPlugSecComp,
	})
}
