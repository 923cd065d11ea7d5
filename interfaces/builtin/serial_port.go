// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"

	"github.com/snapiface/snapiface/interfaces"
)

// serial-port lets an app use one serial port: a UART of the board
// (ttyS, ttyAMA, ttymxc, ...), or a USB serial adapter with a fixed
// device node. The slot is the gadget's (or the system's) and names the
// port with its "path" attribute, a /dev/tty node of a serial driver;
// the connected plug may read, write and lock exactly that node. Slots
// exist only where a device maker declares them, so there is no
// implicit slot; any snap may plug, and connections are made by hand.
//
// Hotplug slots, which identify a USB adapter by "usb-vendor" and
// "usb-product" and reach it through a udev-made symlink, are not
// supported: snapiface has no udev backend to tag the device and make
// the link, so such a slot is refused rather than left granting
// nothing. A path must name the device node itself, not a symlink
// (/dev/serial/by-id/...): AppArmor checks the resolved path, so a rule
// for the link would match nothing.
//
// The reference renders the plug's rule for a slot with a path; a bare
// slot, which Describe uses, is refused here, so the catalogue-wide
// comparison sees no connected plug policy for it.
//
// Not rendered here: udev. The app's device cgroup admits the slot's
// port only once a udev rule tags it (by path, or by USB vendor and
// product for a hot-plugged adapter) for the app's security tag; a
// daemon using this library writes that rule itself.

const serialPortSummary = `allows accessing a specific serial port`

const serialPortConnectedPlugAppArmor = `
# Description: use the serial port %[1]s: read and write it, set its
# line settings (ioctl on the open node), and lock it (flock, or
# TIOCEXCL) against other users.
%[1]s rwk,
`

// serialPortPath is a serial device node: "tty", then the name of a
// serial driver's devices (capitalised, as ttyS, ttyUSB, ttyAMA, or one
// of the lowercase ones), then the port number. Virtual consoles
// (tty1), pseudo-terminals and the controlling terminal do not match.
var serialPortPath = regexp.MustCompile(`^/dev/tty(?:[A-Z][A-Za-z]*|mxc)[0-9]+$`)

// serialPortHotplugAttrs are the attributes of hotplug slots, which
// snapiface does not support.
var serialPortHotplugAttrs = []string{"usb-vendor", "usb-product", "usb-interface-number"}

func serialPortPlugRules(attrs map[string]interface{}) (string, error) {
	for _, key := range serialPortHotplugAttrs {
		if _, ok := attrs[key]; ok {
			return "", fmt.Errorf("%q is not supported: hotplug serial ports need a udev backend, which snapiface does not have", key)
		}
	}
	path, err := devicePathAttr(attrs, serialPortPath, "a serial port's device node, such as /dev/ttyS0, /dev/ttyUSB0 or /dev/ttyAMA0")
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(serialPortConnectedPlugAppArmor, path), nil
}

// serialPortAttributes describes the slot's "path"
// (serialPortPlugRules).
var serialPortAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "path", Type: interfaces.AttrTypeString, Required: true,
		Description: "The serial port's node: /dev/tty followed by a capitalised driver name (ttyS, ttyUSB, ttyAMA, ttyACM, ...) or mxc, and a number. The hotplug attributes usb-vendor, usb-product and usb-interface-number are refused: they need a udev backend. " + attrDocDevicePath,
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "the board's first UART", Slot: map[string]interface{}{"path": "/dev/ttyS0"}},
	},
}

func init() {
	registerIface(&gadgetDeviceInterface{
		commonInterface: commonInterface{
			name:                 "serial-port",
			notRendered:          []string{interfaces.BackendUDev},
			summary:              serialPortSummary,
			implicitOn:           notImplicit,
			baseDeclarationSlots: gadgetDeviceSlot,
		},
		plugRules: serialPortPlugRules,
		attrDoc:   serialPortAttributes,
	})
}
