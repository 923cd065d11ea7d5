// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type locationControlSuite struct{ referenceSuite }

var _ = check.Suite(&locationControlSuite{referenceSuite{referenceCase{
	name:    "location-control",
	summary: "allows changing the settings of the location service",
	plugAppArmor: []string{
		"path=/com/ubuntu/location/Service\n    interface=org.freedesktop.DBus.Properties\n    member={Get,GetAll,Set}\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"dbus (bind) bus=system name=com.ubuntu.location.Service,",
		"dbus (receive)\n    bus=system\n    path=/com/ubuntu/location/Service\n    interface=org.freedesktop.DBus.Properties\n    member={Get,GetAll,Set}\n    peer=(label=PEER),",
	},
	// Controlling follows no position.
	mustNotGrant:     []string{"CreateSessionForCriteria", "/sessions/", "bus=session"},
	plugMustNotGrant: []string{"dbus (bind)"},
}}})

func (s *locationControlSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "location-control", staticInfo{summary: s.summary, slots: declAppServiceSlotNeedsDeclaration})
	c.Check(ifaceByName(c, "location-control").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendDBus})
}

// A controller sets the service's settings and reads them; it creates
// no session and takes no update. The service serves it the settings.
func (s *locationControlSuite) TestAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("location-control"), providerYaml(snap.TypeApp, "location-control"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/dbus/system_bus_socket",
		"dbus send " + locationSvc + " interface=org.freedesktop.DBus.Properties member=Set peer=" + slotTag,
		"dbus send " + locationSvc + " interface=org.freedesktop.DBus.Properties member=Get peer=" + slotTag,
		"dbus receive bus=system path=/com/ubuntu/location/Service interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=" + slotTag,
	}, []string{
		"dbus send " + locationSvc + " interface=com.ubuntu.location.Service member=CreateSessionForCriteria peer=" + slotTag,
		"dbus send bus=system path=/sessions/0 interface=com.ubuntu.location.Service.Session member=StartPositionUpdates name=com.ubuntu.location.Service peer=" + slotTag,
		"dbus receive bus=system path=/sessions/0 interface=com.ubuntu.location.Service.Session member=UpdatePosition peer=" + slotTag,
		"dbus send " + locationSvc + " interface=org.freedesktop.DBus.Properties member=Set peer=unconfined",
		"dbus bind bus=system name=com.ubuntu.location.Service",
	})
	cn.checkAccesses(c, slotTag, []string{
		"dbus bind bus=system name=com.ubuntu.location.Service",
		"dbus receive bus=system path=/com/ubuntu/location/Service interface=org.freedesktop.DBus.Properties member=Set peer=" + plugTag,
		"dbus send bus=system path=/com/ubuntu/location/Service interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=" + plugTag,
	}, []string{
		"dbus receive bus=system path=/com/ubuntu/location/Service interface=org.freedesktop.DBus.Properties member=Set peer=snap.other.app",
		"dbus send bus=system path=/sessions/0 interface=com.ubuntu.location.Service.Session member=UpdatePosition peer=" + plugTag,
	})
}
