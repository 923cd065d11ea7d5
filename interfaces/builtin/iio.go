// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"

	"github.com/snapiface/snapiface/interfaces"
)

// iio lets an app use one device of the kernel's Industrial I/O
// subsystem (an ADC, DAC, accelerometer, gyroscope, light or pressure
// sensor, ...): read its channels and set its sampling through the
// device's sysfs attributes, and stream buffered samples and events
// through its node, as libiio's local backend and iio tools do. The
// slot is the gadget's (or the system's) and names the device with its
// "path" attribute, the node /dev/iio:deviceN; the connected plug may
// use that node and that device's sysfs directory, and no other IIO
// device. Any snap may plug, and connections are made by hand. Slots
// exist only where a device maker declares them, so there is no
// implicit slot.
//
// The reference renders the plug's rules for a slot with a path; a
// bare slot, which Describe uses, is refused here, so the
// catalogue-wide comparison sees no connected plug policy for it.
//
// Not rendered here: udev. The app's device cgroup admits the node only
// once a udev rule tags it for the app's security tag; a daemon using
// this library writes that rule itself.

const iioSummary = `allows access to a specific IIO device`

const iioConnectedPlugAppArmor = `
# Description: use the Industrial I/O device %[1]s: read buffered
# samples and events from its node (events through an ioctl's
# descriptor), and read and set its channels, sampling, buffer and
# trigger through its sysfs attributes.
%[1]s rw,

# libiio lists the IIO devices to find this one, then reads and writes
# the attributes in its directory (buffer/enable, scan_elements/*,
# sampling_frequency, trigger/current_trigger, ...).
@{sys}/bus/iio/devices/ r,
@{sys}/devices/**/%[2]s/ r,
@{sys}/devices/**/%[2]s/** rw,
`

// iioPath is an IIO device node.
var iioPath = regexp.MustCompile(`^/dev/iio:device[0-9]+$`)

func iioPlugRules(attrs map[string]interface{}) (string, error) {
	path, err := devicePathAttr(attrs, iioPath, "an IIO device node, /dev/iio:deviceN")
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(iioConnectedPlugAppArmor, path, path[len("/dev/"):]), nil
}

// iioAttributes describes the slot's "path" (iioPlugRules).
var iioAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "path", Type: interfaces.AttrTypeString, Required: true,
		Description: "The IIO device's node, /dev/iio:deviceN; the connected plug may use it and that device's sysfs directory. " + attrDocDevicePath,
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "an IIO sensor", Slot: map[string]interface{}{"path": "/dev/iio:device0"}},
	},
}

func init() {
	registerIface(&gadgetDeviceInterface{
		commonInterface: commonInterface{
			name:                 "iio",
			summary:              iioSummary,
			docURL:               "https://snapcraft.io/docs/iio-interface",
			implicitOn:           notImplicit,
			baseDeclarationSlots: gadgetDeviceSlot,
			notRendered:          []string{interfaces.BackendUDev},
		},
		plugRules: iioPlugRules,
		attrDoc:   iioAttributes,
	})
}
