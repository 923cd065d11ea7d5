// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// sd-control lets an app control the SD card slots of boards whose SD
// controller has a control node of its own. The plug says which with
// its "flavor" attribute; the only flavor is "dual-sd", the DualSD
// driver, whose /dev/DualSD node switches between and powers the
// board's two cards. A plug without a flavor gets nothing, as under the
// reference. The plug needs a snap declaration to install and is
// connected by hand; the slot is the system's.
//
// A flavor other than dual-sd is refused when the snap is added, where
// the reference accepts it and grants nothing: a typo should not leave
// a plug that silently does nothing.
//
// Not rendered here: udev. The app's device cgroup admits /dev/DualSD
// only once a udev rule tags the node for the app's security tag; a
// daemon using this library writes that rule itself.

const sdControlSummary = `allows controlling SD cards on certain boards`

const sdControlDualSDConnectedPlugAppArmor = `
# Description: control the board's SD cards through the DualSD driver.

# The driver's control node: choose the active card and power the
# cards, through writes and ioctls on the open node.
/dev/DualSD rw,
`

// sdControlFlavors maps each flavor a plug may name to its rules.
var sdControlFlavors = map[string]string{
	"dual-sd": sdControlDualSDConnectedPlugAppArmor,
}

// sdControlRules checks the plug's "flavor" and returns the rules it
// gets: none without a flavor.
func sdControlRules(attrs map[string]interface{}) (string, error) {
	flavor, ok, err := stringAttr(attrs, "flavor")
	if err != nil || !ok {
		return "", err
	}
	rules, known := sdControlFlavors[flavor]
	if !known {
		return "", fmt.Errorf(`"flavor" must be dual-sd, not %q`, flavor)
	}
	return rules, nil
}

// sdControlInterface renders the rules of the plug's flavor.
type sdControlInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*sdControlInterface)(nil)
	_ interfaces.AttributeDescriber = (*sdControlInterface)(nil)
	_ interfaces.PlugSanitizer      = (*sdControlInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*sdControlInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *sdControlInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := sdControlRules(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *sdControlInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	rules, err := sdControlRules(plug.StaticAttrs())
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	if rules != "" {
		spec.AddSnippet(rules)
	}
	return nil
}

// sdControlAttributes describes the plug's "flavor" (sdControlRules).
var sdControlAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "flavor", Type: interfaces.AttrTypeString, Default: "none: the plug gets nothing",
		Description: "The SD controller: the only flavor is \"dual-sd\", the DualSD driver's /dev/DualSD node.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a board with the DualSD driver", Plug: map[string]interface{}{"flavor": "dual-sd"}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *sdControlInterface) Attributes() interfaces.AttributeDoc { return sdControlAttributes }

func init() {
	registerIface(&sdControlInterface{commonInterface{
		name:                 "sd-control",
		summary:              sdControlSummary,
		docURL:               "https://snapcraft.io/docs/sd-control-interface",
		implicitOn:           implicitOnAllSystems,
		baseDeclarationPlugs: superPrivilegedPlug,
		baseDeclarationSlots: systemSlotNoAutoConnect,
		notRendered:          []string{interfaces.BackendUDev},
	}})
}
