// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type adbSupportSuite struct{ systemSuite }

var _ = check.Suite(&adbSupportSuite{systemSuite{systemCase{
	name:    "adb-support",
	summary: "allows operating as the Android Debug Bridge service",
	appArmor: []string{
		"/dev/bus/usb/[0-9][0-9][0-9]/[0-9][0-9][0-9] rw,",
		"@{sys}/devices/**/usb[0-9]*/** r,",
		"@{run}/udev/data/c189:[0-9]* r,",
		"network netlink raw,",
	},
	secComp: []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT"},
	mustNotGrant: []string{
		anyCapability,
		// Serving adb's clients is network-bind's.
		`listen|accept4?`,
		// USB serial adapters and other devices are not adb's.
		`/dev/tty.*`,
		`socket AF_NETLINK - NETLINK_(ROUTE|GENERIC|AUDIT).*`,
	},
	reaches: []access{
		{"/dev/bus/usb/001/004", "rw"},
		{"/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/idVendor", "r"},
		{"/run/udev/data/c189:3", "r"},
	},
	mustNotReach: []access{
		{"/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/authorized", "w"},
		{"/dev/ttyACM0", "r"},
	},
}}})

// What adb does to find a phone and talk to it, and nothing beyond:
// no other device node, no writes to sysfs, no udev data of other
// devices.
func (s *adbSupportSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("adb-support"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /dev/bus/usb/",
		"file r /dev/bus/usb/002/",
		"file rw /dev/bus/usb/002/011",
		"file r /sys/bus/usb/devices/",
		"file r /sys/devices/pci0000:00/0000:00:14.0/usb2/2-1/serial",
		"file r /sys/devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/bInterfaceClass",
		"file r /run/udev/data/c189:138",
		"network netlink raw",
	}, []string{
		"file w /sys/devices/pci0000:00/0000:00:14.0/usb2/2-1/authorized",
		"file w /sys/devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/bInterfaceClass",
		"file r /run/udev/data/c13:64",
		"file rw /dev/ttyUSB0",
		"file rw /dev/hidraw0",
		"file rw /dev/sg0",
		"network packet raw",
		"capability net_admin",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file rw /dev/bus/usb/002/011"})
}
