// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type avahiObserveSuite struct{ referenceSuite }

var _ = check.Suite(&avahiObserveSuite{referenceSuite{referenceCase{
	name:    "avahi-observe",
	summary: "allows discovering hosts and services on the local network through Avahi",
	plugAppArmor: []string{
		"ServiceBrowserNew,",
		"member={Start,Free}\n    peer=(label=PEER),",
		"@{run}/avahi-daemon/socket rw,",
	},
	slotAppArmor: []string{
		"name=org.freedesktop.Avahi,",
		"member={Start,Free}\n    peer=(label=PEER),",
	},
	// The serving snap listens through network-bind, as under the
	// reference: the slot adds no syscall.
	// Observing publishes nothing and renames nothing.
	mustNotGrant:     []string{"EntryGroup", "SetHostName", "Avahi.*"},
	plugMustNotGrant: []string{"capability ", "\nnetwork ", "dbus (bind)"},
}}})
