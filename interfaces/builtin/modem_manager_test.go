// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type modemManagerSuite struct{ referenceSuite }

var _ = check.Suite(&modemManagerSuite{referenceSuite{referenceCase{
	name:    "modem-manager",
	summary: "allows using mobile broadband modems through ModemManager",
	plugAppArmor: []string{
		"path=/org/freedesktop/ModemManager1{,/**}\n    interface=org.freedesktop.{ModemManager1{,.*},DBus.Properties,DBus.ObjectManager,DBus.Introspectable}\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"dbus (bind) bus=system name=org.freedesktop.ModemManager1,",
		"/dev/cdc-wdm[0-9]* rw,",
		"capability net_admin,",
		"dbus (receive)\n    bus=system\n    path=/org/freedesktop/ModemManager1{,/**}\n    peer=(label=PEER),",
	},
	slotSecComp:      []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT", "listen", "accept4"},
	mustNotGrant:     []string{"capability sys_admin,", "capability sys_module,", "network packet"},
	plugMustNotGrant: []string{"capability ", "/dev/", "dbus (bind)", " rw,\n"},
}}})

func (s *modemManagerSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "modem-manager").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendDBus, interfaces.BackendUDev})
}

// A client drives modems over the bus; it opens no modem port and owns
// no name. ModemManager drives the modems' ports and interfaces, and
// gets nothing of other services.
func (s *modemManagerSuite) TestAccesses(c *check.C) {
	const mm = "bus=system path=/org/freedesktop/ModemManager1"
	grants := func(peer string) []string {
		return []string{
			"file rw /run/dbus/system_bus_socket",
			"dbus send " + mm + " interface=org.freedesktop.DBus.ObjectManager member=GetManagedObjects name=org.freedesktop.ModemManager1 peer=" + peer,
			"dbus send " + mm + "/Modem/0 interface=org.freedesktop.ModemManager1.Modem member=Enable name=org.freedesktop.ModemManager1 peer=" + peer,
			"dbus send " + mm + "/Modem/0 interface=org.freedesktop.ModemManager1.Modem.Simple member=Connect name=org.freedesktop.ModemManager1 peer=" + peer,
			"dbus send " + mm + "/SIM/0 interface=org.freedesktop.ModemManager1.Sim member=SendPin name=org.freedesktop.ModemManager1 peer=" + peer,
			"dbus send " + mm + "/Modem/0 interface=org.freedesktop.DBus.Properties member=GetAll name=org.freedesktop.ModemManager1 peer=" + peer,
			"dbus receive " + mm + "/Modem/0 interface=org.freedesktop.ModemManager1.Modem.Messaging member=Added peer=" + peer,
			"dbus receive " + mm + " interface=org.freedesktop.DBus.ObjectManager member=InterfacesAdded peer=" + peer,
		}
	}
	never := []string{
		"file rw /dev/ttyUSB2",
		"file rw /dev/cdc-wdm0",
		"capability net_admin",
		"dbus bind bus=system name=org.freedesktop.ModemManager1",
		"dbus send bus=system path=/org/freedesktop/NetworkManager interface=org.freedesktop.NetworkManager member=Enable name=org.freedesktop.NetworkManager peer=unconfined",
		"dbus send bus=system path=/org/ofono interface=org.ofono.Manager member=GetModems name=org.ofono peer=unconfined",
		"unix connect stream peer_addr=@qmi-proxy peer=unconfined",
	}
	connectToSystem(c, builtin.Classic, consumerYaml("modem-manager")).checkAccesses(c, plugTag, grants("unconfined"), never)
	cn := connectToProvider(c, builtin.Classic, consumerYaml("modem-manager"), providerYaml(snap.TypeApp, "modem-manager"))
	cn.checkAccesses(c, plugTag, grants(slotTag), append(never,
		"dbus send "+mm+"/Modem/0 interface=org.freedesktop.ModemManager1.Modem member=Enable name=org.freedesktop.ModemManager1 peer=unconfined"))
	cn.checkAccesses(c, slotTag, []string{
		"dbus bind bus=system name=org.freedesktop.ModemManager1",
		"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=RequestName name=org.freedesktop.DBus peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/PolicyKit1/Authority interface=org.freedesktop.PolicyKit1.Authority member=CheckAuthorization name=org.freedesktop.PolicyKit1 peer=unconfined",
		"dbus receive " + mm + "/Modem/0 interface=org.freedesktop.ModemManager1.Modem member=Enable peer=snap.consumer.app",
		"dbus send " + mm + "/Modem/0 interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=snap.consumer.app",
		"file rw /dev/ttyUSB2",
		"file rw /dev/ttyACM0",
		"file rw /dev/cdc-wdm0",
		"file rw /dev/wwan0mbim0",
		"file r /run/udev/data/c166:0",
		"file r /sys/devices/pci0000:00/0000:00:14.0/usb2/2-3/2-3:1.8/net/wwan0/qmi/raw_ip",
		"file w /sys/devices/pci0000:00/0000:00:14.0/usb2/2-3/2-3:1.8/net/wwan0/qmi/raw_ip",
		"network netlink raw",
		"capability net_admin",
		"unix bind stream addr=@qmi-proxy",
		"unix listen stream addr=@qmi-proxy",
		"unix connect stream peer_addr=@mbim-proxy peer=snap.provider.service",
	}, []string{
		"dbus bind bus=system name=org.freedesktop.NetworkManager",
		"dbus receive " + mm + "/Modem/0 interface=org.freedesktop.ModemManager1.Modem member=Enable peer=snap.other.app",
		"file rw /dev/ttyS0",
		"file rw /dev/sda",
		"file w /sys/devices/pci0000:00/0000:00:14.0/usb2/2-3/2-3:1.8/net/wwan0/mtu",
		"capability sys_admin",
		"unix bind stream addr=@other",
		"unix connect stream peer_addr=@qmi-proxy peer=unconfined",
	})
}
