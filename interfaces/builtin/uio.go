// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"

	"github.com/snapiface/snapiface/interfaces"
)

// uio lets an app drive one device from user space through the kernel's
// Userspace I/O framework: map the device's memory regions from its
// node, wait for and acknowledge its interrupts by reading and writing
// the node, and read the regions' addresses and sizes from sysfs, as
// user-space drivers of FPGA logic and industrial boards do. The slot
// is the gadget's (or the system's) and names the device with its
// "path" attribute, /dev/uioN; the connected plug may use that node and
// read that device's sysfs directory, and no other UIO device. Any snap
// may plug, and connections are made by hand. Slots exist only where a
// device maker declares them, so there is no implicit slot.
//
// The reference renders the plug's rules for a slot with a path; a
// bare slot, which Describe uses, is refused here, so the
// catalogue-wide comparison sees no connected plug policy for it.
//
// Not rendered here: udev. The app's device cgroup admits the node only
// once a udev rule tags it for the app's security tag; a daemon using
// this library writes that rule itself.

const uioSummary = `allows access to a specific UIO device`

const uioConnectedPlugAppArmor = `
# Description: drive the UIO device %[1]s from user space: map its
# memory regions (mmap of the node), and wait for and acknowledge its
# interrupts (read and write of the node).
%[1]s rw,

# The device's name and version, and the address, size and offset of
# each of its memory and port regions (maps/mapN, portio/portN).
@{sys}/devices/**/uio/%[2]s/ r,
@{sys}/devices/**/uio/%[2]s/** r,
`

// uioPath is a UIO device node.
var uioPath = regexp.MustCompile(`^/dev/uio[0-9]+$`)

func uioPlugRules(attrs map[string]interface{}) (string, error) {
	path, err := devicePathAttr(attrs, uioPath, "a UIO device node, /dev/uioN")
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(uioConnectedPlugAppArmor, path, path[len("/dev/"):]), nil
}

// uioAttributes describes the slot's "path" (uioPlugRules).
var uioAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "path", Type: interfaces.AttrTypeString, Required: true,
		Description: "The UIO device's node, /dev/uioN; the connected plug may use it and read that device's sysfs directory. " + attrDocDevicePath,
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a UIO device", Slot: map[string]interface{}{"path": "/dev/uio0"}},
	},
}

func init() {
	registerIface(&gadgetDeviceInterface{
		commonInterface: commonInterface{
			name:                 "uio",
			summary:              uioSummary,
			docURL:               "https://snapcraft.io/docs/uio-interface",
			implicitOn:           notImplicit,
			baseDeclarationSlots: gadgetDeviceSlot,
			notRendered:          []string{interfaces.BackendUDev},
		},
		plugRules: uioPlugRules,
		attrDoc:   uioAttributes,
	})
}
