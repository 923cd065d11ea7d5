// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type u2fDevicesSuite struct{ systemSuite }

var _ = check.Suite(&u2fDevicesSuite{systemSuite{systemCase{
	name:     "u2f-devices",
	summary:  "allows access to FIDO and U2F security keys",
	appArmor: []string{"/dev/hidraw[0-9]* rw,", "@{sys}/devices/**/????:????:????.????/{uevent,report_descriptor} r,"},
	// Keys are HID devices: no USB node, no input node, no capability,
	// and nothing written to sysfs.
	mustNotGrant: []string{anyCapability, `/dev/(bus/usb|input|uinput|uhid).*`, `@\{sys\}.* [a-z]*w[a-z]*,`},
	reaches: []access{
		{"/dev/hidraw3", "rw"},
		{"/sys/devices/pci0000:00/0000:00:14.0/usb1/1-3/1-3:1.0/0003:1050:0407.0006/report_descriptor", "r"},
		{"/sys/devices/pci0000:00/0000:00:14.0/usb1/1-3/1-3:1.0/0003:1050:0407.0006/hidraw/hidraw3/dev", "r"},
	},
	mustNotReach: []access{
		{"/dev/hidraw", "rw"},
		{"/sys/devices/pci0000:00/0000:00:14.0/usb1/1-3/1-3:1.0/0003:1050:0407.0006/report_descriptor", "w"},
	},
}}})

// A browser's security key discovery and a CTAP exchange, on a YubiKey
// (vendor 1050) at hidraw3: what it reads to find the key, and the node;
// no other kind of device, no USB node, no input events.
func (s *u2fDevicesSuite) TestAccesses(c *check.C) {
	const hid = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-3/1-3:1.0/0003:1050:0407.0006"
	cn := connectToSystem(c, builtin.Classic, consumerYaml("u2f-devices"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /sys/class/hidraw/",
		"file r " + hid + "/hidraw/hidraw3/",
		"file r " + hid + "/hidraw/hidraw3/uevent",
		"file r " + hid + "/uevent",
		"file r " + hid + "/report_descriptor",
		"file rw /dev/hidraw3",
		"file rw /dev/hidraw12",
	}, []string{
		"file w " + hid + "/uevent",
		"file r /sys/devices/pci0000:00/0000:00:14.0/usb1/1-3/1-3:1.0/0003:1050:0407.0006/input/input19/name",
		"file r /sys/devices/pci0000:00/0000:00:14.0/usb1/1-3/descriptors",
		"file rw /dev/bus/usb/001/007",
		"file r /dev/input/event5",
		"file rw /dev/uhid",
		"file rw /dev/hidraw",
		"capability sys_rawio",
		"network netlink raw",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file rw /dev/hidraw3"})
}

func (s *u2fDevicesSuite) TestLeavesTheKeysUDevRulesToTheDaemon(c *check.C) {
	c.Check(ifaceByName(c, "u2f-devices").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}
