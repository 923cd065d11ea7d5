// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type ofonoSuite struct{ referenceSuite }

var _ = check.Suite(&ofonoSuite{referenceSuite{referenceCase{
	name:    "ofono",
	summary: "allows using telephony and modems through oFono",
	plugAppArmor: []string{
		"dbus (send)\n    bus=system\n    interface=org.ofono.*\n    peer=(label=PEER),",
		"dbus (receive)\n    bus=system\n    interface=org.ofono.*\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"dbus (bind) bus=system name=org.ofono,",
		"/dev/gsmtty[0-9]* rw,",
		"capability net_admin,",
		"dbus (receive)\n    bus=system\n    interface=org.ofono.*\n    peer=(label=PEER),",
	},
	slotSecComp:      []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT"},
	mustNotGrant:     []string{"capability sys_admin,", "capability sys_module,", "network packet"},
	plugMustNotGrant: []string{"capability ", "/dev/", "dbus (bind)", "/var/lib/ofono"},
}}})

func (s *ofonoSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "ofono").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendDBus, interfaces.BackendUDev})
}

// A client drives oFono over the bus, on whatever path a modem has, and
// serves the agents it registers; it opens no modem port. oFono drives
// the modems, and gets nothing of other services.
func (s *ofonoSuite) TestAccesses(c *check.C) {
	grants := func(peer string) []string {
		return []string{
			"file rw /run/dbus/system_bus_socket",
			"dbus send bus=system path=/ interface=org.ofono.Manager member=GetModems name=org.ofono peer=" + peer,
			"dbus send bus=system path=/ril_0 interface=org.ofono.VoiceCallManager member=Dial name=org.ofono peer=" + peer,
			"dbus send bus=system path=/hfp/org/bluez/hci0/dev_00_11_22_33_44_55 interface=org.ofono.Modem member=SetProperty name=org.ofono peer=" + peer,
			"dbus send bus=system path=/ril_0 interface=org.freedesktop.DBus.Introspectable member=Introspect name=org.ofono peer=" + peer,
			"dbus receive bus=system path=/ril_0 interface=org.ofono.MessageManager member=IncomingMessage peer=" + peer,
			"dbus receive bus=system path=/com/example/stkagent interface=org.ofono.SimToolkitAgent member=DisplayText peer=" + peer,
		}
	}
	never := []string{
		"file rw /dev/ttyUSB2",
		"file rw /dev/gsmtty1",
		"capability net_admin",
		"dbus bind bus=system name=org.ofono",
		"dbus send bus=system path=/ril_0 interface=org.freedesktop.DBus.Properties member=Set name=org.ofono peer=" + "unconfined",
		"dbus send bus=system path=/org/freedesktop/ModemManager1 interface=org.freedesktop.DBus.ObjectManager member=GetManagedObjects name=org.freedesktop.ModemManager1 peer=unconfined",
	}
	connectToSystem(c, builtin.Classic, consumerYaml("ofono")).checkAccesses(c, plugTag, grants("unconfined"), never)
	cn := connectToProvider(c, builtin.Classic, consumerYaml("ofono"), providerYaml(snap.TypeApp, "ofono"))
	cn.checkAccesses(c, plugTag, grants(slotTag), append(never,
		"dbus send bus=system path=/ril_0 interface=org.ofono.VoiceCallManager member=Dial name=org.ofono peer=unconfined"))
	cn.checkAccesses(c, slotTag, []string{
		"dbus bind bus=system name=org.ofono",
		"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=RequestName name=org.freedesktop.DBus peer=unconfined",
		"dbus receive bus=system path=/ril_0 interface=org.ofono.VoiceCallManager member=Dial peer=snap.consumer.app",
		"dbus send bus=system path=/com/example/stkagent interface=org.ofono.SimToolkitAgent member=DisplayText peer=snap.consumer.app",
		"file rw /dev/ttyUSB2",
		"file rw /dev/cdc-wdm0",
		"file rw /dev/gsmtty3",
		"file r /run/udev/data/c188:2",
		"file rwk /var/lib/ofono/123456789012345/sim",
		"network netlink raw",
		"network inet dgram",
		"capability net_admin",
	}, []string{
		"dbus bind bus=system name=org.freedesktop.ModemManager1",
		"dbus receive bus=system path=/ril_0 interface=org.ofono.VoiceCallManager member=Dial peer=snap.other.app",
		"file rw /dev/ttyS0",
		"file rw /dev/sda",
		"capability sys_admin",
		"network packet raw",
	})
}
