// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type cupsControlSuite struct{ referenceSuite }

var _ = check.Suite(&cupsControlSuite{referenceSuite{referenceCase{
	name:    "cups-control",
	summary: "allows printing and administering printers and print jobs through CUPS",
	plugAppArmor: []string{
		"@{run}/cups/cups.sock rw,",
		"unix (connect, send, receive) type=stream peer=(label=PEER),",
		"@{run}/cups/certs/* r,",
		"interface=org.cups.cupsd.Notifier\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"@{run}/cups/** rwk,",
		"capability setuid,",
		"unix (send, receive) type=stream peer=(label=PEER),",
		"dbus (send)\n    bus=system\n    path=/org/cups/cupsd/Notifier\n    interface=org.cups.cupsd.Notifier\n    peer=(label=PEER),",
	},
	// The serving snap listens through network-bind, as under the
	// reference: the slot adds no syscall.
	mustNotGrant:     []string{"capability sys_admin,", "capability dac_override,"},
	plugMustNotGrant: []string{"capability ", "@{run}/cups/** ", "dbus (bind)", "dbus (send)"},
}}})
