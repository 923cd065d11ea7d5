// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type hostnameControlSuite struct{ systemSuite }

var _ = check.Suite(&hostnameControlSuite{systemSuite{systemCase{
	name:    "hostname-control",
	summary: "allows setting the host name and the names systemd-hostnamed keeps",
	appArmor: []string{
		"dbus (send) bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.hostname1 member={SetHostname,SetStaticHostname,SetPrettyHostname,SetIconName,SetChassis,SetDeployment,SetLocation} peer=(label=unconfined),",
		"capability sys_admin,",
		"/etc/hostname rw,",
	},
	secComp:      []string{"sethostname"},
	mustNotGrant: []string{`setdomainname|mount|umount2?|swapon|pivot_root|setns|unshare`, `.*machine-info.*`},
	reaches:      []access{{"/etc/hostname", "rw"}, {"/etc/writable/hostname", "rw"}},
	mustNotReach: []access{{"/etc/hosts", "w"}, {"/etc/machine-info", "w"}, {"/etc/machine-id", "w"}, {"/proc/sys/kernel/hostname", "w"}},
}}})

// The app names the host through hostnamed or directly; it reads no
// machine identifier through hostnamed and reaches neither the time
// service nor the locale service.
func (s *hostnameControlSuite) TestAccesses(c *check.C) {
	const hostnamed = "bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.hostname1 member="
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("hostname-control")).checkAccesses(c, plugTag, []string{
			"dbus send " + hostnamed + "SetHostname name=org.freedesktop.hostname1 peer=unconfined",
			"dbus send " + hostnamed + "SetStaticHostname name=org.freedesktop.hostname1 peer=unconfined",
			"dbus send " + hostnamed + "SetPrettyHostname name=org.freedesktop.hostname1 peer=unconfined",
			"dbus send " + hostnamed + "SetChassis name=org.freedesktop.hostname1 peer=unconfined",
			"dbus send " + hostnamed + "Describe name=org.freedesktop.hostname1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.DBus.Properties member=GetAll name=org.freedesktop.hostname1 peer=unconfined",
			"dbus receive bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined",
			"file rw /run/dbus/system_bus_socket",
			"capability sys_admin",
			"file rw /etc/hostname",
			"file rw /etc/writable/hostname",
			"exec /usr/bin/hostnamectl ix",
			"exec /bin/hostname ix",
		}, []string{
			"dbus send " + hostnamed + "GetProductUUID name=org.freedesktop.hostname1 peer=unconfined",
			"dbus send " + hostnamed + "GetHardwareSerial name=org.freedesktop.hostname1 peer=unconfined",
			"dbus send " + hostnamed + "SetHostname name=org.freedesktop.hostname1 peer=snap.other.app",
			"dbus send bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.timedate1 member=SetTimezone name=org.freedesktop.timedate1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/locale1 interface=org.freedesktop.locale1 member=SetLocale name=org.freedesktop.locale1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=RestartUnit name=org.freedesktop.systemd1 peer=unconfined",
			"file w /etc/hosts",
			"file w /etc/machine-info",
			"file w /etc/machine-id",
			"file w /etc/writable/timezone",
			"capability sys_module",
			"capability net_admin",
		})
	}
}
