// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// mediatek-accel lets an app use the hardware accelerators of MediaTek
// Genio boards. The plug says which with boolean attributes, at least
// one of them true:
//
//   - "apu": the AI processing unit, /dev/apusys, through which the
//     NeuroPilot runtime runs neural networks;
//   - "vcu": the video processor unit, /dev/vcu, and the media data
//     path units beside it, /dev/vcuN, which the video codec and image
//     processing daemons drive.
//
// A plug with none set is refused when its snap is added, as under the
// reference. The slot is the system's; the plug installs anywhere and
// is connected by hand.
//
// The reference's table says that a manual connection of the bare plug
// is refused: the bare plug never gets as far as a connection, being
// refused when its snap is added. The base declaration here has no rule
// of its own for the plug, so a decision taken on a bare plug, which
// the sanitizer would have dropped, says that it may connect; the
// policy package's reference test lists that as an exception.
//
// Not rendered here: udev. The app's device cgroup admits the units'
// nodes only once udev rules tag them for the app's security tag; a
// daemon using this library writes those rules itself.

const mediatekAccelSummary = `allows access to the hardware accelerators of MediaTek Genio boards`

const mediatekAccelConnectedPlugAppArmorHeader = `
# Description: use hardware accelerators of MediaTek Genio boards: %s.
`

// mediatekAccelUnits are the units a plug may ask for, in the order
// their rules are rendered, with those rules.
var mediatekAccelUnits = []struct {
	attr, what, rules string
}{
	{"apu", "the AI processing unit", `
# The AI processing unit's node: models are loaded and run, and their
# buffers shared, with ioctls on it.
/dev/apusys rw,
`},
	{"vcu", "the video processor and media data path units", `
# The video processor unit's node, through which the codec daemon runs
# the firmware's encode and decode jobs, and the media data path units'
# nodes (scaling, colour conversion), one per unit.
/dev/vcu rw,
/dev/vcu[0-9]* rw,
`},
}

// mediatekAccelRules checks the unit attributes of a plug and renders
// the rules of the units set.
func mediatekAccelRules(attrs map[string]interface{}) (string, error) {
	var whats, rules []string
	for _, unit := range mediatekAccelUnits {
		set, err := boolAttr(attrs, unit.attr, false)
		if err != nil {
			return "", err
		}
		if set {
			whats = append(whats, unit.what)
			rules = append(rules, unit.rules)
		}
	}
	if len(rules) == 0 {
		return "", fmt.Errorf(`at least one unit must be set to true: "apu" or "vcu"`)
	}
	return fmt.Sprintf(mediatekAccelConnectedPlugAppArmorHeader, strings.Join(whats, " and ")) + strings.Join(rules, ""), nil
}

// mediatekAccelInterface renders the rules of the units its plug asks
// for.
type mediatekAccelInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*mediatekAccelInterface)(nil)
	_ interfaces.AttributeDescriber = (*mediatekAccelInterface)(nil)
	_ interfaces.PlugSanitizer      = (*mediatekAccelInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*mediatekAccelInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *mediatekAccelInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := mediatekAccelRules(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner. Only
// the plug's static attributes, which the sanitizer checked, choose the
// units.
func (iface *mediatekAccelInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	rules, err := mediatekAccelRules(plug.StaticAttrs())
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	spec.AddSnippet(rules)
	return nil
}

// mediatekAccelAttributes describes the plug's attributes
// (mediatekAccelRules).
var mediatekAccelAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "apu", Type: interfaces.AttrTypeBool, Default: "false",
		Description: "true grants the AI processing unit, /dev/apusys. At least one of apu and vcu must be true.",
	}, {
		Side: "plug", Name: "vcu", Type: interfaces.AttrTypeBool, Default: "false",
		Description: "true grants the video processor unit, /dev/vcu, and the media data path units /dev/vcuN. At least one of apu and vcu must be true.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "the AI processing unit", Plug: map[string]interface{}{"apu": true}},
		{Title: "both units", Plug: map[string]interface{}{"apu": true, "vcu": true}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *mediatekAccelInterface) Attributes() interfaces.AttributeDoc {
	return mediatekAccelAttributes
}

func init() {
	registerIface(&mediatekAccelInterface{commonInterface{
		name:                 "mediatek-accel",
		summary:              mediatekAccelSummary,
		implicitOn:           implicitOnAllSystems,
		baseDeclarationSlots: systemSlotNoAutoConnect,
		notRendered:          []string{interfaces.BackendUDev},
	}})
}
