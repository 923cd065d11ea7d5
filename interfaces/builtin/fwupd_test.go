// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type fwupdSuite struct{ referenceSuite }

var _ = check.Suite(&fwupdSuite{referenceSuite{referenceCase{
	name:    "fwupd",
	summary: "allows updating firmware through the fwupd service",
	plugAppArmor: []string{
		"path=/\n    interface=org.freedesktop.{fwupd,DBus.Properties,DBus.Introspectable}\n    peer=(label=PEER),",
	},
	plugSecComp: []string{"memfd_create"},
	slotAppArmor: []string{
		"name=org.freedesktop.fwupd,",
		"@{sys}/firmware/efi/efivars/** rw,",
		"/dev/bus/usb/** rw,",
		"dbus (send)\n    bus=system\n    path=/\n    interface=org.freedesktop.{fwupd,DBus.Properties}\n    peer=(label=PEER),",
	},
	slotSecComp: []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT"},
}}})

// The client calls fwupd on the system bus and downloads what it hands
// the daemon, looking names up and verifying the vendor's TLS servers;
// it touches no firmware or device itself. The daemon writes firmware
// and owns its name, but gets no power beyond that.
func (s *fwupdSuite) TestAccesses(c *check.C) {
	never := []string{
		"capability sys_rawio",
		"capability sys_admin",
		"capability sys_module",
		"file rw /sys/firmware/efi/efivars/OsIndications-8be4df61-93ca-11d2-aa0d-00e098032b8c",
		"file rw /dev/bus/usb/001/002",
		"file rw /dev/mem",
		"file w /boot/efi/EFI/ubuntu/shimx64.efi",
		"dbus bind bus=system name=org.freedesktop.fwupd",
		"dbus send bus=system path=/org/freedesktop/UDisks2/Manager interface=org.freedesktop.UDisks2.Manager member=GetBlockDevices name=org.freedesktop.UDisks2 peer=unconfined",
	}
	grants := []string{
		"dbus send bus=system path=/ interface=org.freedesktop.fwupd member=GetDevices name=org.freedesktop.fwupd peer=unconfined",
		"dbus send bus=system path=/ interface=org.freedesktop.DBus.Properties member=GetAll name=org.freedesktop.fwupd peer=unconfined",
		"dbus receive bus=system path=/ interface=org.freedesktop.fwupd member=DeviceChanged peer=unconfined",
	}
	checkNetworkAccesses(c, "fwupd", grants, never)

	cn := connectToProvider(c, builtin.Classic, consumerYaml("fwupd"), providerYaml(snap.TypeApp, "fwupd"))
	cn.checkAccesses(c, plugTag, []string{
		"dbus send bus=system path=/ interface=org.freedesktop.fwupd member=Install name=org.freedesktop.fwupd peer=snap.provider.service",
		"file rw /run/dbus/system_bus_socket",
	}, append(never, grants[0]))
	cn.checkAccesses(c, slotTag, []string{
		"file rw /run/dbus/system_bus_socket",
		"dbus bind bus=system name=org.freedesktop.fwupd",
		"dbus receive bus=system path=/ interface=org.freedesktop.fwupd member=Install peer=snap.consumer.app",
		"dbus send bus=system path=/org/freedesktop/PolicyKit1/Authority interface=org.freedesktop.PolicyKit1.Authority member=CheckAuthorization name=org.freedesktop.PolicyKit1 peer=unconfined",
		"file rw /sys/firmware/efi/efivars/OsIndications-8be4df61-93ca-11d2-aa0d-00e098032b8c",
		"file rw /dev/bus/usb/001/002",
		"capability sys_rawio",
	}, []string{
		"capability sys_module",
		"capability sys_admin",
		"file rw /dev/mem",
		"dbus bind bus=system name=org.freedesktop.login1",
		"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
	})
}
