// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type timeControlSuite struct{ systemSuite }

var _ = check.Suite(&timeControlSuite{systemSuite{systemCase{
	name:    "time-control",
	summary: "allows setting the system and hardware clocks and network time synchronisation",
	appArmor: []string{
		"dbus (send) bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.timedate1 member={SetLocalRTC,SetNTP,SetTime} peer=(label=unconfined),",
		"capability sys_time,",
		"/dev/rtc[0-9]* rw,",
		"/etc/adjtime rw,",
	},
	secComp: []string{"settimeofday", "clock_settime", "clock_settime64", "adjtimex", "clock_adjtime", "clock_adjtime64"},
}}})

// The app sets the clocks, through timedated over the system bus or
// directly; time zones are not its business.
func (s *timeControlSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("time-control")).checkAccesses(c, plugTag, []string{
			"capability sys_time",
			"file rw /dev/rtc0",
			"file r /sys/class/rtc/",
			"file r /sys/devices/platform/rtc_cmos/rtc/rtc0/since_epoch",
			"file rw /etc/adjtime",
			"file rw /run/dbus/system_bus_socket",
			"dbus send bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.timedate1 member=SetNTP name=org.freedesktop.timedate1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.DBus.Properties member=GetAll name=org.freedesktop.timedate1 peer=unconfined",
			"dbus receive bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=unconfined",
		}, []string{
			"dbus send bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.timedate1 member=SetTimezone name=org.freedesktop.timedate1 peer=unconfined",
			"file w /etc/localtime",
			"file w /etc/timezone",
			"capability sys_admin",
			"capability sys_boot",
			"file w /sys/class/rtc/rtc0/wakealarm",
			"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		})
	}
}
