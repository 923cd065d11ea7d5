// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type hardwareObserveSuite struct{ systemSuite }

var _ = check.Suite(&hardwareObserveSuite{systemSuite{systemCase{
	name:    "hardware-observe",
	summary: "allows inspecting the hardware, its drivers and sensors read-only",
	appArmor: []string{
		"/sys/devices/** r,",
		"/sys/class/** r,",
		"/sys/firmware/dmi/tables/{DMI,smbios_entry_point} r,",
		"/run/udev/data/* r,",
		"network netlink raw,",
	},
	secComp: []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT", "socket AF_NETLINK - NETLINK_GENERIC", "iopl"},
	mustNotGrant: []string{
		writesFiles,
		anyCapability,
		`/dev/.*`,
		`socket AF_NETLINK - NETLINK_(ROUTE|AUDIT|NETFILTER).*`,
		`ioperm`,
	},
	reaches: []access{
		{"/sys/devices/pci0000:00/0000:00:02.0/vendor", "r"},
		{"/sys/class/hwmon/hwmon0/temp1_input", "r"},
		{"/run/udev/data/c189:1", "r"},
	},
	mustNotReach: []access{
		{"/sys/devices/pci0000:00/0000:00:02.0/remove", "w"},
		{"/sys/firmware/efi/efivars/Boot0000-8be4df61-93ca-11d2-aa0d-00e098032b8c", "r"},
	},
}}})
