// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type autopilotIntrospectionSuite struct{ systemSuite }

var _ = check.Suite(&autopilotIntrospectionSuite{systemSuite{systemCase{
	name:    "autopilot-introspection",
	summary: "allows an app under test to be introspected by Autopilot",
	appArmor: []string{
		"dbus (receive) bus=session path=/com/canonical/Autopilot/Introspection interface=com.canonical.Autopilot.Introspection member={GetState,GetVersion} peer=(label=unconfined),",
	},
	mustNotGrant: append(startingWith("dbus (send) bus=session path=/com/canonical/Autopilot", "dbus (bind)"), anyCapability, writesFiles),
}}})

// The test runner on the host calls the app's introspection object;
// no other snap may, and the app calls no one through it.
func (s *autopilotIntrospectionSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("autopilot-introspection"))
	const intro = "bus=session path=/com/canonical/Autopilot/Introspection"
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/user/1000/bus",
		"dbus receive " + intro + " interface=com.canonical.Autopilot.Introspection member=GetState peer=unconfined",
		"dbus receive " + intro + " interface=com.canonical.Autopilot.Introspection member=GetVersion peer=unconfined",
		"dbus receive " + intro + " interface=org.freedesktop.DBus.Introspectable member=Introspect peer=unconfined",
	}, []string{
		"dbus receive " + intro + " interface=com.canonical.Autopilot.Introspection member=GetState peer=snap.other.app",
		"dbus receive bus=session path=/com/canonical/Autopilot/Other interface=com.canonical.Autopilot.Introspection member=GetState peer=unconfined",
		"dbus send " + intro + " interface=com.canonical.Autopilot.Introspection member=GetState name=com.canonical.Autopilot peer=unconfined",
		"file rw /run/dbus/system_bus_socket",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"dbus receive " + intro + " interface=com.canonical.Autopilot.Introspection member=GetState peer=unconfined"})
}
