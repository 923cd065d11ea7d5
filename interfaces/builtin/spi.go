// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"

	"github.com/snapiface/snapiface/interfaces"
)

// spi lets an app talk to one device on an SPI bus through the kernel's
// spidev driver: full-duplex transfers and the bus settings (mode,
// word size, clock) of that device. The slot is the gadget's (or the
// system's) and names the device with its "path" attribute,
// /dev/spidevB.C for chip select C of bus B; the connected plug may use
// that node and no other. Any snap may plug, and connections are made
// by hand.
//
// The reference renders the plug's rule for a slot with a path; a bare
// slot, which Describe uses, is refused here, so the catalogue-wide
// comparison sees no connected plug policy for it.
//
// Not rendered here: udev. The app's device cgroup admits the slot's
// spidev node only once a udev rule tags it for the app's security tag;
// a daemon using this library writes that rule itself.

const spiSummary = `allows access to a specific SPI device`

const spiConnectedPlugAppArmor = `
# Description: talk to the SPI device %[1]s: transfers and bus settings
# go through read, write and ioctl on its node.
%[1]s rw,
`

// spiPath is a spidev node: bus number, a dot, chip select number.
var spiPath = regexp.MustCompile(`^/dev/spidev[0-9]+\.[0-9]+$`)

func spiPlugRules(attrs map[string]interface{}) (string, error) {
	path, err := devicePathAttr(attrs, spiPath, "an spidev node, /dev/spidevB.C (bus B, chip select C)")
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(spiConnectedPlugAppArmor, path), nil
}

// spiAttributes describes the slot's "path" (spiPlugRules).
var spiAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "path", Type: interfaces.AttrTypeString, Required: true,
		Description: "The spidev node /dev/spidevB.C of chip select C on bus B, which the connected plug may use. " + attrDocDevicePath,
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "chip select 0 of SPI bus 0", Slot: map[string]interface{}{"path": "/dev/spidev0.0"}},
	},
}

func init() {
	registerIface(&gadgetDeviceInterface{
		commonInterface: commonInterface{
			name:                 "spi",
			notRendered:          []string{interfaces.BackendUDev},
			summary:              spiSummary,
			implicitOn:           notImplicit,
			baseDeclarationSlots: gadgetDeviceSlot,
		},
		plugRules: spiPlugRules,
		attrDoc:   spiAttributes,
	})
}
