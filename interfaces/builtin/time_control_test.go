// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

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
	mustNotGrant: []string{
		// Time zones are not this interface's business.
		`.*SetTimezone.*`,
		`/etc/(localtime|timezone) .*`,
		`capability (sys_admin|sys_boot),`,
	},
	reaches:      []access{{"/dev/rtc0", "rw"}, {"/etc/adjtime", "rw"}},
	mustNotReach: []access{{"/etc/localtime", "w"}, {"/etc/timezone", "w"}},
}}})
