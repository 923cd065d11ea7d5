// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// The gadget device slots (serial-port, gpio, i2c, spi, pwm): the slot
// names one device with attributes, and the connected plug policy
// grants exactly that device. Their base declaration is
// gadgetDeviceSlot (declarations.go); the attribute readers their
// sanitizers use are in attrs.go.

// gadgetDeviceInterface is an interface whose slot names one device
// with attributes and whose connected plug policy grants exactly that
// device. plugRules checks the slot's attributes and renders the rules;
// the sanitizer and the hook both call it, so that policy is rendered
// from checked values only.
type gadgetDeviceInterface struct {
	commonInterface
	plugRules func(attrs map[string]interface{}) (string, error)
	// attrDoc describes the slot's attributes, which plugRules checks.
	attrDoc interfaces.AttributeDoc
}

var (
	_ interfaces.Interface          = (*gadgetDeviceInterface)(nil)
	_ interfaces.SlotSanitizer      = (*gadgetDeviceInterface)(nil)
	_ interfaces.AttributeDescriber = (*gadgetDeviceInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*gadgetDeviceInterface)(nil)
)

// BeforePrepareSlot implements interfaces.SlotSanitizer.
func (iface *gadgetDeviceInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	if _, err := iface.plugRules(slot.Attrs); err != nil {
		return slotAttrError(slot, err)
	}
	return nil
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *gadgetDeviceInterface) Attributes() interfaces.AttributeDoc { return iface.attrDoc }

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner. Only
// the slot's static attributes, which the sanitizer checked, name the
// device.
func (iface *gadgetDeviceInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	rules, err := iface.plugRules(slot.StaticAttrs())
	if err != nil {
		return slotAttrError(slot.SlotInfo(), err)
	}
	spec.AddSnippet(rules)
	return nil
}

// devicePathAttr reads the "path" attribute of a slot that names a
