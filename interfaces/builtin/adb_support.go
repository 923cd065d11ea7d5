// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// adb-support lets an app run the Android Debug Bridge server: adb finds
// Android devices on USB, and talks to each device's adbd through bulk
// transfers on the device's usbfs node. The slot is the system's, on
// classic and Ubuntu Core; any snap may plug, and it is connected by
// hand. The server listens for its clients on localhost (TCP port
// 5037), which is network-bind's; its key pair lives in ~/.android,
// which for a snap is its own home.
//
// AppArmor names a USB device by bus and device number only, so the
// rules cover every node of /dev/bus/usb: which of them are Android
// devices is known by their vendor ids, which only udev sees (below).
//
// Where it differs from the reference: the plug also gets the kernel's
// device events (a kobject-uevent netlink socket, in AppArmor and
// seccomp), which the reference leaves out. adb's libusb backend, the
// one current platform tools use on Linux, does not start without its
// hotplug monitor, which listens on that socket.
//
// Not rendered here: udev. The reference's udev rules match the USB
// vendor ids of the Android device makers (Google, Samsung, Xiaomi,
// OnePlus, Motorola, ... about a hundred of them) and tag those devices
// for the app, so that its device cgroup admits them and no other USB
// device; a daemon using this library writes such rules itself.

const adbSupportSummary = `allows operating as the Android Debug Bridge service`

const adbSupportConnectedPlugAppArmor = `
# Description: run the Android Debug Bridge server: find Android devices
# on USB and talk to their adbd.

# The usbfs nodes: adb opens a device's node for the control and bulk
# transfers of the adb protocol, and lists the directories to find them.
/dev/bus/usb/ r,
/dev/bus/usb/[0-9][0-9][0-9]/ r,
/dev/bus/usb/[0-9][0-9][0-9]/[0-9][0-9][0-9] rw,

# Finding the devices: their descriptors, vendor and product ids and
# serial numbers in sysfs, and the properties udev recorded for them
# (USB devices are character major 189).
@{sys}/bus/usb/ r,
@{sys}/bus/usb/devices/ r,
@{sys}/devices/**/usb[0-9]*/ r,
@{sys}/devices/**/usb[0-9]*/** r,
@{run}/udev/data/c189:[0-9]* r,

# Devices plugged in and out: libusb's hotplug monitor listens to the
# kernel's device events on a netlink socket (seccomp narrows it to the
# kobject-uevent protocol).
network netlink raw,
`

const adbSupportConnectedPlugSecComp = `
# Description: run the Android Debug Bridge server.

# libusb's hotplug monitor: the kernel's device events, on a netlink
# socket bound (as the base allows) to their multicast group.
socket AF_NETLINK - NETLINK_KOBJECT_UEVENT
`

func init() {
	registerIface(&commonInterface{
		name:                  "adb-support",
		summary:               adbSupportSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: adbSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  adbSupportConnectedPlugSecComp,
	})
}
