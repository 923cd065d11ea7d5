// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type timeserverControlSuite struct{ systemSuite }

var _ = check.Suite(&timeserverControlSuite{systemSuite{systemCase{
	name:    "timeserver-control",
	summary: "allows choosing the servers the system synchronises its time with",
	appArmor: []string{
		"dbus (send) bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.timedate1 member=SetNTP peer=(label=unconfined),",
		"dbus (send) bus=system path=/org/freedesktop/timesync1 interface=org.freedesktop.timesync1.Manager member=SetRuntimeNTPServers peer=(label=unconfined),",
		"/etc/systemd/timesyncd.conf rw,",
	},
	mustNotGrant: []string{anyCapability, `.*(SetTime|SetTimezone|SetLocalRTC)[,}].*`},
	reaches:      []access{{"/etc/systemd/timesyncd.conf", "rw"}, {"/etc/systemd/timesyncd.conf.d/50-servers.conf", "rw"}},
	mustNotReach: []access{{"/etc/systemd/system.conf", "w"}, {"/etc/systemd/system/timesyncd.service", "w"}, {"/etc/systemd/timesyncd.conf.d/x.sh", "w"}},
}}})

// The app chooses the time servers through timedated and timesyncd or
// in timesyncd's configuration; it sets neither the clock nor the zone,
// and changes no other part of systemd's configuration.
func (s *timeserverControlSuite) TestAccesses(c *check.C) {
	const timedated = "bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.timedate1 member="
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("timeserver-control")).checkAccesses(c, plugTag, []string{
			"dbus send " + timedated + "SetNTP name=org.freedesktop.timedate1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.DBus.Properties member=GetAll name=org.freedesktop.timedate1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/timesync1 interface=org.freedesktop.timesync1.Manager member=SetRuntimeNTPServers name=org.freedesktop.timesync1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/timesync1 interface=org.freedesktop.DBus.Properties member=Get name=org.freedesktop.timesync1 peer=unconfined",
			"dbus receive bus=system path=/org/freedesktop/timesync1 interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=unconfined",
			"file rw /run/dbus/system_bus_socket",
			"file rw /etc/systemd/timesyncd.conf",
			"file rw /etc/systemd/timesyncd.conf.d/",
			"file rw /etc/systemd/timesyncd.conf.d/50-servers.conf",
			"exec /usr/bin/timedatectl ix",
		}, []string{
			"dbus send " + timedated + "SetTime name=org.freedesktop.timedate1 peer=unconfined",
			"dbus send " + timedated + "SetTimezone name=org.freedesktop.timedate1 peer=unconfined",
			"dbus send " + timedated + "SetLocalRTC name=org.freedesktop.timedate1 peer=unconfined",
			"dbus send " + timedated + "SetNTP name=org.freedesktop.timedate1 peer=snap.other.app",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=RestartUnit name=org.freedesktop.systemd1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.hostname1 member=SetHostname name=org.freedesktop.hostname1 peer=unconfined",
			"file w /etc/systemd/system.conf",
			"file w /etc/systemd/system/multi-user.target.wants/x.service",
			"file w /etc/localtime",
			"file w /etc/chrony/chrony.conf",
			"capability sys_time",
			"network inet dgram",
		})
	}
}
