// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type avahiControlSuite struct{ referenceSuite }

var _ = check.Suite(&avahiControlSuite{referenceSuite{referenceCase{
	name:    "avahi-control",
	summary: "allows publishing and discovering services on the local network through Avahi",
	plugAppArmor: []string{
		"path={/,/Client*/*}\n    interface=org.freedesktop.{Avahi.*,DBus.Introspectable}\n    peer=(label=PEER),",
		"@{run}/avahi-daemon/socket rw,",
	},
	slotAppArmor: []string{
		"name=org.freedesktop.Avahi,",
		"@{run}/avahi-daemon/** rwk,",
		"capability sys_chroot,",
		"dbus (receive)\n    bus=system\n    path={/,/Client*/*}\n    interface=org.freedesktop.{Avahi.*,DBus.Introspectable}\n    peer=(label=PEER),",
	},
	// The serving snap listens through network-bind, as under the
	// reference: the slot adds no syscall.
	mustNotGrant:     []string{"capability net_admin,", "capability sys_admin,"},
	plugMustNotGrant: []string{"capability ", "\nnetwork ", "dbus (bind)"},
}}})
