// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type rawUSBSuite struct{}

var _ = check.Suite(&rawUSBSuite{})

func (s *rawUSBSuite) TestStaticInfo(c *check.C) {
	c5CheckStaticInfo(c, "raw-usb", c5StaticInfo{
		summary:           "allows raw access to all USB devices",
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots:             c5SystemSlotOnly,
	})
}

func (s *rawUSBSuite) TestConnectedPlug(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		aa, sc := newC5Connected(c, sys, c5ConsumerYaml("raw-usb"), "").plugSide(c)
		c5CheckRules(c, aa,
			"/dev/bus/usb/[0-9][0-9][0-9]/[0-9][0-9][0-9] rw,",
			"/dev/ttyUSB[0-9]* rwk,",
			"/dev/ttyACM[0-9]* rwk,",
			"@{sys}/devices/**/usb[0-9]*/** r,",
			"@{run}/udev/data/c189:* r,",
			"network netlink raw,")
		c5CheckRules(c, sc, "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT")
		// USB disks stay behind their block devices.
		c5CheckNoRules(c, aa, "/dev/sd", "/dev/** ", "capability")
		c5CheckExplained(c, aa, sc)
		c5CheckAppArmorCompiles(c, aa)
		c5CheckSecCompParses(c, sc)
	}
}
