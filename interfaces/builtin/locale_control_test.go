// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type localeControlSuite struct{ referenceSuite }

var _ = check.Suite(&localeControlSuite{referenceSuite{referenceCase{
	name:    "locale-control",
	summary: "allows setting the system locale",
	plugAppArmor: []string{
		"path=/org/freedesktop/locale1\n    interface=org.freedesktop.locale1\n    member=SetLocale\n    peer=(label=PEER),",
		"/etc/default/locale rw,",
		"/etc/locale.conf rw,",
	},
	mustNotGrant: []string{"capability ", "SetX11Keyboard", "SetVConsoleKeyboard", "/etc/default/keyboard"},
}}})

// The app sets the locale through localed or in its file; keyboard
// layouts, which localed keeps too, and the other systemd services stay
// out of reach.
func (s *localeControlSuite) TestAccesses(c *check.C) {
	const localed = "bus=system path=/org/freedesktop/locale1 interface=org.freedesktop.locale1 member="
	connectToSystem(c, builtin.Classic, consumerYaml("locale-control")).checkAccesses(c, plugTag, []string{
		"dbus send " + localed + "SetLocale name=org.freedesktop.locale1 peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/locale1 interface=org.freedesktop.DBus.Properties member=GetAll name=org.freedesktop.locale1 peer=unconfined",
		"dbus receive bus=system path=/org/freedesktop/locale1 interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=unconfined",
		"file rw /run/dbus/system_bus_socket",
		"file rw /etc/default/locale",
		"file rw /etc/locale.conf",
		"exec /usr/bin/localectl ix",
	}, []string{
		"dbus send " + localed + "SetX11Keyboard name=org.freedesktop.locale1 peer=unconfined",
		"dbus send " + localed + "SetVConsoleKeyboard name=org.freedesktop.locale1 peer=unconfined",
		"dbus send " + localed + "SetLocale name=org.freedesktop.locale1 peer=snap.other.app",
		"dbus send bus=system path=/org/freedesktop/timedate1 interface=org.freedesktop.timedate1 member=SetTimezone name=org.freedesktop.timedate1 peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.hostname1 member=SetHostname name=org.freedesktop.hostname1 peer=unconfined",
		"file w /etc/default/keyboard",
		"file w /etc/vconsole.conf",
		"file w /etc/locale.gen",
		"file w /usr/lib/locale/locale-archive",
		"file w /etc/default/grub",
	})
}
