// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type gpioChardevSuite struct{}

var _ = check.Suite(&gpioChardevSuite{})

const gpioChardevSlotAttrs = `source-chip: [pinctrl-bcm2835, pinctrl-bcm2711]
lines: "4,17-19"`

func (s *gpioChardevSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "gpio-chardev", staticInfo{
		summary: "allows access to specific GPIO chardev lines",
		slots:   "allow-installation:\n  slot-snap-type:\n    - gadget\ndeny-auto-connection: true",
	})
	c.Check(ifaceByName(c, "gpio-chardev").StaticInfo().NotRendered, check.DeepEquals,
		[]string{interfaces.BackendKMod, interfaces.BackendSystemd, interfaces.BackendUDev})
}

// Only a gadget carries the slot, not even the system; any snap may
// plug, and connects by hand.
func (s *gpioChardevSuite) TestDecisions(c *check.C) {
	base := builtinDeclaration(c)
	checkPlugInstall(c, "gpio-chardev", "", true)
	c.Check(installs(c, base, builtin.Core, providerYaml(snap.TypeGadget, "gpio-chardev", gpioChardevSlotAttrs)), check.Equals, true)
	c.Check(installs(c, base, builtin.Core, providerYaml(snap.TypeApp, "gpio-chardev", gpioChardevSlotAttrs)), check.Equals, false)
	c.Check(installs(c, base, builtin.Core, providerYaml(snap.TypeKernel, "gpio-chardev", gpioChardevSlotAttrs)), check.Equals, false)
	c.Check(installsAsSystem(c, base, builtin.Core, providerYaml(snap.TypeSnapd, "gpio-chardev", gpioChardevSlotAttrs)), check.Equals, false)
	checkDecisions(c, "gpio-chardev", []decision{
		{provider: true, slotAttrs: gpioChardevSlotAttrs, core: true, manual: true, auto: false},
	})
}

// gpioChardevRules are the rules of consumer:plug connected to
// provider:slot.
var gpioChardevRules = []string{
	"/dev/snap/gpio-chardev/provider/slot rw,",
	"/dev/snap/gpio-chardev/consumer/ r,",
	"@{sys}/devices/**/gpiochip[0-9]*/dev r,",
}

// The plug gets the slot's virtual chip, never a real chip's node, nor
// another slot's chip.
func (s *gpioChardevSuite) TestConnectedPlugNamesTheSlotsChipOnly(c *check.C) {
	cn := connectToProvider(c, builtin.Core, consumerYaml("gpio-chardev"),
		providerYaml(snap.TypeGadget, "gpio-chardev", gpioChardevSlotAttrs))
	aa, sc := cn.plugSide(c)
	c.Check(ruleLines(aa), check.DeepEquals, gpioChardevRules)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/snap/gpio-chardev/provider/slot",
		"file r /dev/snap/gpio-chardev/consumer/",
		"file r /sys/devices/platform/gpio-aggregator.0/gpiochip5/dev",
	}, []string{
		"file rw /dev/gpiochip0",
		"file rw /dev/snap/gpio-chardev/provider/other",
		"file rw /dev/snap/gpio-chardev/provider/slot2",
		"file rw /dev/snap/gpio-chardev/other/slot",
		"file r /dev/snap/gpio-chardev/",
		"file w /sys/bus/platform/drivers/gpio-aggregator/new_device",
		"file w /sys/kernel/config/gpio-aggregator/",
		"file w /sys/class/gpio/export",
	})
	// The gadget's apps get nothing.
	slotAA, slotSC := cn.slotSide(c)
	c.Check(slotAA+slotSC, check.Equals, "")
}

// A parallel instance's plug names its own directory of links.
func (s *gpioChardevSuite) TestInstanceNames(c *check.C) {
	consumer, err := snap.InfoFromSnapYaml([]byte(consumerYaml("gpio-chardev")))
	c.Assert(err, check.IsNil)
	consumer.InstanceKey = "two"
	repo := newRepo(c, builtin.Core, providerYaml(snap.TypeGadget, "gpio-chardev", gpioChardevSlotAttrs))
	dropped, err := repo.AddSnap(consumer)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
	connectPlug(c, repo, "consumer_two", "plug", "provider", "slot")
	aa, _ := (&connection{Repository: repo}).snippets(c, "snap.consumer_two.app")
	checkRules(c, aa, "/dev/snap/gpio-chardev/provider/slot rw,", "/dev/snap/gpio-chardev/consumer_two/ r,")
}

func (s *gpioChardevSuite) TestSanitizeSlot(c *check.C) {
	slot := func(chips interface{}, lines interface{}) attrs {
		a := attrs{}
		if chips != nil {
			a["source-chip"] = chips
		}
		if lines != nil {
			a["lines"] = lines
		}
		return a
	}
	chip := []interface{}{"pinctrl-bcm2835"}
	rows := []attrCase{
		{slot(chip, "0"), ""},
		{slot(chip, "0-511"), ""},
		{slot(chip, "1,3,5-7,65535"), ""},
		{slot([]interface{}{"gpio-brcmstb@107d508500", "INT3450:00", "gpio sim.0"}, "2"), ""},
		{slot([]interface{}{strings.Repeat("a", 31)}, "2"), ""},
		{slot(nil, "0"), `"source-chip" must list the labels of the GPIO chip`},
		{slot("pinctrl-bcm2835", "0"), `"source-chip" must be a list of strings`},
		{slot([]interface{}{}, "0"), `"source-chip" must list at least one label`},
		{slot([]interface{}{int64(1)}, "0"), `"source-chip" must be a list of strings`},
		{slot([]interface{}{"a", "a"}, "0"), `"source-chip" lists "a" twice`},
		{slot([]interface{}{""}, "0"), `source-chip\[0\] "" must be a GPIO chip's label: .*`},
		{slot([]interface{}{" a"}, "0"), `source-chip\[0\] " a" must be a GPIO chip's label: .*`},
		{slot([]interface{}{"a "}, "0"), `source-chip\[0\] "a " must be a GPIO chip's label: .*`},
		{slot([]interface{}{"a  b"}, "0"), `source-chip\[0\] "a  b" must be a GPIO chip's label: .*`},
		{slot([]interface{}{"a,b"}, "0"), `source-chip\[0\] "a,b" must be a GPIO chip's label: .*`},
		{slot([]interface{}{"/soc/gpio"}, "0"), `source-chip\[0\] "/soc/gpio" must be a GPIO chip's label: .*`},
		{slot([]interface{}{strings.Repeat("a", 32)}, "0"), `source-chip\[0\] is 32 bytes long, more than the 31 allowed`},
		{slot(chip, nil), `"lines" must list the line offsets, such as "0-3,17"`},
		{slot(chip, int64(4)), `"lines" must be a string`},
		{slot(chip, []interface{}{"4"}), `"lines" must be a string`},
		{slot(chip, ""), `lines "" must be line offsets and ranges separated by commas, such as "0-3,17": "" is neither`},
		{slot(chip, "4,"), `lines "4," must be .*: "" is neither`},
		{slot(chip, "3-1"), `lines "3-1" must be .*: "3-1" is neither`},
		{slot(chip, "-1"), `lines "-1" must be .*: "-1" is neither`},
		{slot(chip, "1-2-3"), `lines "1-2-3" must be .*: "1-2-3" is neither`},
		{slot(chip, "01"), `lines "01" must be .*: "01" is neither`},
		{slot(chip, "+1"), `lines "\+1" must be .*: "\+1" is neither`},
		{slot(chip, " 1"), `lines " 1" must be .*: " 1" is neither`},
		{slot(chip, "65536"), `lines "65536" must be .*: "65536" is neither`},
		{slot(chip, "0x10"), `lines "0x10" must be .*: "0x10" is neither`},
		{slot(chip, "1,1"), `lines "1,1" lists "1", which overlaps lines listed before it`},
		{slot(chip, "0-9,5-12"), `lines "0-9,5-12" lists "5-12", which overlaps lines listed before it`},
		{slot(chip, "0-512"), `lines "0-512" lists more than 512 lines`},
		{slot(chip, "0-500,600-611"), `lines "0-500,600-611" lists more than 512 lines`},
		{slot(chip, strings.Repeat("1,", 128)+"1"), `lines is 257 bytes long, more than the 255 allowed`},
	}
	rows = append(rows, injections("0-3", `lines .*`, func(v string) map[string]interface{} { return slot(chip, v) })...)
	rows = append(rows, injections("pinctrl-bcm2835", `source-chip\[0\] .*`, func(v string) map[string]interface{} {
		return slot([]interface{}{v}, "0")
	})...)
	checkSlotSanitizer(c, "gpio-chardev", snap.TypeGadget, rows)
}

// Hostile slots of a gadget are dropped; whatever their attributes,
// none reaches the consumer's rules, which name the good slot's chip.
func (s *gpioChardevSuite) TestHostileGadgetSlots(c *check.C) {
	chip := []interface{}{"pinctrl-bcm2835"}
	hostile := []attrs{
		{"source-chip": []interface{}{"pinctrl-bcm2835\n/** rw,"}, "lines": "0"},
		{"source-chip": []interface{}{"x\" ; /bin/sh"}, "lines": "0"},
		{"source-chip": chip, "lines": "0-3,\n/dev/** rw"},
		{"source-chip": chip, "lines": "*"},
		{"source-chip": chip, "lines": "0-65535"},
		{"source-chip": chip},
		{"lines": "0"},
	}
	want := []string{
		"/dev/snap/gpio-chardev/gadget/good rw,",
		"/dev/snap/gpio-chardev/consumer/ r,",
		"@{sys}/devices/**/gpiochip[0-9]*/dev r,",
	}
	checkHostileGadgetSlots(c, "gpio-chardev", attrs{"source-chip": chip, "lines": "17"}, hostile, want)
}

// gpioChardevChips builds a slot with the given source-chip labels.
func gpioChardevChips(labels ...string) map[string]interface{} {
	return attrs{"source-chip": listOf(labels), "lines": "0"}
}

// gpioChardevLines builds a slot with the given lines.
func gpioChardevLines(lines ...string) map[string]interface{} {
	return attrs{"source-chip": []interface{}{"pinctrl-bcm2835"}, "lines": lines[0]}
}
