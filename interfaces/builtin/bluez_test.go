// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type bluezSuite struct{ referenceSuite }

var _ = check.Suite(&bluezSuite{referenceSuite{referenceCase{
	name:    "bluez",
	summary: "allows using Bluetooth through the BlueZ service",
	plugAppArmor: []string{
		"path={/,/org/bluez{,/**}}\n    interface=org.{bluez.*,freedesktop.DBus.Properties,freedesktop.DBus.ObjectManager,freedesktop.DBus.Introspectable}\n    peer=(label=PEER),",
		"dbus (receive)\n    bus=system\n    interface=org.{bluez.*,freedesktop.DBus.Properties,freedesktop.DBus.ObjectManager}\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"name=org.bluez,",
		"network bluetooth,",
		"capability net_admin,",
		"/dev/uhid rw,",
		"dbus (send)\n    bus=system\n    interface=org.{bluez.*,freedesktop.DBus.Properties,freedesktop.DBus.ObjectManager}\n    peer=(label=PEER),",
	},
	// Bluetooth sockets of the app's own (RFCOMM, L2CAP), as the
	// reference's base allows them; AppArmor's network rules decide.
	plugSecComp:      []string{"socket AF_BLUETOOTH"},
	slotSecComp:      []string{"socket AF_BLUETOOTH", "bind", "listen", "accept4"},
	plugMustNotGrant: []string{"listen"},
}}})

// The client drives BlueZ over the system bus and opens Bluetooth
// sockets of its own to connected devices; it does not own BlueZ's name
// or drive the controllers. The daemon does, with no power beyond.
func (s *bluezSuite) TestAccesses(c *check.C) {
	never := []string{
		"capability net_admin",
		"capability net_raw",
		"capability sys_admin",
		"dbus bind bus=system name=org.bluez",
		"file rw /dev/rfkill",
		"file rw /dev/uhid",
		"file w /sys/devices/pci0000:00/0000:00:14.0/usb1/1-10/1-10:1.0/bluetooth/hci0/rfkill2/soft",
		"dbus send bus=system path=/org/freedesktop/NetworkManager interface=org.freedesktop.NetworkManager member=Enable name=org.freedesktop.NetworkManager peer=unconfined",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
	}
	grants := func(peer string) []string {
		return []string{
			"network bluetooth stream",
			"network bluetooth seqpacket",
			"network bluetooth dgram",
			"file rw /dev/rfcomm0",
			"file rw /run/dbus/system_bus_socket",
			"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=AddMatch name=org.freedesktop.DBus peer=unconfined",
			"dbus send bus=system path=/org/bluez/hci0 interface=org.bluez.Adapter1 member=StartDiscovery name=org.bluez peer=" + peer,
			"dbus send bus=system path=/org/bluez/hci0/dev_00_11_22_33_44_55 interface=org.bluez.Device1 member=Connect name=org.bluez peer=" + peer,
			"dbus send bus=system path=/ interface=org.freedesktop.DBus.ObjectManager member=GetManagedObjects name=org.bluez peer=" + peer,
			"dbus receive bus=system path=/org/bluez/hci0 interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=" + peer,
			"dbus receive bus=system path=/com/example/agent interface=org.bluez.Agent1 member=RequestPinCode peer=" + peer,
		}
	}
	connectToSystem(c, builtin.Classic, consumerYaml("bluez")).checkAccesses(c, plugTag, grants("unconfined"), never)
	cn := connectToProvider(c, builtin.Classic, consumerYaml("bluez"), providerYaml(snap.TypeApp, "bluez"))
	cn.checkAccesses(c, plugTag, grants("snap.provider.service"), append(never,
		"dbus send bus=system path=/org/bluez/hci0 interface=org.bluez.Adapter1 member=StartDiscovery name=org.bluez peer=unconfined"))
	cn.checkAccesses(c, slotTag, []string{
		"dbus bind bus=system name=org.bluez",
		"file rw /run/dbus/system_bus_socket",
		"network bluetooth raw",
		"capability net_admin",
		"file rw /dev/rfkill",
		"file rw /dev/uhid",
		"file w /sys/devices/pci0000:00/0000:00:14.0/usb1/1-10/1-10:1.0/bluetooth/hci0/rfkill2/soft",
		"dbus receive bus=system path=/org/bluez/hci0 interface=org.bluez.Adapter1 member=StartDiscovery peer=snap.consumer.app",
	}, []string{
		"capability sys_admin",
		"capability sys_module",
		"dbus bind bus=system name=org.freedesktop.NetworkManager",
		"dbus receive bus=system path=/org/bluez/hci0 interface=org.bluez.Adapter1 member=StartDiscovery peer=snap.other.app",
	})
}
