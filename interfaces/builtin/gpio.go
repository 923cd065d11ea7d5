// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
)

// gpio lets an app drive one GPIO pin through the kernel's sysfs GPIO
// interface: set its direction, read or write its value, and wait for
// edges on it. The slot is the gadget's (or the system's) and names the
// pin with its "number" attribute, the kernel's global GPIO number; the
// connected plug may use that pin's attributes and no other's. Any snap
// may plug, and connections are made by hand.
//
// The pin must be exported (its number written to
// /sys/class/gpio/export) before an app can use it. That is the
// daemon's job when it connects the plug: the app gets no write access
// to export and unexport, which would let it claim any pin. The sysfs
// node of a pin is reached through /sys/class/gpio/gpioN, a symlink
// whose target depends on the board, and AppArmor checks the target:
// the rule matches the pin's directory under any GPIO controller
// rather than resolving the link, so that rendering never looks at the
// host.
//
// The reference was measured on a host without /sys/class/gpio, where
// resolving the link failed and no rule was added; here a slot with a
// number always gets its rule.
//
// Not rendered here: systemd. The reference exports the slot's pin
// through sysfs from a systemd unit, before the app starts; a daemon
// using this library writes that unit itself.

const gpioSummary = `allows access to a specific GPIO pin`

const gpioConnectedPlugAppArmor = `
# Description: drive GPIO pin %[1]d through sysfs: set its direction
# and edge detection, read and write its value (and poll it for
# edges), and invert its logic level.
@{sys}/devices/**/gpio/gpio%[1]d/ r,
@{sys}/devices/**/gpio/gpio%[1]d/{active_low,direction,edge,value} rw,
`

func gpioPlugRules(attrs map[string]interface{}) (string, error) {
	number, err := deviceNumberAttr(attrs, "number")
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(gpioConnectedPlugAppArmor, number), nil
}

// gpioAttributes describes the slot's "number" (gpioPlugRules).
var gpioAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "number", Type: interfaces.AttrTypeInt, Required: true,
		Description: "The kernel's global number of the pin whose sysfs attributes the connected plug may use. " + attrDocDeviceNumber,
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "the GPIO pin numbered 17", Slot: map[string]interface{}{"number": int64(17)}},
	},
}

func init() {
	registerIface(&gadgetDeviceInterface{
		commonInterface: commonInterface{
			name:                 "gpio",
			notRendered:          []string{interfaces.BackendSystemd},
			summary:              gpioSummary,
			implicitOn:           notImplicit,
			baseDeclarationSlots: gadgetDeviceSlot,
		},
		plugRules: gpioPlugRules,
		attrDoc:   gpioAttributes,
	})
}
