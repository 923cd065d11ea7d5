// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type hidrawSuite struct{}

var _ = check.Suite(&hidrawSuite{})

func (s *hidrawSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "hidraw", staticInfo{
		summary: "allows access to a specific hidraw device",
		slots:   declGadgetDeviceSlot,
	})
	checkNotRendered(c, "hidraw", interfaces.BackendUDev)
}

// A gadget's slot is connected by hand, on Ubuntu Core and classic.
func (s *hidrawSuite) TestDecisions(c *check.C) {
	base := builtinDeclaration(c)
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		repo := newRepo(c, sys, consumerYaml("hidraw"), providerYaml(snap.TypeGadget, "hidraw", "path: /dev/hidraw3"))
		manual, auto := decide(base, sys, repo.Interface("hidraw"), repo.Plug("consumer", "plug"), repo.Slot("provider", "slot"))
		c.Check(manual, check.Equals, true, check.Commentf("%s", sys))
		c.Check(auto, check.Equals, false, check.Commentf("%s", sys))
		c.Check(installs(c, base, sys, providerYaml(snap.TypeGadget, "hidraw", "path: /dev/hidraw3")), check.Equals, true)
		c.Check(installs(c, base, sys, providerYaml(snap.TypeApp, "hidraw", "path: /dev/hidraw3")), check.Equals, false)
	}
}

func (s *hidrawSuite) TestConnectedPlugNamesTheNodeOnly(c *check.C) {
	cn := connectToProvider(c, builtin.Core, consumerYaml("hidraw"),
		providerYaml(snap.TypeGadget, "hidraw", "path: /dev/hidraw3"))
	aa, sc := cn.plugSide(c)
	c.Check(ruleLines(aa), check.DeepEquals, []string{
		"/dev/hidraw3 rw,",
		"@{sys}/devices/**/hidraw/hidraw3/ r,",
		"@{sys}/devices/**/hidraw/hidraw3/** r,",
	})
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	slotAA, slotSC := cn.slotSide(c)
	c.Check(slotAA+slotSC, check.Equals, "")

	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/hidraw3",
		"file r /sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/0003:046D:C52B.0004/hidraw/hidraw3/uevent",
		"file r /sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/0003:046D:C52B.0004/hidraw/hidraw3/dev",
	}, []string{
		"file rw /dev/hidraw4",
		"file r /dev/hidraw30",
		"file r /dev/hidraw",
		"file w /sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/0003:046D:C52B.0004/hidraw/hidraw3/uevent",
		"file r /sys/devices/pci0000:00/0000:00:14.0/usb1/1-3/1-3:1.0/0003:1050:0407.0005/hidraw/hidraw4/uevent",
		"file r /sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/0003:046D:C52B.0004/report_descriptor",
		"file rw /dev/bus/usb/001/002",
		"file r /dev/input/event3",
	})
}

// With USB ids the sysfs rules hang under the HID device of those ids,
// whose report descriptor the app may then read; the node is still the
// one named.
func (s *hidrawSuite) TestConnectedPlugWithUSBIDs(c *check.C) {
	cn := connectToProvider(c, builtin.Core, consumerYaml("hidraw"),
		providerYaml(snap.TypeGadget, "hidraw", "path: /dev/hidraw0", "usb-vendor: 0x046d", "usb-product: 0xc52b"))
	aa, _ := cn.plugSide(c)
	c.Check(ruleLines(aa), check.DeepEquals, []string{
		"/dev/hidraw0 rw,",
		"@{sys}/devices/**/0003:046D:C52B.[0-9A-F][0-9A-F][0-9A-F][0-9A-F]/hidraw/hidraw0/ r,",
		"@{sys}/devices/**/0003:046D:C52B.[0-9A-F][0-9A-F][0-9A-F][0-9A-F]/hidraw/hidraw0/** r,",
		"@{sys}/devices/**/0003:046D:C52B.[0-9A-F][0-9A-F][0-9A-F][0-9A-F]/{report_descriptor,uevent} r,",
	})
	c.Check(aa, check.Matches, `(?s).*USB HID device 046d:c52b through /dev/hidraw0.*`)
	checkExplained(c, aa)
	const dev = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/"
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/hidraw0",
		"file r " + dev + "0003:046D:C52B.0001/hidraw/hidraw0/uevent",
		"file r " + dev + "0003:046D:C52B.0001/report_descriptor",
		"file r " + dev + "0003:046D:C52B.0001/uevent",
	}, []string{
		"file rw /dev/hidraw1",
		// The same node number under another device, another bus (5 is
		// Bluetooth) or lower-case ids, which the kernel never writes.
		"file r " + dev + "0003:1050:0407.0001/hidraw/hidraw0/uevent",
		"file r " + dev + "0003:1050:0407.0001/report_descriptor",
		"file r " + dev + "0005:046D:C52B.0001/report_descriptor",
		"file r " + dev + "0003:046d:c52b.0001/report_descriptor",
		"file r " + dev + "0003:046D:C52B.0001/hidraw/hidraw1/uevent",
		"file w " + dev + "0003:046D:C52B.0001/uevent",
	})
}

func (s *hidrawSuite) TestSanitizeSlot(c *check.C) {
	table := []attrCase{
		{attrs{"path": "/dev/hidraw0"}, ""},
		{attrs{"path": "/dev/hidraw17"}, ""},
		{attrs{"path": "/dev/hidraw3", "usb-vendor": int64(0x046d), "usb-product": int64(0xc52b)}, ""},
		{attrs{"path": "/dev/hidraw3", "usb-vendor": int64(0), "usb-product": int64(0xffff)}, ""},
		{attrs{}, `"path" must be set to a hidraw node, /dev/hidrawN`},
		{attrs{"usb-vendor": int64(0x046d), "usb-product": int64(0xc52b)}, `"path" must be set to a hidraw node, /dev/hidrawN`},
		{attrs{"path": int64(3)}, `"path" must be a string`},
		{attrs{"path": ""}, `path cannot be empty`},
		{attrs{"path": "/dev/hidraw"}, `path "/dev/hidraw" must be a hidraw node, /dev/hidrawN`},
		{attrs{"path": "/dev/hidraw-keyboard"}, `path "/dev/hidraw-keyboard" must be a hidraw node, /dev/hidrawN`},
		{attrs{"path": "/dev/hidraw3a"}, `path "/dev/hidraw3a" must be a hidraw node, .*`},
		{attrs{"path": "/dev/usb/hiddev0"}, `path "/dev/usb/hiddev0" must be a hidraw node, .*`},
		{attrs{"path": "/sys/class/hidraw/hidraw0"}, `path "/sys/class/hidraw/hidraw0" must be under /dev`},
		{attrs{"path": "/dev/hidraw0/"}, `path "/dev/hidraw0/" must not end with a slash`},
		{attrs{"path": "/dev/hidraw3", "usb-vendor": int64(0x046d)}, `"usb-vendor" and "usb-product" must be set together`},
		{attrs{"path": "/dev/hidraw3", "usb-product": int64(0xc52b)}, `"usb-vendor" and "usb-product" must be set together`},
		{attrs{"path": "/dev/hidraw3", "usb-vendor": "046d", "usb-product": int64(0xc52b)}, `"usb-vendor" must be an integer`},
		{attrs{"path": "/dev/hidraw3", "usb-vendor": "*", "usb-product": "*"}, `"usb-vendor" must be an integer`},
		{attrs{"path": "/dev/hidraw3", "usb-vendor": int64(0x046d), "usb-product": 1.5}, `"usb-product" must be an integer`},
		{attrs{"path": "/dev/hidraw3", "usb-vendor": int64(0x10000), "usb-product": int64(1)}, `"usb-vendor" must be between 0 and 0xffff, not 65536`},
		{attrs{"path": "/dev/hidraw3", "usb-vendor": int64(1), "usb-product": int64(-1)}, `"usb-product" must be between 0 and 0xffff, not -1`},
	}
	for _, v := range injectedPaths {
		table = append(table, attrCase{attrs{"path": v}, `path .*`})
	}
	checkSlotSanitizer(c, "hidraw", snap.TypeGadget, table)
}

// A gadget cannot widen the consumer's rules beyond the one node.
func (s *hidrawSuite) TestHostileSlotCannotWiden(c *check.C) {
	hostile := append(hostileDevicePaths("/dev/hidraw"),
		attrs{"path": "/dev/hidraw3", "usb-vendor": "*", "usb-product": "*"},
		attrs{"path": "/dev/hidraw3", "usb-vendor": "046D:*", "usb-product": int64(1)},
		attrs{"path": "/dev/hidraw3", "usb-vendor": int64(0x046d), "usb-product": "C52B.*/../.."},
		attrs{"path": "/dev/hidraw3", "usb-vendor": int64(1) << 40, "usb-product": int64(1)},
		attrs{"path": "/dev/hidraw3", "usb-vendor": int64(0x046d)},
	)
	checkHostileDeviceSlot(c, "hidraw", "path: /dev/hidraw3", hostile, []string{
		"file rw /dev/hidraw0",
		"file rw /dev/hidraw4",
		"file rw /dev/hidraw33",
		"file r /sys/devices/pci0000:00/0000:00:14.0/usb1/1-3/1-3:1.0/0003:1050:0407.0005/hidraw/hidraw4/uevent",
		"file r /sys/devices/pci0000:00/0000:00:14.0/usb1/1-3/1-3:1.0/0003:1050:0407.0005/report_descriptor",
		"file rw /dev/sda",
		"file r /etc/shadow",
	})
}
