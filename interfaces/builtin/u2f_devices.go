// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// u2f-devices lets an app use FIDO and U2F security keys over USB, as
// every browser that supports security keys (Chromium, Firefox) and the
// tools built on libfido2 (OpenSSH's sk keys, pam_u2f, password
// managers) do: find the keys among the host's HID devices, and talk
// CTAP to them through their hidraw nodes. The slot is the system's, on
// classic and Ubuntu Core; any snap may plug, and it is connected by
// hand (browsers get it through their snap declarations).
//
// AppArmor names a hidraw node by its number only, so the rules cover
// every /dev/hidraw node, keyboards' and mice's too (whose input the
// kernel gives readers of their hidraw node as raw reports): which of
// them are security keys is known by their vendor and product ids,
// which only udev sees. The device cgroup is what keeps the app to the
// keys, once udev has tagged them (below).
//
// Finding the keys: libudev enumerates the hidraw class, and for each
// node reads its HID parent's uevent (HID_ID, the bus, vendor and
// product; HID_NAME) and report descriptor, whose FIDO usage page says
// whether the device speaks CTAP. Those reads are granted, for HID
// devices only. Watching keys being plugged in is the udev monitor
// socket that browser-support grants browsers.
//
// Not rendered here: udev. The reference's udev rules match the hidraw
// nodes whose HID parent has the vendor id (and for some makers the
// product id) of a known FIDO or U2F key: Yubico, Feitian, Google's
// Titan, Nitrokey, SoloKeys, Ledger, Trezor, Token2, HyperFIDO, OnlyKey
// and a few dozen more. They tag those nodes for the app's security
// tag, so that its device cgroup admits them and no other hidraw node;
// a daemon using this library writes such rules itself, and without
// them the app's AppArmor rules reach every hidraw node.

const u2fDevicesSummary = `allows access to FIDO and U2F security keys`

const u2fDevicesConnectedPlugAppArmor = `
# Description: find FIDO and U2F security keys among the HID devices,
# and talk CTAP to them through their hidraw nodes.

# The keys' hidraw nodes: CTAP requests and responses are HID reports
# written to and read from the node, and ioctls on it read the report
# descriptor and the device's ids.
/dev/hidraw[0-9]* rw,

# Finding the keys as libudev does: the hidraw class, each node's entry
# (its device number), and the HID device above it: its uevent (bus,
# vendor and product ids, name) and its report descriptor (the FIDO
# usage page).
@{sys}/class/hidraw/ r,
@{sys}/devices/**/hidraw/hidraw[0-9]*/ r,
@{sys}/devices/**/hidraw/hidraw[0-9]*/{dev,uevent} r,
@{sys}/devices/**/????:????:????.????/ r,
@{sys}/devices/**/????:????:????.????/{uevent,report_descriptor} r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "u2f-devices",
		summary:               u2fDevicesSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: u2fDevicesConnectedPlugAppArmor,
	})
}
