// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type gconfSuite struct{ referenceSuite }

var _ = check.Suite(&gconfSuite{referenceSuite{referenceCase{
	name:    "gconf",
	summary: "allows reading and writing the user's settings in the legacy GConf configuration system",
	plugAppArmor: []string{
		"path=/org/gnome/GConf\n    interface=org.gnome.GConf\n    member=GetIOR\n    peer=(label=PEER),",
		"interface=org.gnome.GConf.Database{,.Synchronous}\n    peer=(label=PEER),",
	},
	mustNotGrant: []string{"Shutdown", "dbus (bind)", "bus=system", "/tmp/orbit"},
}}})

func (s *gconfSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "gconf", staticInfo{summary: s.summary, implicitOnClassic: true, slots: declSystemSlotNoAutoConnect})
}

// The app reads and writes keys and hears their changes; it does not
// stop the daemon, pose as it, or reach dconf's settings or other
// services.
func (s *gconfSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("gconf"))
	const gconf = "bus=session name=org.gnome.GConf peer=unconfined"
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/user/1000/bus",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=StartServiceByName name=org.freedesktop.DBus peer=unconfined",
		"dbus send " + gconf + " path=/org/gnome/GConf interface=org.gnome.GConf member=GetIOR",
		"dbus send " + gconf + " path=/org/gnome/GConf/Server interface=org.gnome.GConf.Server member=Ping",
		"dbus send " + gconf + " path=/org/gnome/GConf/Database/0 interface=org.gnome.GConf.Database member=Lookup",
		"dbus send " + gconf + " path=/org/gnome/GConf/Database/0 interface=org.gnome.GConf.Database member=Set",
		"dbus send " + gconf + " path=/org/gnome/GConf/Database/0 interface=org.gnome.GConf.Database member=AddListener",
		"dbus send " + gconf + " path=/org/gnome/GConf/Database/0 interface=org.gnome.GConf.Database.Synchronous member=Sync",
		"dbus receive bus=session path=/org/gnome/GConf/Listener/1 interface=org.gnome.GConf.Listener member=Notify peer=unconfined",
	}, []string{
		"dbus send " + gconf + " path=/org/gnome/GConf/Server interface=org.gnome.GConf.Server member=Shutdown",
		"dbus bind bus=session name=org.gnome.GConf",
		"dbus send bus=session path=/ca/desrt/dconf/Writer/user interface=ca.desrt.dconf.Writer member=Change name=ca.desrt.dconf peer=unconfined",
		"dbus receive bus=session path=/org/gnome/GConf/Listener/1 interface=org.gnome.GConf.Listener member=Notify peer=snap.other.app",
		"file r /home/u/.gconf/apps/%gconf.xml",
		"file rw /run/dbus/system_bus_socket",
	})
}
