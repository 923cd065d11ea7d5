// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// Code shared by the device and container interfaces: the gadget
// device slots (serial-port, gpio, i2c, spi, pwm), whose connected plug
// policy names the one device a slot describes, and the attribute
// readers their sanitizers use.

// manualSystemSlotDeclaration lets only the system carry the slot, and
// keeps plugs from auto-connecting to it: they are connected by hand.
const manualSystemSlotDeclaration = `
allow-installation:
  slot-snap-type:
    - core
deny-auto-connection: true
`

// superPrivilegedPlugDeclaration is the plug rule of an interface that
// hands over much of the host: carrying the plug needs a snap
// declaration. Being the plug rule, it is also the rule that decides
// connections, so it says again that the plug never auto-connects; a
// manual connection stays allowed.
const superPrivilegedPlugDeclaration = `
allow-installation: false
deny-auto-connection: true
`

// chownSecComp allows changing the owner of files, by every syscall
// that does (the 32-bit ones exist on 32-bit architectures only).
// AppArmor's chown and fowner capabilities decide whose files.
const chownSecComp = `chown
chown32
fchown
fchown32
fchownat
lchown
lchown32
`

// gadgetDeviceBaseDeclarationSlots lets the system or a gadget carry a
// slot describing one device, and keeps it from auto-connecting: which
// app drives which pin or port is the device owner's choice.
const gadgetDeviceBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - core
    - gadget
deny-auto-connection: true
`

// gadgetDeviceInterface is an interface whose slot names one device
// with attributes and whose connected plug policy grants exactly that
// device. plugRules checks the slot's attributes and renders the rules;
// the sanitizer and the hook both call it, so that policy is rendered
// from checked values only.
type gadgetDeviceInterface struct {
	commonInterface
	plugRules func(attrs map[string]interface{}) (string, error)
}

var (
	_ interfaces.Interface          = (*gadgetDeviceInterface)(nil)
	_ interfaces.SlotSanitizer      = (*gadgetDeviceInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*gadgetDeviceInterface)(nil)
)

// BeforePrepareSlot implements interfaces.SlotSanitizer.
func (iface *gadgetDeviceInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	_, err := iface.plugRules(slot.Attrs)
	return err
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner. Only
// the slot's static attributes, which the sanitizer checked, name the
// device.
func (iface *gadgetDeviceInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	rules, err := iface.plugRules(slot.StaticAttrs())
	if err != nil {
		return fmt.Errorf("cannot use slot %q of snap %q: %w", slot.Name(), slot.Snap().InstanceName(), err)
	}
	spec.AddSnippet(rules)
	return nil
}

// devicePathAttr reads the "path" attribute of a slot that names a
// device node: required, a clean literal path under /dev, and matching
// pattern. want describes the node expected, for errors.
func devicePathAttr(attrs map[string]interface{}, pattern *regexp.Regexp, want string) (string, error) {
	path, ok, err := stringAttr(attrs, "path")
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf(`"path" must be set to %s`, want)
	}
	if err := validatePath("path", path, "/dev"); err != nil {
		return "", err
	}
	if !pattern.MatchString(path) {
		return "", fmt.Errorf("path %q must be %s", path, want)
	}
	return path, nil
}

// intAttr reads an optional integer attribute (YAML integers are int64
// once normalised).
func intAttr(attrs map[string]interface{}, key string) (value int64, ok bool, err error) {
	raw, ok := attrs[key]
	if !ok {
		return 0, false, nil
	}
	n, isInt := raw.(int64)
	if !isInt {
		return 0, true, fmt.Errorf("%q must be an integer", key)
	}
	return n, true, nil
}

// deviceNumberAttr reads a required integer attribute that numbers a
// device, a pin or a channel: 0 or more, and small enough for the
// kernel's numbering.
func deviceNumberAttr(attrs map[string]interface{}, key string) (int64, error) {
	n, ok, err := intAttr(attrs, key)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, fmt.Errorf("%q must be set", key)
	}
	if n < 0 || n > maxDeviceNumber {
		return 0, fmt.Errorf("%q must be between 0 and %d, not %d", key, maxDeviceNumber, n)
	}
	return n, nil
}

// maxDeviceNumber bounds pin, chip and channel numbers: the kernel
// numbers them with ints, and no board has more than a few thousand.
const maxDeviceNumber = 65535

// boolAttr reads an optional boolean attribute; a missing one is false.
func boolAttr(attrs map[string]interface{}, key string) (bool, error) {
	raw, ok := attrs[key]
	if !ok {
		return false, nil
	}
	b, isBool := raw.(bool)
	if !isBool {
		return false, fmt.Errorf("%q must be true or false", key)
	}
	return b, nil
}
