// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type timezoneControlSuite struct{ systemSuite }

var _ = check.Suite(&timezoneControlSuite{systemSuite{systemCase{
	name:    "timezone-control",
	summary: "allows setting the system time zone",
	appArmor: []string{
		"dbus (send) bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.timedate1 member={SetTimezone,ListTimezones} peer=(label=unconfined),",
		"/etc/timezone rw,",
		"/etc/localtime w,",
	},
	mustNotGrant: []string{anyCapability, `.*(SetTime|SetNTP|SetLocalRTC)[,}].*`},
	reaches:      []access{{"/etc/timezone", "rw"}, {"/etc/writable/timezone", "rw"}, {"/etc/localtime", "w"}, {"/etc/writable/localtime", "w"}},
	mustNotReach: []access{{"/usr/share/zoneinfo/Europe/Paris", "w"}, {"/etc/adjtime", "w"}, {"/etc/hostname", "w"}},
}}})

// The app sets the zone through timedated or directly; the clock,
// network time and the hardware clock stay out of reach, and so does
// the kernel's zone offset (see the reference exceptions).
func (s *timezoneControlSuite) TestAccesses(c *check.C) {
	const timedated = "bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.timedate1 member="
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("timezone-control")).checkAccesses(c, plugTag, []string{
			"dbus send " + timedated + "SetTimezone name=org.freedesktop.timedate1 peer=unconfined",
			"dbus send " + timedated + "ListTimezones name=org.freedesktop.timedate1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.DBus.Properties member=Get name=org.freedesktop.timedate1 peer=unconfined",
			"dbus receive bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=unconfined",
			"file rw /run/dbus/system_bus_socket",
			"file w /etc/localtime",
			"file rw /etc/timezone",
			"file w /etc/writable/localtime",
			"file rw /etc/writable/timezone",
			"file r /usr/share/zoneinfo/Europe/Paris",
			"exec /usr/bin/timedatectl ix",
		}, []string{
			"dbus send " + timedated + "SetTime name=org.freedesktop.timedate1 peer=unconfined",
			"dbus send " + timedated + "SetNTP name=org.freedesktop.timedate1 peer=unconfined",
			"dbus send " + timedated + "SetLocalRTC name=org.freedesktop.timedate1 peer=unconfined",
			"dbus send " + timedated + "SetTimezone name=org.freedesktop.timedate1 peer=snap.other.app",
			"dbus send bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.hostname1 member=SetHostname name=org.freedesktop.hostname1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/locale1 interface=org.freedesktop.locale1 member=SetLocale name=org.freedesktop.locale1 peer=unconfined",
			"file w /usr/share/zoneinfo/Europe/Paris",
			"file w /etc/adjtime",
			"file w /etc/",
			"file rw /dev/rtc0",
			"capability sys_time",
		})
	}
}
