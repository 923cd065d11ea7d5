// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type cupsControlSuite struct{ referenceSuite }

var _ = check.Suite(&cupsControlSuite{referenceSuite{referenceCase{
	name:    "cups-control",
	summary: "allows printing and administering printers and print jobs through CUPS",
	plugAppArmor: []string{
		"@{run}/cups/cups.sock rw,",
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
}}})

// The client reaches cupsd's socket file, the local certificates, and
// cupsd's notifications on the system bus; it serves nothing, and
// reaches no abstract socket of the host.
func (s *cupsControlSuite) TestAccesses(c *check.C) {
	never := []string{
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		"unix connect stream peer_addr=@cups-probe peer=unconfined",
		"file w /run/cups/certs/0",
		"file w /run/cups/cups.pid",
		"file w /etc/cups/cupsd.conf",
		"file r /etc/cups/ssl/server.key",
		"capability setuid",
		"capability dac_override",
		"dbus bind bus=system name=org.cups.cupsd.Notifier",
		"dbus send bus=system path=/org/cups/cupsd/Notifier interface=org.cups.cupsd.Notifier member=JobState name=org.cups.cupsd.Notifier peer=unconfined",
	}
	grants := []string{
		"file rw /run/cups/cups.sock",
		"file r /run/cups/certs/0",
		"file rw /run/dbus/system_bus_socket",
		"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=AddMatch name=org.freedesktop.DBus peer=unconfined",
	}
	connectToSystem(c, builtin.Classic, consumerYaml("cups-control")).checkAccesses(c, plugTag, append(grants,
		"unix connect stream peer_addr=/run/cups/cups.sock peer=unconfined",
		"dbus receive bus=system path=/org/cups/cupsd/Notifier interface=org.cups.cupsd.Notifier member=PrinterAdded peer=unconfined",
	), never)
	cn := connectToProvider(c, builtin.Classic, consumerYaml("cups-control"), providerYaml(snap.TypeApp, "cups-control"))
	cn.checkAccesses(c, plugTag, append(grants,
		"dbus receive bus=system path=/org/cups/cupsd/Notifier interface=org.cups.cupsd.Notifier member=PrinterAdded peer=snap.provider.service",
	), append(never,
		"dbus receive bus=system path=/org/cups/cupsd/Notifier interface=org.cups.cupsd.Notifier member=PrinterAdded peer=unconfined",
	))
	cn.checkAccesses(c, slotTag, []string{
		"file rwk /run/cups/cups.sock",
		"dbus send bus=system path=/org/cups/cupsd/Notifier interface=org.cups.cupsd.Notifier member=JobState peer=snap.consumer.app",
		"file rw /run/dbus/system_bus_socket",
	}, []string{"unix connect stream peer_addr=@cups-probe peer=unconfined"})
}
