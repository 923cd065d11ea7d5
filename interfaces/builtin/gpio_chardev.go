// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// gpio-chardev lets an app use some lines of a GPIO controller through
// the GPIO character device API (libgpiod), and no other line of it.
// Only a gadget carries the slot, which names the lines with two
// attributes:
//
//   - "source-chip": the labels the controller may have (a list, so that
//     one gadget serves boards whose controller is labelled differently,
//     such as pinctrl-bcm2835 and pinctrl-bcm2711), each up to 31 bytes
//     (the kernel's GPIO_MAX_NAME_SIZE, with its NUL);
//   - "lines": the line offsets on that controller, as numbers and
//     ranges separated by commas ("4", "0-3,17,22-27"), at most 512
//     lines, none twice.
//
// The kernel's gpio-aggregator makes a virtual GPIO chip of exactly
// those lines, whose node the daemon puts at
// /dev/snap/gpio-chardev/GADGET/SLOT, and links it for each connected
// plug at /dev/snap/gpio-chardev/SNAP/PLUG, the path the app opens. The
// connected plug may use that node, whose lines are only the slot's,
// and list its own directory; the attributes never reach a rule, only
// the snap and slot names do. Any snap may plug, and connections are
// made by hand.
//
// Not rendered here: kmod, systemd and udev. The daemon loads the
// gpio-aggregator module for the slot; runs, for each connected slot,
// the service that creates the virtual chip from the source chip and
// lines (through the aggregator's configfs or new_device) and makes its
// node, and for each connected plug the service that links the plug's
// path to it, ordered before the snap's own services; and tags the
// virtual chip with udev so that the app's device cgroup admits it.

const gpioChardevSummary = `allows access to specific GPIO chardev lines`

const gpioChardevBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - gadget
deny-auto-connection: true
`

const gpioChardevConnectedPlugAppArmor = `
# Description: use the GPIO lines of the gadget's slot %[1]s:%[2]s
# through the virtual GPIO chip the snap daemon makes of them.

# The chip's node, and the directory of this snap's links to the chips
# of its plugs. Requesting, configuring, reading and setting the lines
# are ioctls on the open node.
/dev/snap/gpio-chardev/%[1]s/%[2]s rw,
/dev/snap/gpio-chardev/%[3]s/ r,

# libgpiod checks that a node is a GPIO chip by its device numbers in
# sysfs.
@{sys}/devices/**/gpiochip[0-9]*/dev r,
`

// gpioChipLabelMax is the longest label a GPIO chip reports: the
// kernel's GPIO_MAX_NAME_SIZE, 32 bytes, holds it with its NUL.
const gpioChipLabelMax = 31

// gpioChardevMaxLines bounds the lines of one slot.
const gpioChardevMaxLines = 512

// gpioChipLabel is a GPIO chip's label as the gadget gives it: words of
// letters, digits and "_.:@+-", separated by single spaces. A comma,
// which the daemon separates labels with, a slash and quotes are out.
var gpioChipLabel = regexp.MustCompile(`^[A-Za-z0-9_.:@+-]+( [A-Za-z0-9_.:@+-]+)*$`)

// gpioChardevNames are the snap instance and plug or slot names that a
// rule names: snap.ReadInfo keeps them to these characters.
var gpioChardevNames = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

// gpioChardevSlot checks the slot's attributes.
func gpioChardevSlot(attrs map[string]interface{}) error {
	if _, ok := attrs["source-chip"]; !ok {
		return fmt.Errorf(`"source-chip" must list the labels of the GPIO chip`)
	}
	chips, err := stringListAttr(attrs, "source-chip")
	if err != nil {
		return err
	}
	if len(chips) == 0 {
		return fmt.Errorf(`"source-chip" must list at least one label`)
	}
	for i, chip := range chips {
		what := fmt.Sprintf("source-chip[%d]", i)
		if err := checkLength(what, chip, gpioChipLabelMax); err != nil {
			return err
		}
		if !gpioChipLabel.MatchString(chip) {
			return fmt.Errorf("%s %q must be a GPIO chip's label: letters, digits and \"_.:@+-\", words separated by single spaces", what, chip)
		}
	}
	lines, ok, err := stringAttr(attrs, "lines")
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf(`"lines" must list the line offsets, such as "0-3,17"`)
	}
	_, err = parseGPIOLines(lines)
	return err
}

// parseGPIOLines reads line offsets written as numbers and ranges
// separated by commas, and returns how many there are.
func parseGPIOLines(lines string) (int, error) {
	if err := checkLength("lines", lines, AttrNameMax); err != nil {
		return 0, err
	}
	type span struct{ from, to int64 }
	var spans []span
	count := int64(0)
	for _, item := range strings.Split(lines, ",") {
		from, to, isRange := strings.Cut(item, "-")
		if !isRange {
			to = from
		}
		a, errA := gpioLineNumber(from)
		b, errB := gpioLineNumber(to)
		if errA != nil || errB != nil || a > b {
			return 0, fmt.Errorf(`lines %q must be line offsets and ranges separated by commas, such as "0-3,17": %q is neither`, lines, item)
		}
		for _, s := range spans {
			if a <= s.to && s.from <= b {
				return 0, fmt.Errorf("lines %q lists %q, which overlaps lines listed before it", lines, item)
			}
		}
		spans = append(spans, span{a, b})
		if count += b - a + 1; count > gpioChardevMaxLines {
			return 0, fmt.Errorf("lines %q lists more than %d lines", lines, gpioChardevMaxLines)
		}
	}
	return int(count), nil
}

// gpioLineNumber reads one line offset: decimal digits without leading
// zeros, within maxDeviceNumber.
func gpioLineNumber(s string) (int64, error) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > maxDeviceNumber || strconv.FormatInt(n, 10) != s {
		return 0, fmt.Errorf("not a line offset: %q", s)
	}
	return n, nil
}

// gpioChardevInterface checks the slot's lines and names the virtual
// chip of the connection's slot in the plug's rules.
type gpioChardevInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*gpioChardevInterface)(nil)
	_ interfaces.AttributeDescriber = (*gpioChardevInterface)(nil)
	_ interfaces.SlotSanitizer      = (*gpioChardevInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*gpioChardevInterface)(nil)
)

// BeforePrepareSlot implements interfaces.SlotSanitizer.
func (iface *gpioChardevInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	if err := gpioChardevSlot(slot.Attrs); err != nil {
		return slotAttrError(slot, err)
	}
	return nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner. The
// slot's attributes, checked again, never reach the rules; the names
// do, and are checked for the characters snap.yaml allows in them.
func (iface *gpioChardevInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if err := gpioChardevSlot(slot.StaticAttrs()); err != nil {
		return slotAttrError(slot.SlotInfo(), err)
	}
	slotSnap, slotName := slot.Snap().InstanceName(), slot.Name()
	plugSnap := plug.Snap().InstanceName()
	for _, name := range []string{slotSnap, slotName, plugSnap} {
		if !gpioChardevNames.MatchString(name) {
			return fmt.Errorf("internal error: gpio-chardev connection names %q, which is not a valid snap, plug or slot name", name)
		}
	}
	spec.AddSnippet(fmt.Sprintf(gpioChardevConnectedPlugAppArmor, slotSnap, slotName, plugSnap))
	return nil
}

// gpioChardevAttributes describes the slot's attributes
// (gpioChardevSlot).
var gpioChardevAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "source-chip", Type: interfaces.AttrTypeStringList, Required: true,
		Description: fmt.Sprintf("The labels the GPIO controller may have, at least one: letters, digits and \"_.:@+-\", words separated by single spaces, each at most %d bytes.", gpioChipLabelMax),
	}, {
		Side: "slot", Name: "lines", Type: interfaces.AttrTypeString, Required: true,
		Description: "The line offsets on that controller, numbers and ranges separated by commas (\"4\", \"0-3,17,22-27\"), at most 512 lines, none twice.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "four lines of a Raspberry Pi's controller", Slot: map[string]interface{}{"source-chip": []interface{}{"pinctrl-bcm2835", "pinctrl-bcm2711"}, "lines": "4,17-19"}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *gpioChardevInterface) Attributes() interfaces.AttributeDoc { return gpioChardevAttributes }

func init() {
	registerIface(&gpioChardevInterface{commonInterface{
		name:                 "gpio-chardev",
		summary:              gpioChardevSummary,
		docURL:               "https://snapcraft.io/docs/gpio-chardev-interface",
		implicitOn:           notImplicit,
		baseDeclarationSlots: gpioChardevBaseDeclarationSlots,
		notRendered:          []string{interfaces.BackendKMod, interfaces.BackendSystemd, interfaces.BackendUDev},
	}})
}
