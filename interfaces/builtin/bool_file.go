// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// bool-file lets an app read and set one file of boolean meaning in
// sysfs: the value of an exported GPIO pin, or the brightness of an LED
// (off, or on). The slot is the gadget's (or the system's) and names
// the file with its "path" attribute, in one of two forms:
//
//   - /sys/class/gpio/gpioN/value, N a GPIO number;
//   - /sys/class/leds/NAME/brightness, NAME an LED's name (letters,
//     digits, '_', '.', ':' and '-', as LED names are).
//
// The connected plug may read, write and lock that file and nothing
// else. Any snap may plug; connections are made by hand.
//
// Those paths go through symlinks (/sys/class/gpio/gpioN and
// /sys/class/leds/NAME link to the device's directory), and AppArmor
// checks the link's target. The reference resolves the link on the host
// when it renders, and adds no rule where it cannot (its "error" in the
// reference table); rendering here never looks at the host, so the rule
// names the file in the device's directory under any parent: a GPIO
// pin's gpio/gpioN directory, or an LED's leds/NAME directory (LEDs of
// platform, I2C and SPI controllers) or input/inputM/NAME (keyboard
// LEDs, which live in their input device's directory). GPIO numbers and
// LED names are unique on a system, so each rule names one file.
//
// For a GPIO pin, the slot's own apps may export and unexport pins and
// set the pin's direction: the pin must be exported, and made an output
// or an input, before the plug's app can use its value.

const boolFileSummary = `allows access to specific file with bool semantics`

const boolFileGPIOConnectedPlugAppArmor = `
# Description: read and set the value of GPIO pin %[1]d, and lock it
# against other users.
@{sys}/devices/**/gpio/gpio%[1]d/value rwk,
`

const boolFileLEDConnectedPlugAppArmor = `
# Description: read and set the brightness of the LED %[1]s (off or
# on), and lock it against other users. It sits under its controller's
# directory, or, for a keyboard LED, under its input device's.
@{sys}/devices/**/leds/%[1]s/brightness rwk,
@{sys}/devices/**/input/input[0-9]*/%[1]s/brightness rwk,
`

const boolFileGPIOPermanentSlotAppArmor = `
# Description: provide GPIO pin %[1]d as a boolean file: export it (and
# unexport it) through sysfs, and set its direction, so that the apps
# connected to the slot can use its value.
@{sys}/class/gpio/{export,unexport} w,
@{sys}/devices/**/gpio/gpio%[1]d/direction rw,
`

// The two forms of a bool-file path.
var (
	boolFileGPIOPath = regexp.MustCompile(`^/sys/class/gpio/gpio([0-9]+)/value$`)
	boolFileLEDPath  = regexp.MustCompile(`^/sys/class/leds/([A-Za-z0-9_.:-]+)/brightness$`)
)

// boolFileTarget is a checked bool-file path: a GPIO pin (gpio >= 0) or
// an LED.
type boolFileTarget struct {
	gpio int64
	led  string
}

// readBoolFilePath reads and checks the slot's "path".
func readBoolFilePath(attrs map[string]interface{}) (boolFileTarget, error) {
	const want = "/sys/class/gpio/gpioN/value or /sys/class/leds/NAME/brightness"
	path, ok, err := stringAttr(attrs, "path")
	if err != nil {
		return boolFileTarget{}, err
	}
	if !ok {
		return boolFileTarget{}, fmt.Errorf(`"path" must be set to %s`, want)
	}
	if err := validatePath("path", path, "/sys/class"); err != nil {
		return boolFileTarget{}, err
	}
	if m := boolFileGPIOPath.FindStringSubmatch(path); m != nil {
		n, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil || n > maxDeviceNumber || m[1] != strconv.FormatInt(n, 10) {
			return boolFileTarget{}, fmt.Errorf("path %q must name a GPIO number between 0 and %d, without leading zeros", path, maxDeviceNumber)
		}
		return boolFileTarget{gpio: n}, nil
	}
	if m := boolFileLEDPath.FindStringSubmatch(path); m != nil {
		if err := checkLength("LED name", m[1], AttrNameMax); err != nil {
			return boolFileTarget{}, err
		}
		return boolFileTarget{gpio: -1, led: m[1]}, nil
	}
	return boolFileTarget{}, fmt.Errorf("path %q must be %s", path, want)
}

func boolFilePlugRules(attrs map[string]interface{}) (string, error) {
	t, err := readBoolFilePath(attrs)
	if err != nil {
		return "", err
	}
	if t.gpio >= 0 {
		return fmt.Sprintf(boolFileGPIOConnectedPlugAppArmor, t.gpio), nil
	}
	return fmt.Sprintf(boolFileLEDConnectedPlugAppArmor, t.led), nil
}

// boolFileInterface adds to the gadget device slot the permanent rules
// of a slot that provides a GPIO pin.
type boolFileInterface struct {
	gadgetDeviceInterface
}

var (
	_ interfaces.Interface          = (*boolFileInterface)(nil)
	_ interfaces.SlotSanitizer      = (*boolFileInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*boolFileInterface)(nil)
	_ apparmor.PermanentSlotDefiner = (*boolFileInterface)(nil)
)

// AppArmorPermanentSlot implements apparmor.PermanentSlotDefiner.
func (iface *boolFileInterface) AppArmorPermanentSlot(spec *apparmor.Specification, slot *snap.SlotInfo) error {
	t, err := readBoolFilePath(slot.Attrs)
	if err != nil {
		return slotAttrError(slot, err)
	}
	if t.gpio >= 0 {
		spec.AddSnippet(fmt.Sprintf(boolFileGPIOPermanentSlotAppArmor, t.gpio))
	}
	return nil
}

// boolFileAttributes describes the slot's "path" (readBoolFilePath).
var boolFileAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "path", Type: interfaces.AttrTypeString, Required: true,
		Description: "The file the connected plug may read, write and lock: /sys/class/gpio/gpioN/value for GPIO pin N, or /sys/class/leds/NAME/brightness for the LED NAME (letters, digits, \"_\", \".\", \":\" and \"-\").",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a slot for the value of GPIO pin 17", Slot: map[string]interface{}{"path": "/sys/class/gpio/gpio17/value"}},
		{Title: "a slot for the brightness of an LED", Slot: map[string]interface{}{"path": "/sys/class/leds/beaglebone:green:usr0/brightness"}},
	},
}

func init() {
	registerIface(&boolFileInterface{gadgetDeviceInterface{
		commonInterface: commonInterface{
			name:                 "bool-file",
			summary:              boolFileSummary,
			docURL:               "https://snapcraft.io/docs/bool-file-interface",
			implicitOn:           notImplicit,
			baseDeclarationSlots: gadgetDeviceSlot,
		},
		plugRules: boolFilePlugRules,
		attrDoc:   boolFileAttributes,
	}})
}
