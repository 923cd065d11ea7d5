// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type ubuntuProControlSuite struct{ referenceSuite }

var _ = check.Suite(&ubuntuProControlSuite{referenceSuite{referenceCase{
	name:    "ubuntu-pro-control",
	summary: "allows managing the Ubuntu Pro subscription and services of the host",
	plugAppArmor: []string{
		"path=/com/canonical/UbuntuAdvantage/Manager\n    interface=com.canonical.UbuntuAdvantage.Manager\n    member={Attach,Detach}\n    peer=(label=PEER),",
		"path=/com/canonical/UbuntuAdvantage/Services/*\n    interface=com.canonical.UbuntuAdvantage.Service\n    member={Enable,Disable}\n    peer=(label=PEER),",
	},
	mustNotGrant: []string{"capability ", "/var/lib/ubuntu-advantage", "/etc/ubuntu-advantage"},
}}})

// The app attaches, detaches and enables services through the daemon,
// which asks polkit; it reads none of the client's own state (machine
// token, credentials) and runs no pro command as root.
func (s *ubuntuProControlSuite) TestAccesses(c *check.C) {
	const ua = "bus=system path=/com/canonical/UbuntuAdvantage"
	connectToSystem(c, builtin.Classic, consumerYaml("ubuntu-pro-control")).checkAccesses(c, plugTag, []string{
		"dbus send " + ua + "/Manager interface=com.canonical.UbuntuAdvantage.Manager member=Attach name=com.canonical.UbuntuAdvantage peer=unconfined",
		"dbus send " + ua + "/Manager interface=com.canonical.UbuntuAdvantage.Manager member=Detach name=com.canonical.UbuntuAdvantage peer=unconfined",
		"dbus send " + ua + "/Services/esm_2dinfra interface=com.canonical.UbuntuAdvantage.Service member=Enable name=com.canonical.UbuntuAdvantage peer=unconfined",
		"dbus send " + ua + "/Services/livepatch interface=com.canonical.UbuntuAdvantage.Service member=Disable name=com.canonical.UbuntuAdvantage peer=unconfined",
		"dbus send " + ua + "/Manager interface=org.freedesktop.DBus.Properties member=Get name=com.canonical.UbuntuAdvantage peer=unconfined",
		"dbus send " + ua + " interface=org.freedesktop.DBus.ObjectManager member=GetManagedObjects name=com.canonical.UbuntuAdvantage peer=unconfined",
		"dbus send " + ua + "/Services/esm_2dinfra interface=org.freedesktop.DBus.Peer member=Ping name=com.canonical.UbuntuAdvantage peer=unconfined",
		"dbus receive " + ua + "/Manager interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=unconfined",
		"dbus receive " + ua + " interface=org.freedesktop.DBus.ObjectManager member=InterfacesAdded peer=unconfined",
		"file rw /run/dbus/system_bus_socket",
	}, []string{
		"dbus send " + ua + "/Manager interface=org.freedesktop.DBus.Properties member=Set name=com.canonical.UbuntuAdvantage peer=unconfined",
		"dbus send " + ua + "/Manager interface=com.canonical.UbuntuAdvantage.Manager member=Attach name=com.canonical.UbuntuAdvantage peer=snap.other.app",
		"dbus send bus=system path=/org/freedesktop/PolicyKit1/Authority interface=org.freedesktop.PolicyKit1.Authority member=CheckAuthorization name=org.freedesktop.PolicyKit1 peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=StartUnit name=org.freedesktop.systemd1 peer=unconfined",
		"file r /var/lib/ubuntu-advantage/private/machine-token.json",
		"file w /etc/ubuntu-advantage/uaclient.conf",
		"exec /usr/bin/pro",
	})
}
