// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

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
	mustNotGrant:     []string{"capability sys_admin,", "capability sys_module,"},
	plugMustNotGrant: []string{"capability ", "network bluetooth", "/dev/", "dbus (bind)", "listen"},
}}})
