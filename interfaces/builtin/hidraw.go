// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"

	"github.com/snapiface/snapiface/interfaces"
)

// hidraw lets an app talk to one HID device through its hidraw node:
// read its input reports, write output reports, and get and set feature
// reports and its report descriptor with ioctls, as hidapi-based tools
// for UPSes, LED controllers, sensors, security keys and vendor
// configuration utilities do. The slot is the gadget's (or the
// system's) and names the device:
//
//   - "path", the device's hidraw node, /dev/hidrawN (required);
//   - "usb-vendor" and "usb-product", both or neither, the USB ids of
//     the device that node must belong to (0 to 0xffff).
//
// The connected plug may use that node and read that node's sysfs
// directory, and nothing of any other hidraw device. With the USB ids
// the sysfs rules are tied to the HID device of those ids (the kernel
// names it BUS:VENDOR:PRODUCT.N, bus 0003 being USB), and the app may
// also read that HID device's report descriptor and uevent. Any snap
// may plug, and connections are made by hand. Slots exist only where a
// device maker declares them, so there is no implicit slot.
//
// Where the reference differs: its slots with USB ids name the device
// by a symlink that its udev backend makes (/dev/hidraw-NAME), and give
// the plug every hidraw node, leaving the device cgroup to pick the
// right one. Here the path must be the node itself (AppArmor checks
// the resolved path, so a rule for a link would match nothing), and the
// plug's rules name that node alone, so that a slot can never widen
// them. A bare slot, which Describe uses, is refused here, so the
// catalogue-wide comparison sees no connected plug policy for it.
//
// Not rendered here: udev. The app's device cgroup admits the node only
// once a udev rule tags it (subsystem hidraw, and with USB ids, only a
// node of a USB device of those ids) for the app's security tag; a
// daemon using this library writes that rule itself.

const hidrawSummary = `allows access to a specific hidraw device`

const hidrawConnectedPlugAppArmor = `
# Description: talk to the HID device of %[1]s: read and write its
# reports, and get its descriptor and feature reports with ioctls.
%[1]s rw,

# hidapi and libudev read the node's directory in sysfs (dev, uevent)
# to identify it.
@{sys}/devices/**/hidraw/%[2]s/ r,
@{sys}/devices/**/hidraw/%[2]s/** r,
`

const hidrawUSBConnectedPlugAppArmor = `
# Description: talk to the USB HID device %04[3]x:%04[4]x through %[1]s:
# read and write its reports, and get its descriptor and feature reports
# with ioctls.
%[1]s rw,

# hidapi and libudev identify the device in sysfs: the node's directory
# (dev, uevent) under the HID device of these USB ids, and that HID
# device's report descriptor and uevent (name, serial).
@{sys}/devices/**/%[5]s/hidraw/%[2]s/ r,
@{sys}/devices/**/%[5]s/hidraw/%[2]s/** r,
@{sys}/devices/**/%[5]s/{report_descriptor,uevent} r,
`

// hidrawPath is a hidraw node.
var hidrawPath = regexp.MustCompile(`^/dev/hidraw[0-9]+$`)

// maxUSBID bounds a USB vendor or product id, 16 bits.
const maxUSBID = 0xffff

// usbIDAttr reads an optional USB vendor or product id.
func usbIDAttr(attrs map[string]interface{}, key string) (id int64, ok bool, err error) {
	id, ok, err = intAttr(attrs, key)
	if err != nil || !ok {
		return 0, ok, err
	}
	if id < 0 || id > maxUSBID {
		return 0, true, fmt.Errorf("%q must be between 0 and 0xffff, not %d", key, id)
	}
	return id, true, nil
}

func hidrawPlugRules(attrs map[string]interface{}) (string, error) {
	path, err := devicePathAttr(attrs, hidrawPath, "a hidraw node, /dev/hidrawN")
	if err != nil {
		return "", err
	}
	vendor, hasVendor, err := usbIDAttr(attrs, "usb-vendor")
	if err != nil {
		return "", err
	}
	product, hasProduct, err := usbIDAttr(attrs, "usb-product")
	if err != nil {
		return "", err
	}
	node := path[len("/dev/"):]
	switch {
	case hasVendor != hasProduct:
		return "", fmt.Errorf(`"usb-vendor" and "usb-product" must be set together`)
	case hasVendor:
		// The kernel's name of a HID device: bus, vendor and product in
		// four upper-case hex digits each, and a four-digit instance.
		hidDevice := fmt.Sprintf("0003:%04X:%04X.[0-9A-F][0-9A-F][0-9A-F][0-9A-F]", vendor, product)
		return fmt.Sprintf(hidrawUSBConnectedPlugAppArmor, path, node, vendor, product, hidDevice), nil
	}
	return fmt.Sprintf(hidrawConnectedPlugAppArmor, path, node), nil
}

// hidrawAttributes describes the slot's attributes (hidrawPlugRules).
var hidrawAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "path", Type: interfaces.AttrTypeString, Required: true,
		Description: "The device's hidraw node, /dev/hidrawN, which the connected plug may use. " + attrDocDevicePath,
	}, {
		Side: "slot", Name: "usb-vendor", Type: interfaces.AttrTypeInt,
		Description: "The USB vendor id of the device the node must belong to, from 0 to 0xffff; set together with usb-product. With both, the plug's sysfs rules are tied to the HID device of those ids.",
	}, {
		Side: "slot", Name: "usb-product", Type: interfaces.AttrTypeInt,
		Description: "The USB product id of that device, from 0 to 0xffff; set together with usb-vendor.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a HID device's node", Slot: map[string]interface{}{"path": "/dev/hidraw3"}},
		{Title: "a node tied to a USB device's ids", Slot: map[string]interface{}{"path": "/dev/hidraw0", "usb-vendor": int64(0x046d), "usb-product": int64(0xc52b)}},
	},
}

func init() {
	registerIface(&gadgetDeviceInterface{
		commonInterface: commonInterface{
			name:                 "hidraw",
			summary:              hidrawSummary,
			docURL:               "https://snapcraft.io/docs/hidraw-interface",
			implicitOn:           notImplicit,
			baseDeclarationSlots: gadgetDeviceSlot,
			notRendered:          []string{interfaces.BackendUDev},
		},
		plugRules: hidrawPlugRules,
		attrDoc:   hidrawAttributes,
	})
}
