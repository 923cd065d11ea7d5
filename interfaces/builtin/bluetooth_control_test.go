// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type bluetoothControlSuite struct{ systemSuite }

var _ = check.Suite(&bluetoothControlSuite{systemSuite{systemCase{
	name:    "bluetooth-control",
	summary: "allows managing the host's Bluetooth controllers through the kernel",
	appArmor: []string{
		"network bluetooth,",
		"capability net_admin,",
		"capability net_raw,",
		"/dev/rfkill rw,",
		"@{sys}/devices/**/rfkill[0-9]*/{soft,state} w,",
	},
	secComp: []string{"socket AF_BLUETOOTH"},
	mustNotGrant: []string{
		`capability (sys_admin|sys_module|net_bind_service).*`,
		// BlueZ's D-Bus API is bluez's.
		`dbus.*`,
		`socket AF_(PACKET|NETLINK|CAN).*`,
		`listen|accept4?`,
	},
	reaches: []access{
		{"/dev/rfkill", "rw"},
		{"/sys/class/bluetooth/", "r"},
		{"/sys/devices/pci0000:00/0000:00:14.0/usb1/1-10/1-10:1.0/bluetooth/hci0/address", "r"},
		{"/sys/devices/pci0000:00/0000:00:14.0/usb1/1-10/1-10:1.0/bluetooth/hci0/rfkill3/soft", "w"},
	},
	mustNotReach: []access{
		{"/sys/devices/pci0000:00/0000:00:14.0/usb1/1-10/1-10:1.0/bluetooth/hci0/address", "w"},
		{"/sys/devices/pci0000:00/0000:00:14.3/ieee80211/phy0/rfkill1/name", "w"},
		{"/dev/uhid", "rw"},
	},
}}})

// btmgmt, btmon and rfkill: Bluetooth sockets with the capabilities the
// kernel asks for them, the radios' switches, and nothing of the network
// or of the other radios' settings.
func (s *bluetoothControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("bluetooth-control"))
	cn.checkAccesses(c, plugTag, []string{
		"network bluetooth raw",
		"network bluetooth seqpacket",
		"network bluetooth stream",
		"capability net_admin",
		"capability net_raw",
		"file rw /dev/rfkill",
		"file r /sys/class/rfkill/",
		"file r /sys/devices/pci0000:00/0000:00:14.3/ieee80211/phy0/rfkill1/type",
		"file w /sys/devices/pci0000:00/0000:00:14.3/ieee80211/phy0/rfkill1/soft",
		"file r /sys/devices/virtual/bluetooth/hci1/",
	}, []string{
		"network packet raw",
		"network can raw",
		"capability sys_admin",
		"file w /sys/devices/pci0000:00/0000:00:14.3/ieee80211/phy0/rfkill1/name",
		"file w /sys/devices/virtual/bluetooth/hci1/idle_timeout",
		"file rw /dev/uhid",
		"file rw /dev/uinput",
		"file rw /dev/rfcomm0",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"network bluetooth raw", "file rw /dev/rfkill"})
}
