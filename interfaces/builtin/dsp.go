// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
)

// dsp lets an app control the digital signal processor of a board
// whose gadget declares one: load and run its firmware, and drive the
// image and video pipeline built on it. The slot is the gadget's (or
// the system's) and says which DSP with its "flavor" attribute; the
// only flavor is "ambarella", the vision SoCs (CV2x, S6Lm) whose SDK
// drives the DSP through the IAV driver and its companions. Any snap
// may plug, and connections are made by hand: the drivers expose the
// DSP's memory and registers to the app.
//
// The reference gives a slot without a flavor, or with one it does not
// know, no rules at all. Here such a slot is refused when its snap is
// added, so that a gadget's typo shows instead of a connection that
// grants nothing; Describe, which uses a bare slot, therefore sees no
// connected plug policy.
//
// Not rendered here: udev. The app's device cgroup admits the DSP's
// nodes only once a udev rule tags them for the app's security tag; a
// daemon using this library writes that rule itself.

const dspSummary = `allows controlling digital signal processors on certain boards`

const dspAmbarellaConnectedPlugAppArmor = `
# Description: control the digital signal processor of an Ambarella
# vision SoC: its firmware, and the image and video pipeline on it.

# The SDK's drivers: iav (the image and video pipeline), ucode (the
# DSP's firmware), cavalry (the CV vector processor), lens (lens
# control) and ambad (register access for tuning). Commands go through
# ioctls and the DSP's memory is mapped from the nodes.
/dev/{iav,ucode,cavalry,lens,ambad} rw,

# The same drivers publish the DSP's state and settings (video input
# ISP, DMA, timers, clocks, USB PHY) under /proc/ambarella, where the
# SDK reads and sets them.
@{PROC}/ambarella/ r,
@{PROC}/ambarella/** rw,
`

// dspFlavors are the DSPs a slot may name, with their rules.
var dspFlavors = map[string]string{
	"ambarella": dspAmbarellaConnectedPlugAppArmor,
}

func dspPlugRules(attrs map[string]interface{}) (string, error) {
	flavor, ok, err := stringAttr(attrs, "flavor")
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf(`"flavor" must be set to the board's DSP: ambarella`)
	}
	rules, known := dspFlavors[flavor]
	if !known {
		return "", fmt.Errorf(`"flavor" must be ambarella, not %q`, flavor)
	}
	return rules, nil
}

// dspAttributes describes the slot's "flavor" (dspPlugRules).
var dspAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "flavor", Type: interfaces.AttrTypeString, Required: true,
		Description: "Which DSP the board has, and so which drivers' nodes the connected plug may use. The only flavor is \"ambarella\": the IAV, ucode, cavalry, lens and ambad nodes and /proc/ambarella.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "an Ambarella board's DSP", Slot: map[string]interface{}{"flavor": "ambarella"}},
	},
}

func init() {
	registerIface(&gadgetDeviceInterface{
		commonInterface: commonInterface{
			name:                 "dsp",
			summary:              dspSummary,
			implicitOn:           notImplicit,
			baseDeclarationSlots: gadgetDeviceSlot,
			notRendered:          []string{interfaces.BackendUDev},
		},
		plugRules: dspPlugRules,
		attrDoc:   dspAttributes,
	})
}
