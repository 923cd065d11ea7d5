// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"github.com/snapiface/snapiface/interfaces"
)

// pwm lets an app drive one channel of a PWM (pulse-width modulation)
// controller through the kernel's sysfs PWM interface: its period, duty
// cycle, polarity, and whether it runs. The slot is the gadget's (or
// the system's) and names the channel with "chip-number" (N of
// /sys/class/pwm/pwmchipN) and "channel" (M of its pwmM); the connected
// plug may use that channel's attributes and no other's. Any snap may
// plug, and connections are made by hand.
//
// As with gpio, exporting the channel (writing M to the chip's export)
// is the daemon's job at connect time, not the app's, and the rule
// matches the channel's directory under any controller rather than
// resolving the /sys/class/pwm symlink, so that rendering never looks
// at the host. The reference was measured on a host without
// /sys/class/pwm and added no rule; here a slot with both numbers
// always gets its rule.

const pwmSummary = `allows access to a specific PWM channel`

const pwmConnectedPlugAppArmor = `
# Description: drive channel %[2]d of PWM chip %[1]d through sysfs: set
# its period, duty cycle and polarity, turn it on and off, and read
# captured signals.
@{sys}/devices/**/pwm/pwmchip%[1]d/pwm%[2]d/ r,
@{sys}/devices/**/pwm/pwmchip%[1]d/pwm%[2]d/{capture,duty_cycle,enable,period,polarity} rw,
`

func pwmPlugRules(attrs map[string]interface{}) (string, error) {
	chip, err := deviceNumberAttr(attrs, "chip-number")
	if err != nil {
		return "", err
	}
	channel, err := deviceNumberAttr(attrs, "channel")
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(pwmConnectedPlugAppArmor, chip, channel), nil
}

// pwmAttributes describes the slot's attributes (pwmPlugRules).
var pwmAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "chip-number", Type: interfaces.AttrTypeInt, Required: true,
		Description: "N of the PWM controller /sys/class/pwm/pwmchipN. " + attrDocDeviceNumber,
	}, {
		Side: "slot", Name: "channel", Type: interfaces.AttrTypeInt, Required: true,
		Description: "M of the controller's channel pwmM, whose attributes the connected plug may use. " + attrDocDeviceNumber,
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "channel 1 of PWM chip 0", Slot: map[string]interface{}{"chip-number": int64(0), "channel": int64(1)}},
	},
}

func init() {
	registerIface(&gadgetDeviceInterface{
		commonInterface: commonInterface{
			name:                 "pwm",
			summary:              pwmSummary,
			implicitOn:           notImplicit,
			baseDeclarationSlots: gadgetDeviceSlot,
		},
		plugRules: pwmPlugRules,
		attrDoc:   pwmAttributes,
	})
}
