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
	checkStaticInfo(c, "raw-usb", staticInfo{
		summary:           "allows raw access to all USB devices",
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *rawUSBSuite) TestConnectedPlug(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		aa, sc := connectToSystem(c, sys, consumerYaml("raw-usb")).plugSide(c)
		checkRules(c, aa,
			"/dev/bus/usb/[0-9][0-9][0-9]/[0-9][0-9][0-9] rw,",
			"/dev/ttyUSB[0-9]* rwk,",
			"/dev/ttyACM[0-9]* rwk,",
			"@{sys}/devices/**/usb[0-9]*/** r,",
			"@{run}/udev/data/c189:* r,",
			"network netlink raw,")
		checkRules(c, sc, "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT")
		// USB disks stay behind their block devices.
		checkGrantsNone(c, aa, startingWith("/dev/sd", "/dev/** ", "capability")...)
		checkExplained(c, aa, sc)
	}
}
