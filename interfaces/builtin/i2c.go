// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"

	"github.com/snapiface/snapiface/interfaces"
)

// i2c lets an app use one I2C bus or one device on it. The slot is the
// gadget's (or the system's) and says which, with exactly one of two
// attributes:
//
//   - "path", /dev/i2c-N: the bus adapter's i2c-dev node, through which
//     the app talks to any device on bus N itself (i2c-tools, smbus).
//   - "sysfs-name", the kernel's name of one device under
//     /sys/bus/i2c/devices (such as 1-0050, bus 1, address 0x50): a
//     device a kernel driver serves, whose sysfs attributes (an
//     EEPROM's contents, a sensor's readings) the app may read and
//     write.
//
// The connected plug may use that node or those attributes and nothing
// else. Any snap may plug, and connections are made by hand. The
// reference renders the plug's rules for a slot with attributes; a bare
// slot, which Describe uses, is refused here, so the catalogue-wide
// comparison sees no connected plug policy for it.
//
// Not rendered here: udev. The app's device cgroup admits the slot's bus
// node only once a udev rule tags it for the app's security tag; a
// daemon using this library writes that rule itself.

const i2cSummary = `allows access to a specific I2C bus or device`

const i2cAdapterConnectedPlugAppArmor = `
# Description: use I2C bus %[2]s through its i2c-dev node %[1]s:
# transfers and the bus settings go through read, write and ioctl.
%[1]s rw,

# i2c-tools read the adapter's name and functionality from sysfs.
@{sys}/devices/**/%[2]s/name r,
`

const i2cDeviceConnectedPlugAppArmor = `
# Description: use the I2C device %[1]s that a kernel driver serves,
# through its sysfs attributes (an EEPROM's contents, a sensor's
# readings and settings). Devices sit in the directory of their bus
# adapter.
@{sys}/devices/**/i2c-[0-9]*/%[1]s/ r,
@{sys}/devices/**/i2c-[0-9]*/%[1]s/** rw,
`

// i2cAdapterPath is an i2c-dev node.
var i2cAdapterPath = regexp.MustCompile(`^/dev/i2c-[0-9]+$`)

// i2cSysfsName is the name of an I2C device in sysfs: BUS-ADDRESS
// ("1-0050"), or the ACPI form "i2c-" and a hardware id ("i2c-ELAN0000:00").
var i2cSysfsName = regexp.MustCompile(`^(?:[0-9]+-[0-9a-f]{4}|i2c-[A-Z0-9]+:[0-9a-f]{2})$`)

func i2cPlugRules(attrs map[string]interface{}) (string, error) {
	name, hasName, err := stringAttr(attrs, "sysfs-name")
	if err != nil {
		return "", err
	}
	_, hasPath := attrs["path"]
	switch {
	case hasName && hasPath:
		return "", fmt.Errorf(`"path" and "sysfs-name" cannot both be set`)
	case hasName:
		if err := validateLiteral("sysfs-name", name); err != nil {
			return "", err
		}
		if !i2cSysfsName.MatchString(name) {
			return "", fmt.Errorf("sysfs-name %q must name an I2C device, such as 1-0050 (bus 1, address 0x50)", name)
		}
		return fmt.Sprintf(i2cDeviceConnectedPlugAppArmor, name), nil
	}
	path, err := devicePathAttr(attrs, i2cAdapterPath, `an I2C adapter's node, /dev/i2c-N (or "sysfs-name" set to a device's name)`)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(i2cAdapterConnectedPlugAppArmor, path, path[len("/dev/"):]), nil
}

// i2cAttributes describes the slot's attributes (i2cPlugRules): one of
// two, so that neither is required alone.
var i2cAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "path", Type: interfaces.AttrTypeString,
		Description: "The bus adapter's i2c-dev node, /dev/i2c-N, through which the connected plug talks to any device on bus N. Exactly one of path and sysfs-name is set. " + attrDocDevicePath,
	}, {
		Side: "slot", Name: "sysfs-name", Type: interfaces.AttrTypeString,
		Description: "The kernel's name of one device under /sys/bus/i2c/devices, such as 1-0050 (bus 1, address 0x50) or i2c-NAME:aa for an ACPI device, whose sysfs attributes the connected plug may read and write. Exactly one of path and sysfs-name is set.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a whole I2C bus", Slot: map[string]interface{}{"path": "/dev/i2c-1"}},
		{Title: "one device that a kernel driver serves", Slot: map[string]interface{}{"sysfs-name": "1-0050"}},
	},
}

func init() {
	registerIface(&gadgetDeviceInterface{
		commonInterface: commonInterface{
			name:                 "i2c",
			notRendered:          []string{interfaces.BackendUDev},
			summary:              i2cSummary,
			implicitOn:           notImplicit,
			baseDeclarationSlots: gadgetDeviceSlot,
		},
		plugRules: i2cPlugRules,
		attrDoc:   i2cAttributes,
	})
}
