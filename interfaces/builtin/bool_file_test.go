// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type boolFileSuite struct{}

var _ = check.Suite(&boolFileSuite{})

func (s *boolFileSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "bool-file", staticInfo{
		summary: "allows access to specific file with bool semantics",
		slots:   declGadgetDeviceSlot,
	})
	c.Check(ifaceByName(c, "bool-file").StaticInfo().NotRendered, check.HasLen, 0)
}

func (s *boolFileSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "bool-file", "", true)
	checkDecisions(c, "bool-file", []decision{
		{provider: true, slotAttrs: "path: /sys/class/leds/led0/brightness", manual: true, auto: false},
		{provider: true, slotAttrs: "path: /sys/class/gpio/gpio17/value", core: true, manual: true, auto: false},
	})
	base := builtinDeclaration(c)
	c.Check(installs(c, base, builtin.Core, providerYaml(snap.TypeGadget, "bool-file", "path: /sys/class/leds/led0/brightness")), check.Equals, true)
	c.Check(installs(c, base, builtin.Core, providerYaml(snap.TypeApp, "bool-file", "path: /sys/class/leds/led0/brightness")), check.Equals, false)
}

// boolFileLEDRules and boolFileGPIORules are what a plug connected to
// the LED "beaglebone:green:usr0" and to GPIO 17 gets.
var (
	boolFileLEDRules = []string{
		"@{sys}/devices/**/leds/beaglebone:green:usr0/brightness rwk,",
		"@{sys}/devices/**/input/input[0-9]*/beaglebone:green:usr0/brightness rwk,",
	}
	boolFileGPIORules = []string{"@{sys}/devices/**/gpio/gpio17/value rwk,"}
)

// An LED: its brightness, under its controller or its input device;
// not its trigger, nor another LED's brightness.
func (s *boolFileSuite) TestLED(c *check.C) {
	cn := connectToProvider(c, builtin.Core, consumerYaml("bool-file"),
		providerYaml(snap.TypeGadget, "bool-file", "path: /sys/class/leds/beaglebone:green:usr0/brightness"))
	aa, sc := cn.plugSide(c)
	c.Check(ruleLines(aa), check.DeepEquals, boolFileLEDRules)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	const led = "/sys/devices/platform/leds/leds/beaglebone:green:usr0"
	cn.checkAccesses(c, plugTag, []string{
		"file rwk " + led + "/brightness",
	}, []string{
		"file w " + led + "/trigger",
		"file w " + led + "/max_brightness",
		"file w /sys/devices/platform/leds/leds/beaglebone:green:usr1/brightness",
		"file w /sys/devices/platform/leds/leds/beaglebone:green:usr0x/brightness",
		"file w /sys/devices/platform/gpio-leds/beaglebone:green:usr0/brightness",
	})
	// The gadget's own apps get nothing for an LED.
	slotAA, _ := cn.slotSide(c)
	c.Check(slotAA, check.Equals, "")

	cn = connectToProvider(c, builtin.Core, consumerYaml("bool-file"),
		providerYaml(snap.TypeGadget, "bool-file", "path: /sys/class/leds/input3::capslock/brightness"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /sys/devices/platform/i8042/serio0/input/input3/input3::capslock/brightness",
	}, []string{
		"file rw /sys/devices/platform/i8042/serio0/input/input3/input3::numlock/brightness",
	})
}

// A GPIO pin: its value only. The gadget's apps may export it and set
// its direction.
func (s *boolFileSuite) TestGPIO(c *check.C) {
	cn := connectToProvider(c, builtin.Core, consumerYaml("bool-file"),
		providerYaml(snap.TypeGadget, "bool-file", "path: /sys/class/gpio/gpio17/value"))
	aa, sc := cn.plugSide(c)
	c.Check(ruleLines(aa), check.DeepEquals, boolFileGPIORules)
	c.Check(sc, check.Equals, "")
	const pin = "/sys/devices/platform/soc/fe200000.gpio/gpiochip0/gpio/gpio17"
	cn.checkAccesses(c, plugTag, []string{"file rwk " + pin + "/value"}, []string{
		"file w " + pin + "/direction",
		"file w " + pin + "/edge",
		"file w /sys/devices/platform/soc/fe200000.gpio/gpiochip0/gpio/gpio170/value",
		"file w /sys/devices/platform/soc/fe200000.gpio/gpiochip0/gpio/gpio1/value",
		"file w /sys/class/gpio/export",
	})
	slotAA, slotSC := cn.slotSide(c)
	checkRules(c, slotAA,
		"@{sys}/class/gpio/{export,unexport} w,",
		"@{sys}/devices/**/gpio/gpio17/direction rw,")
	c.Check(slotSC, check.Equals, "")
	checkExplained(c, slotAA)
	cn.checkAccesses(c, slotTag, []string{
		"file w /sys/class/gpio/export",
		"file rw " + pin + "/direction",
	}, []string{
		"file w /sys/devices/platform/soc/fe200000.gpio/gpiochip0/gpio/gpio18/direction",
	})
}

func (s *boolFileSuite) TestSanitizeSlot(c *check.C) {
	const want = `/sys/class/gpio/gpioN/value or /sys/class/leds/NAME/brightness`
	rows := []attrCase{
		{attrs{"path": "/sys/class/gpio/gpio0/value"}, ""},
		{attrs{"path": "/sys/class/gpio/gpio65535/value"}, ""},
		{attrs{"path": "/sys/class/leds/led0/brightness"}, ""},
		{attrs{"path": "/sys/class/leds/mmc0::/brightness"}, ""},
		{attrs{"path": "/sys/class/leds/tpacpi::power_ok-1.x/brightness"}, ""},
		{attrs{}, `"path" must be set to ` + want},
		{attrs{"path": true}, `"path" must be a string`},
		{attrs{"path": "/sys/class/gpio/gpio65536/value"}, `path "/sys/class/gpio/gpio65536/value" must name a GPIO number between 0 and 65535, without leading zeros`},
		{attrs{"path": "/sys/class/gpio/gpio017/value"}, `path "/sys/class/gpio/gpio017/value" must name a GPIO number .*`},
		{attrs{"path": "/sys/class/gpio/gpio99999999999999999999/value"}, `path ".*" must name a GPIO number .*`},
		{attrs{"path": "/sys/class/gpio/gpio17/direction"}, `path "/sys/class/gpio/gpio17/direction" must be ` + want},
		{attrs{"path": "/sys/class/gpio/export"}, `path "/sys/class/gpio/export" must be .*`},
		{attrs{"path": "/sys/class/leds/led0/trigger"}, `path "/sys/class/leds/led0/trigger" must be .*`},
		{attrs{"path": "/sys/class/leds/brightness"}, `path "/sys/class/leds/brightness" must be .*`},
		{attrs{"path": "/sys/class/leds/a/b/brightness"}, `path "/sys/class/leds/a/b/brightness" must be .*`},
		{attrs{"path": "/sys/class/backlight/intel_backlight/brightness"}, `path ".*" must be .*`},
		{attrs{"path": "/sys/devices/platform/leds/leds/led0/brightness"}, `path ".*" must be under /sys/class`},
		{attrs{"path": "/sys/class/leds/../../../etc/brightness"}, `path ".*" must be clean .*`},
		{attrs{"path": "/sys/class/leds/./brightness"}, `path ".*" must be clean .*`},
		{attrs{"path": "/sys/class/leds/led 0/brightness"}, `path ".*" must be .*`},
		{attrs{"path": "/sys/class/leds/led+0/brightness"}, `path ".*" contains "\+", .*`},
		{attrs{"path": "/sys/class/leds/*/brightness"}, `path ".*" contains "\*", .*`},
		{attrs{"path": "/sys/class/leds/{a,b}/brightness"}, `path ".*" contains "{", .*`},
		{attrs{"path": "/sys/class/leds/@{HOME}/brightness"}, `path ".*" contains "@", .*`},
	}
	for _, p := range injectedPaths {
		rows = append(rows, attrCase{attrs{"path": p}, `path .*`})
	}
	rows = append(rows, injections("/sys/class/leds/led0/brightness", `path .*`, func(v string) map[string]interface{} { return attrs{"path": v} })...)
	rows = append(rows, injections("/sys/class/gpio/gpio17/value", `path .*`, func(v string) map[string]interface{} { return attrs{"path": v} })...)
	checkSlotSanitizer(c, "bool-file", snap.TypeGadget, rows)
}

func (s *boolFileSuite) TestHostileGadgetSlots(c *check.C) {
	var hostile []attrs
	for _, p := range []string{
		"/sys/class/leds/*/brightness",
		"/sys/class/leds/beaglebone:green:usr0/brightness rwk,\n/** rwk",
		"/sys/class/leds/beaglebone:green:usr0/../../gpio/export",
		"/sys/class/gpio/gpio1[0-9]/value",
		"/sys/class/gpio/gpio17/value\x00",
		"/sys/kernel/security/apparmor/.replace",
		"/sys/class/leds/beaglebone:green:usr0/brightness\"",
	} {
		hostile = append(hostile, attrs{"path": p})
	}
	hostile = append(hostile, attrs{"path": []interface{}{"/sys/class/leds/led0/brightness", "/etc/shadow"}}, attrs{"number": int64(17)})
	checkHostileGadgetSlots(c, "bool-file", attrs{"path": "/sys/class/leds/beaglebone:green:usr0/brightness"}, hostile, boolFileLEDRules)
}
