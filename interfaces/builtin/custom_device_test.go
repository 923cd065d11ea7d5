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

type customDeviceSuite struct{}

var _ = check.Suite(&customDeviceSuite{})

func (s *customDeviceSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "custom-device", staticInfo{
		summary: "provides access to custom devices specified via the gadget snap",
		slots:   "allow-installation: false\nallow-connection:\n  plug-attributes:\n    custom-device: $SLOT(custom-device)\ndeny-auto-connection: true",
	})
	c.Check(ifaceByName(c, "custom-device").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}

// customDeviceSlotYaml is a gadget's slot for a DualSD controller and a
// board's sensors, with every attribute.
const customDeviceSlotYaml = `custom-device: board-io
devices:
  - /dev/DualSD
  - /dev/input/event[0-9]
  - /dev/cpu/[0-9]*/msr
read-devices:
  - /dev/js*
files:
  read:
    - /sys/devices/platform/soc@0/soc@0:bus@30000000/30350000.ocotp-ctrl/imx-ocotp0/nvmem
    - /dev/dma_heap/qcom,qseecom
  write:
    - /sys/devices/platform/leds/leds/status/{brightness,trigger}
udev-tagging:
  - kernel: DualSD
    subsystem: misc
  - kernel: input/event[0-9]
    subsystem: input
    environment:
      ID_PATH: platform-gpio-keys
  - kernel: msr[0-9]*
    subsystem: msr
    for-device: /dev/cpu/[0-9]*/msr
    attributes:
      dev: "202:*"`

// customDeviceRules are the rules of a plug connected to that slot.
var customDeviceRules = []string{
	`"/dev/DualSD" rwk,`,
	`"/dev/input/event[0-9]" rwk,`,
	`"/dev/cpu/[0-9]*/msr" rwk,`,
	`"/dev/js*" r,`,
	`"/sys/devices/platform/soc@0/soc@0:bus@30000000/30350000.ocotp-ctrl/imx-ocotp0/nvmem" r,`,
	`"/dev/dma_heap/qcom,qseecom" r,`,
	`"/sys/devices/platform/leds/leds/status/{brightness,trigger}" rw,`,
}

// The slot and the plug need the same custom-device name, the plug's
// or slot's own name by default; no connection is automatic, and only a
// snap declaration lets a snap carry the slot.
func (s *customDeviceSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "custom-device", "", true)
	base := builtinDeclaration(c)
	for _, typ := range []snap.Type{snap.TypeGadget, snap.TypeApp, snap.TypeKernel} {
		c.Check(installs(c, base, builtin.Core, providerYaml(typ, "custom-device", customDeviceSlotYaml)), check.Equals, false, check.Commentf("%s", typ))
	}
	c.Check(installsAsSystem(c, base, builtin.Core, providerYaml(snap.TypeSnapd, "custom-device", customDeviceSlotYaml)), check.Equals, false)
	checkDecisions(c, "custom-device", []decision{
		{plugAttrs: "custom-device: board-io", provider: true, slotAttrs: customDeviceSlotYaml, core: true, manual: true, auto: false},
		{plugAttrs: "custom-device: board-io", provider: true, slotAttrs: customDeviceSlotYaml, manual: true, auto: false},
		{plugAttrs: "custom-device: other", provider: true, slotAttrs: customDeviceSlotYaml, core: true, manual: false, auto: false},
		{provider: true, slotAttrs: customDeviceSlotYaml, core: true, manual: false, auto: false},
		// Names default to the plug's and the slot's.
		{plugAttrs: "custom-device: slot", provider: true, slotAttrs: "devices: [/dev/DualSD]", core: true, manual: true, auto: false},
		{provider: true, slotAttrs: "devices: [/dev/DualSD]", core: true, manual: false, auto: false},
	})
}

// The sanitizers complete the names.
func (s *customDeviceSuite) TestDefaultNames(c *check.C) {
	repo := newRepo(c, builtin.Core, consumerYaml("custom-device"), providerYaml(snap.TypeGadget, "custom-device", "devices: [/dev/DualSD]"))
	c.Check(repo.Plug("consumer", "plug").Attrs["custom-device"], check.Equals, "plug")
	c.Check(repo.Slot("provider", "slot").Attrs["custom-device"], check.Equals, "slot")
}

// The plug gets a rule for each path of the slot, with the permissions
// of its list, and nothing else.
func (s *customDeviceSuite) TestConnectedPlugGetsExactlyTheSlotsPaths(c *check.C) {
	cn := connectToProvider(c, builtin.Core, consumerYaml("custom-device", "custom-device: board-io"),
		providerYaml(snap.TypeGadget, "custom-device", customDeviceSlotYaml))
	aa, sc := cn.plugSide(c)
	c.Check(ruleLines(aa), check.DeepEquals, customDeviceRules)
	c.Check(aa, check.Matches, `(?s)\s*# Description: use the custom device "board-io", .*`)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	slotAA, slotSC := cn.slotSide(c)
	c.Check(slotAA+slotSC, check.Equals, "")
	cn.checkCompiles(c, "consumer")

	const ocotp = "/sys/devices/platform/soc@0/soc@0:bus@30000000/30350000.ocotp-ctrl/imx-ocotp0/nvmem"
	cn.checkAccesses(c, plugTag, []string{
		"file rwk /dev/DualSD",
		"file rwk /dev/input/event3",
		"file rw /dev/cpu/12/msr",
		"file r /dev/js0",
		"file r /dev/jsfoo",
		"file r " + ocotp,
		"file r /dev/dma_heap/qcom,qseecom",
		"file rw /sys/devices/platform/leds/leds/status/brightness",
		"file rw /sys/devices/platform/leds/leds/status/trigger",
	}, []string{
		"file r /dev/input/event10",
		"file r /dev/input/mice",
		"file r /dev/cpu/0/cpuid",
		"file r /dev/cpu/0/x/msr",
		"file w /dev/js0",
		"file r /dev/js/0",
		"file w " + ocotp,
		"file r /sys/devices/platform/soc@0/soc@0:bus@30000000/30350000.ocotp-ctrl/imx-ocotp0/uevent",
		"file w /dev/dma_heap/qcom,qseecom",
		"file r /dev/dma_heap/system",
		"file w /sys/devices/platform/leds/leds/status/max_brightness",
		"file w /sys/devices/platform/leds/leds/status/brightnesstrigger",
		"file r /dev/mem",
		"file r /dev/DualSD2",
	})
}

// customDevicePathRows are the injection and limit rows of a path list
// of the slot: attrLimits' rows, where the suffixes that make a glob
// the slot may use are accepted: "*", "?", a class, a comma, and, in
// files, an alternation.
func customDevicePathRows(good, errRegexp string, files bool, build func(...string) map[string]interface{}) []attrCase {
	rows := attrLimits{good: good, injectionErr: errRegexp, path: true, list: true, build: build}.rows()
	allowed := map[string]bool{"*": true, "?": true, "[ab]": true, ",": true, "{a,b}": files}
	for i, suffix := range injectedSuffixes {
		if allowed[suffix] {
			rows[1+i].err = ""
		}
	}
	return rows
}

// slotWith builds a slot's attributes from a list of paths under key
// ("devices", "read-devices", "files.read", "files.write").
func slotWith(key string) func(...string) map[string]interface{} {
	return func(paths ...string) map[string]interface{} {
		if sub, ok := strings.CutPrefix(key, "files."); ok {
			return attrs{"files": attrs{sub: listOf(paths)}}
		}
		return attrs{key: listOf(paths)}
	}
}

func (s *customDeviceSuite) TestSanitizeSlotPathLimits(c *check.C) {
	var rows []attrCase
	rows = append(rows, customDevicePathRows("/dev/input/event0", `devices\[0\] .*`, false, slotWith("devices"))...)
	rows = append(rows, customDevicePathRows("/dev/js0", `read-devices\[0\] .*`, false, slotWith("read-devices"))...)
	rows = append(rows, customDevicePathRows("/sys/devices/platform/leds/leds/status/brightness", `files.read\[0\] .*`, true, slotWith("files.read"))...)
	rows = append(rows, customDevicePathRows("/sys/devices/platform/leds/leds/status/brightness", `files.write\[0\] .*`, true, slotWith("files.write"))...)
	// The injected paths that are globs the slot may use are taken; the
	// alternation only in files.
	globs := map[string]bool{"/dev/tty*": true, "/dev/tty?0": true, "/dev/tty[S]0": true}
	for _, p := range injectedPaths {
		devErr, fileErr := `devices\[0\] .*`, `files.write\[0\] .*`
		if globs[p] {
			devErr, fileErr = "", ""
		}
		if p == "/dev/{ttyS0,sda}" {
			fileErr = ""
		}
		rows = append(rows, attrCase{attrs{"devices": []interface{}{p}}, devErr})
		rows = append(rows, attrCase{attrs{"files": attrs{"write": []interface{}{p}}}, fileErr})
	}
	checkSlotSanitizer(c, "custom-device", snap.TypeGadget, rows)
}

func (s *customDeviceSuite) TestSanitizeSlotPaths(c *check.C) {
	dev := func(p string) attrs { return attrs{"devices": []interface{}{p}} }
	file := func(p string) attrs { return attrs{"files": attrs{"read": []interface{}{p}}} }
	rows := []attrCase{
		{dev("/dev/DualSD"), ""},
		{dev("/dev/input/by-id/usb-Logitech_USB_Receiver-event-kbd"), ""},
		{dev("/dev/bus/usb/00[1-4]/*"), ""},
		{dev("/dev/tty.a b"), ""},
		{dev("/dev/hidraw[0-9a-fA-F]"), ""},
		{file("/sys/class/hwmon/hwmon[0-9]*/temp?_input"), ""},
		{file("/sys/devices/platform/leds/leds/{red,green,blue}:status/{brightness,trigger}"), ""},
		{file("/sys/devices/platform/x/{a,b}{c,d}"), ""},
		{file("/etc/board.conf"), ""},
		{attrs{"files": attrs{"read": []interface{}{"/sys/a"}, "write": []interface{}{"/sys/b"}}}, ""},
		{attrs{"devices": []interface{}{"/dev/a"}, "read-devices": []interface{}{"/dev/b"}}, ""},
		{attrs{}, `a custom-device slot must list devices \("devices", "read-devices"\) or "files"`},
		{attrs{"devices": []interface{}{}, "files": attrs{}}, `a custom-device slot must list devices .*`},
		{attrs{"udev-tagging": []interface{}{}}, `a custom-device slot must list devices .*`},
		{attrs{"devices": "/dev/DualSD"}, `"devices" must be a list of strings`},
		{attrs{"devices": []interface{}{int64(1)}}, `"devices" must be a list of strings`},
		{attrs{"read-devices": []interface{}{"/dev/a", "/dev/a"}}, `"read-devices" lists "/dev/a" twice`},
		{attrs{"devices": []interface{}{"/dev/a"}, "read-devices": []interface{}{"/dev/a"}}, `read-devices\[0\] "/dev/a" is listed already, in "devices"`},
		{attrs{"devices": []interface{}{"/dev/a"}, "files": attrs{"write": []interface{}{"/dev/a"}}}, `files.write\[0\] "/dev/a" is listed already, in "devices"`},
		{attrs{"files": attrs{"read": []interface{}{"/sys/a"}, "write": []interface{}{"/sys/a"}}}, `files.write\[0\] "/sys/a" is listed already, in "files" "read"`},
		{attrs{"files": []interface{}{"/sys/a"}}, `"files" must be a map of "read" and "write" lists`},
		{attrs{"files": attrs{"remove": []interface{}{"/sys/a"}}}, `"files" has "remove": only "read" and "write" are allowed`},
		{attrs{"files": attrs{"read": "/sys/a"}}, `"files": "read" must be a list of strings`},
		{dev("dev/a"), `devices\[0\] "dev/a" must be absolute`},
		{dev("/run/a"), `devices\[0\] "/run/a" must be under /dev`},
		{dev("/dev"), `devices\[0\] "/dev" must be under /dev`},
		{dev("/dev/"), `devices\[0\] "/dev/" must not end with a slash`},
		{dev("/dev/*"), `devices\[0\] "/dev/\*" must start its name under /dev without a glob`},
		{dev("/dev/?tty"), `devices\[0\] "/dev/\?tty" must start its name under /dev without a glob`},
		{dev("/dev/[st]da"), `devices\[0\] "/dev/\[st\]da" must start its name under /dev without a glob`},
		{dev("/dev/*/x"), `devices\[0\] "/dev/\*/x" must start its name under /dev without a glob`},
		{dev("/dev/foo**"), `devices\[0\] "/dev/foo\*\*" contains "\*\*": .*`},
		{dev("/dev/{a,b}"), `devices\[0\] "/dev/{a,b}" contains "{": an alternation is allowed in "files" only`},
		{dev("/dev/foo|bar"), `devices\[0\] "/dev/foo\|bar" contains "\|", which is not allowed in a custom-device path`},
		{dev("/dev/@foo"), ""},
		{dev("/dev/@{foo}"), `devices\[0\] "/dev/@{foo}" contains "@{", an AppArmor variable`},
		{dev("/dev/a\\b"), `devices\[0\] "/dev/a\\\\b" contains "\\\\", .*`},
		{dev("/dev/a\"b"), `devices\[0\] "/dev/a\\"b" contains "\\"", .*`},
		{dev("/dev/a%b"), `devices\[0\] "/dev/a%b" contains "%", .*`},
		{dev("/dev/a$b"), `devices\[0\] "/dev/a\$b" contains "\$", .*`},
		{dev("/dev/../etc/passwd"), `devices\[0\] "/dev/../etc/passwd" must be clean .*`},
		{dev("/dev/./a"), `devices\[0\] "/dev/./a" must be clean .*`},
		{dev("/dev//a"), `devices\[0\] "/dev//a" must be clean .*`},
		{dev("/dev/a /b"), `devices\[0\] "/dev/a /b" has a component starting or ending with a space`},
		{dev("/dev/unmatched[bracket"), `devices\[0\] "/dev/unmatched\[bracket" has a "\[" without its "\]"`},
		{dev("/dev/a]"), `devices\[0\] "/dev/a\]" has a "\]" without its "\["`},
		{dev("/dev/a[]"), `devices\[0\] "/dev/a\[\]" has a character class \[\]: .*`},
		{dev("/dev/a[^0]"), `devices\[0\] "/dev/a\[\^0\]" has a character class \[\^0\]: .*`},
		{dev("/dev/a[9-0]"), `devices\[0\] "/dev/a\[9-0\]" has a character class \[9-0\]: .*`},
		{dev("/dev/a[-0]"), `devices\[0\] "/dev/a\[-0\]" has a character class \[-0\]: .*`},
		{dev("/dev/a[/]"), `devices\[0\] "/dev/a\[/\]" has a character class \[/\]: .*`},
		{dev("/dev/a[:alpha:]"), `devices\[0\] .* has a character class \[:alpha:\]: .*`},
		{file("/*/passwd"), `files.read\[0\] "/\*/passwd" must name its top directory without a glob`},
		{file("/{etc,var}/x"), `files.read\[0\] "/{etc,var}/x" must name its top directory without a glob`},
		{file("/sys/{a,b/c}"), `files.read\[0\] "/sys/{a,b/c}" has a "/" in an alternation`},
		{file("/sys/{a,{b,c}}"), `files.read\[0\] "/sys/{a,{b,c}}" nests alternations`},
		{file("/sys/{a,b"), `files.read\[0\] "/sys/{a,b" has a "{" without its "}"`},
		{file("/sys/a}"), `files.read\[0\] "/sys/a}" has a "}" without its "{"`},
		{file("/sys/{,a}/b"), `files.read\[0\] "/sys/{,a}/b" must be clean .*`},
		{file("/sys/{..,a}/b"), `files.read\[0\] "/sys/{..,a}/b" must be clean .*`},
		{file("/sys/{.,a}"), `files.read\[0\] "/sys/{.,a}" must be clean .*`},
		{file("/sys/a*{*,b}"), `files.read\[0\] "/sys/a\*{\*,b}" makes "\*\*" of an alternation`},
		{file("/sys/{a,b,c,d,e,f,g,h}{a,b,c,d,e,f,g,h}{a,b}"), `files.read\[0\] .*: a component stands for more than 64 words`},
		{file("/sys/{a, b}"), `files.read\[0\] "/sys/{a, b}" has a component starting or ending with a space`},
	}
	checkSlotSanitizer(c, "custom-device", snap.TypeGadget, rows)
}

func (s *customDeviceSuite) TestSanitizeSlotUDevTagging(c *check.C) {
	tag := func(entries ...interface{}) attrs {
		return attrs{"devices": []interface{}{"/dev/input/mice", "/dev/dir1/baz", "/dev/dir2/baz", "/dev/js*"}, "udev-tagging": entries}
	}
	rows := []attrCase{
		{tag(attrs{"kernel": "input/mice"}), ""},
		{tag(attrs{"kernel": "mice", "subsystem": "input"}), ""},
		{tag(attrs{"kernel": "js*"}), ""},
		{tag(attrs{"kernel": "dir1/baz"}), ""},
		{tag(attrs{"kernel": "event[0-9]*", "for-device": "/dev/js*", "attributes": attrs{"name": "Pad"}, "environment": attrs{"ID_PATH": "platform-gpio-keys|platform-keys", "ID_BUS": "usb"}}), ""},
		{tag(), ""},
		{attrs{"devices": []interface{}{"/dev/a"}, "udev-tagging": true}, `"udev-tagging" must be a list of entries`},
		{tag("kernel"), `udev-tagging\[0\] must be a map with at least "kernel"`},
		{tag(attrs{"subsystem": "input"}), `udev-tagging\[0\] must have a "kernel" name`},
		{tag(attrs{"kernel": "mice", "run": "/bin/sh"}), `udev-tagging\[0\] has unknown key "run": only "kernel", "subsystem", "attributes", "environment" and "for-device"`},
		{tag(attrs{"kernel": int64(12)}), `udev-tagging\[0\] kernel must be a string`},
		{tag(attrs{"kernel": "bar"}), `udev-tagging\[0\] kernel "bar" is no device's path below /dev, nor the last component of one: name its device with for-device`},
		{tag(attrs{"kernel": "baz"}), `udev-tagging\[0\] kernel "baz" is the last component of 2 devices \(/dev/dir1/baz, /dev/dir2/baz\): name its device with for-device`},
		{tag(attrs{"kernel": "mice", "subsystem": int64(12)}), `udev-tagging\[0\] subsystem must be a string`},
		{tag(attrs{"kernel": "mice", "subsystem": "deal{which,this}"}), `udev-tagging\[0\] subsystem "deal{which,this}" must be letters, digits, .*`},
		{tag(attrs{"kernel": "mice", "subsystem": ""}), `udev-tagging\[0\] subsystem "" must be letters, digits, .*`},
		{tag(attrs{"kernel": "mice", "subsystem": " input"}), `udev-tagging\[0\] subsystem " input" must be letters, digits, .*`},
		{tag(attrs{"kernel": "mice", "attributes": "foo"}), `udev-tagging\[0\] attributes must be a map of names to values`},
		{tag(attrs{"kernel": "mice", "attributes": attrs{"key\"": "x"}}), `udev-tagging\[0\] attributes has an invalid name "key\\""`},
		{tag(attrs{"kernel": "mice", "attributes": attrs{"../x": "x"}}), `udev-tagging\[0\] attributes has an invalid name "../x"`},
		{tag(attrs{"kernel": "mice", "attributes": attrs{"x": int64(1)}}), `udev-tagging\[0\] attributes "x" must be a string`},
		{tag(attrs{"kernel": "mice", "environment": attrs{"key": "va{ue}"}}), `udev-tagging\[0\] environment "key" "va{ue}" must be letters, digits, .*`},
		{tag(attrs{"kernel": "mice", "environment": attrs{"1KEY": "x"}}), `udev-tagging\[0\] environment has an invalid name "1KEY"`},
		{tag(attrs{"kernel": "mice", "environment": attrs{"KEY": "$devpath"}}), `udev-tagging\[0\] environment "KEY" "\$devpath" must be letters, digits, .*`},
		{tag(attrs{"kernel": "mice", "environment": attrs{"KEY": "%k"}}), `udev-tagging\[0\] environment "KEY" "%k" must be letters, digits, .*`},
		{tag(attrs{"kernel": "foo", "for-device": "/dev/bar"}), `udev-tagging\[0\] for-device "/dev/bar" is not one of the slot's devices`},
		{tag(attrs{"kernel": "foo", "for-device": int64(1)}), `udev-tagging\[0\] for-device must be a string`},
		{tag(attrs{"kernel": strings.Repeat("a", 256)}), `udev-tagging\[0\] kernel is 256 bytes long, more than the 255 allowed`},
	}
	many := attrs{}
	for i := 0; i <= builtin.AttrListMax; i++ {
		many[strings.Repeat("k", i+1)] = "v"
	}
	rows = append(rows, attrCase{tag(attrs{"kernel": "mice", "attributes": many}), `udev-tagging\[0\] attributes has 65 entries, more than the 64 allowed`})
	var entries []interface{}
	for i := 0; i <= builtin.AttrListMax; i++ {
		entries = append(entries, attrs{"kernel": "mice"})
	}
	rows = append(rows, attrCase{tag(entries...), `"udev-tagging" lists 65 entries, more than the 64 allowed`})
	// A kernel name and a subsystem take the globs udev matches them
	// with, and a comma; nothing else of the injections.
	matchSuffixes := map[string]bool{",": true, "*": true, "?": true, "[ab]": true}
	for _, key := range []string{"kernel", "subsystem"} {
		for i, row := range injections("input", `udev-tagging\[0\] `+key+` .*`, func(v string) map[string]interface{} {
			entry := attrs{"kernel": "mice", "subsystem": "input"}
			entry[key] = v
			if key == "kernel" {
				entry["for-device"] = "/dev/input/mice"
			}
			return tag(entry)
		}) {
			if matchSuffixes[injectedSuffixes[i]] {
				row.err = ""
			}
			rows = append(rows, row)
		}
	}
	rows = append(rows,
		attrCase{tag(attrs{"kernel": "input//mice", "for-device": "/dev/input/mice"}), `udev-tagging\[0\] kernel "input//mice" must be a device's name below /dev: .*`},
		attrCase{tag(attrs{"kernel": "/input/mice"}), `udev-tagging\[0\] kernel "/input/mice" must be a device's name below /dev: .*`},
		attrCase{tag(attrs{"kernel": "mice", "subsystem": "a b"}), `udev-tagging\[0\] subsystem "a b" must be one word, without slashes`})
	// The suffixes a udev match value may hold: globs and alternatives,
	// which udev matches within its value; every other is refused.
	for _, row := range injections("platform-gpio-keys", `udev-tagging\[0\] environment "ID_PATH" .*`, func(v string) map[string]interface{} {
		return tag(attrs{"kernel": "mice", "environment": attrs{"ID_PATH": v}})
	}) {
		v := row.attrs["udev-tagging"].([]interface{})[0].(attrs)["environment"].(attrs)["ID_PATH"].(string)
		if s := strings.TrimPrefix(v, "platform-gpio-keys"); s == "," || s == "*" || s == "?" || s == "[ab]" || s == "/" || s == "/../etc" {
			row.err = ""
		}
		rows = append(rows, row)
	}
	checkSlotSanitizer(c, "custom-device", snap.TypeGadget, rows)
}

func (s *customDeviceSuite) TestSanitizeNames(c *check.C) {
	checkPlugSanitizer(c, "custom-device", []attrCase{
		{nil, ""},
		{attrs{"custom-device": "dual-sd"}, ""},
		{attrs{"custom-device": ""}, ""},
		{attrs{"custom-device": []interface{}{"one", "two"}}, `"custom-device" must be a string`},
		{attrs{"custom-device": "a b"}, `custom-device "a b" contains " ": a tag is one word`},
	})
	checkSlotSanitizer(c, "custom-device", snap.TypeGadget, []attrCase{
		{attrs{"custom-device": "dual-sd", "devices": []interface{}{"/dev/DualSD"}}, ""},
		{attrs{"custom-device": int64(1), "devices": []interface{}{"/dev/DualSD"}}, `"custom-device" must be a string`},
		{attrs{"custom-device": "a/b", "devices": []interface{}{"/dev/DualSD"}}, `custom-device "a/b" contains "/": a tag is one word`},
	})
}

// A gadget's hostile custom-device slots are dropped; the consumer of
// its good slot gets that slot's paths and nothing else.
func (s *customDeviceSuite) TestHostileGadgetSlots(c *check.C) {
	hostile := []attrs{
		{"devices": []interface{}{"/dev/DualSD\" rwk,\n/** rwk,\n\"/x"}},
		{"devices": []interface{}{"/dev/*"}},
		{"devices": []interface{}{"/dev/**"}},
		{"devices": []interface{}{"/dev/{sda,mem}"}},
		{"read-devices": []interface{}{"/dev/../etc/shadow"}},
		{"files": attrs{"write": []interface{}{"/**"}}},
		{"files": attrs{"write": []interface{}{"/{etc,root}/**"}}},
		{"files": attrs{"write": []interface{}{"/etc/@{HOME}"}}},
		{"files": attrs{"read": []interface{}{"/etc/shadow"}, "exec": []interface{}{"/bin/sh"}}},
		{"devices": []interface{}{"/dev/DualSD"}, "udev-tagging": []interface{}{attrs{"kernel": "DualSD\", RUN+=\"/bin/sh"}}},
		{"devices": []interface{}{"/dev/DualSD"}, "custom-device": "x\ny"},
		{"udev-tagging": []interface{}{attrs{"kernel": "sda"}}},
	}
	want := []string{`"/dev/DualSD" rwk,`, `"/sys/devices/platform/dualsd/mode" r,`}
	checkHostileGadgetSlots(c, "custom-device", attrs{"devices": []interface{}{"/dev/DualSD"}, "files": attrs{"read": []interface{}{"/sys/devices/platform/dualsd/mode"}}}, hostile, want)
}
