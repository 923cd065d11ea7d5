// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type serialPortSuite struct{}

var _ = check.Suite(&serialPortSuite{})

func (s *serialPortSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "serial-port", staticInfo{
		summary: "allows accessing a specific serial port",
		slots:   declGadgetDeviceSlot,
	})
}

func (s *serialPortSuite) TestConnectedPlugNamesThePortOnly(c *check.C) {
	cc := connectToProvider(c, builtin.Core, consumerYaml("serial-port"),
		providerYaml(snap.TypeGadget, "serial-port", "path: /dev/ttyAMA0"))
	aa, sc := cc.plugSide(c)
	c.Check(lines(aa), check.DeepEquals, []string{
		"# Description: use the serial port /dev/ttyAMA0: read and write it, set its",
		"# line settings (ioctl on the open node), and lock it (flock, or",
		"# TIOCEXCL) against other users.",
		"/dev/ttyAMA0 rwk,",
	})
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	slotAA, slotSC := cc.slotSide(c)
	c.Check(slotAA, check.Equals, "")
	c.Check(slotSC, check.Equals, "")
}

func (s *serialPortSuite) TestSanitizeSlot(c *check.C) {
	table := []attrCase{
		{map[string]interface{}{"path": "/dev/ttyS0"}, ""},
		{map[string]interface{}{"path": "/dev/ttyUSB12"}, ""},
		{map[string]interface{}{"path": "/dev/ttyACM0"}, ""},
		{map[string]interface{}{"path": "/dev/ttyAMA0"}, ""},
		{map[string]interface{}{"path": "/dev/ttymxc3"}, ""},
		{map[string]interface{}{"path": "/dev/ttyXRUSB1"}, ""},
		{map[string]interface{}{}, `"path" must be set to a serial port's device node, .*`},
		{map[string]interface{}{"path": int64(3)}, `"path" must be a string`},
		{map[string]interface{}{"path": ""}, `path cannot be empty`},
		{map[string]interface{}{"path": "dev/ttyS0"}, `path "dev/ttyS0" must be absolute`},
		{map[string]interface{}{"path": "/dev/ttyS0/"}, `path "/dev/ttyS0/" must not end with a slash`},
		{map[string]interface{}{"path": "/etc/ttyS0"}, `path "/etc/ttyS0" must be under /dev`},
		{map[string]interface{}{"path": "/dev/tty1"}, `path "/dev/tty1" must be a serial port's device node, such as /dev/ttyS0, /dev/ttyUSB0 or /dev/ttyAMA0`},
		{map[string]interface{}{"path": "/dev/tty"}, `path "/dev/tty" must be a serial port's .*`},
		{map[string]interface{}{"path": "/dev/ttyS"}, `path "/dev/ttyS" must be a serial port's .*`},
		{map[string]interface{}{"path": "/dev/sda"}, `path "/dev/sda" must be a serial port's .*`},
		{map[string]interface{}{"path": "/dev/serial/by-id/usb-FTDI"}, `path "/dev/serial/by-id/usb-FTDI" must be a serial port's .*`},
		{map[string]interface{}{"path": "/dev/ttyS0", "usb-vendor": int64(0x0403)}, `"usb-vendor" is not supported: hotplug serial ports need a udev backend, which snapiface does not have`},
		{map[string]interface{}{"usb-vendor": int64(0x0403), "usb-product": int64(0x6001)}, `"usb-vendor" is not supported: .*`},
		{map[string]interface{}{"path": "/dev/ttyUSB0", "usb-product": int64(0x6001)}, `"usb-product" is not supported: .*`},
	}
	for _, v := range injectedPaths {
		table = append(table, attrCase{map[string]interface{}{"path": v}, `path .*`})
	}
	checkSlotSanitizer(c, "serial-port", snap.TypeGadget, table)
}
