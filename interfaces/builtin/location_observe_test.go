// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type locationObserveSuite struct{ referenceSuite }

var _ = check.Suite(&locationObserveSuite{referenceSuite{referenceCase{
	name:    "location-observe",
	summary: "allows following the device's position through the location service",
	plugAppArmor: []string{
		"path=/com/ubuntu/location/Service\n    interface=com.ubuntu.location.Service\n    member=CreateSessionForCriteria\n    peer=(label=PEER),",
		"path=/sessions/*\n    interface=com.ubuntu.location.Service.Session\n    member=Update{Position,Heading,Velocity}\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"dbus (bind) bus=system name=com.ubuntu.location.Service,",
		"dbus (send)\n    bus=system\n    path=/sessions/*\n    interface=com.ubuntu.location.Service.Session\n    member=Update{Position,Heading,Velocity}\n    peer=(label=PEER),",
	},
	// Observing sets nothing.
	mustNotGrant:     []string{"member={Get,GetAll,Set}", "member=Set", "bus=session"},
	plugMustNotGrant: []string{"dbus (bind)"},
}}})

func (s *locationObserveSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "location-observe", staticInfo{summary: s.summary, slots: declAppServiceSlotNeedsDeclaration})
	c.Check(ifaceByName(c, "location-observe").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendDBus})
}

// locationSvc is the location service's object, named by a client.
const locationSvc = "bus=system path=/com/ubuntu/location/Service name=com.ubuntu.location.Service"

// A client creates a session, runs its updates and takes them, and
// reads the service's state; it does not change the service's
// settings, pose as it, or reach it when served by another snap. The
// service owns its name and serves the connected client only.
func (s *locationObserveSuite) TestAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("location-observe"), providerYaml(snap.TypeApp, "location-observe"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/dbus/system_bus_socket",
		"dbus send " + locationSvc + " interface=com.ubuntu.location.Service member=CreateSessionForCriteria peer=" + slotTag,
		"dbus send " + locationSvc + " interface=org.freedesktop.DBus.Properties member=GetAll peer=" + slotTag,
		"dbus receive bus=system path=/com/ubuntu/location/Service interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=" + slotTag,
		"dbus send bus=system path=/sessions/0 interface=com.ubuntu.location.Service.Session member=StartPositionUpdates name=com.ubuntu.location.Service peer=" + slotTag,
		"dbus send bus=system path=/sessions/0 interface=com.ubuntu.location.Service.Session member=StopHeadingUpdates name=com.ubuntu.location.Service peer=" + slotTag,
		"dbus receive bus=system path=/sessions/0 interface=com.ubuntu.location.Service.Session member=UpdatePosition peer=" + slotTag,
	}, []string{
		// location-control's.
		"dbus send " + locationSvc + " interface=org.freedesktop.DBus.Properties member=Set peer=" + slotTag,
		"dbus bind bus=system name=com.ubuntu.location.Service",
		"dbus send " + locationSvc + " interface=com.ubuntu.location.Service member=CreateSessionForCriteria peer=unconfined",
		"dbus receive bus=system path=/sessions/0 interface=com.ubuntu.location.Service.Session member=UpdatePosition peer=snap.other.app",
		"dbus send bus=system path=/org/freedesktop/GeoClue2/Manager interface=org.freedesktop.GeoClue2.Manager member=GetClient name=org.freedesktop.GeoClue2 peer=unconfined",
		"file rw /run/user/1000/bus",
	})
	cn.checkAccesses(c, slotTag, []string{
		"dbus bind bus=system name=com.ubuntu.location.Service",
		"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=RequestName name=org.freedesktop.DBus peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=GetConnectionUnixProcessID name=org.freedesktop.DBus peer=unconfined",
		"dbus receive bus=system path=/com/ubuntu/location/Service interface=com.ubuntu.location.Service member=CreateSessionForCriteria peer=" + plugTag,
		"dbus send bus=system path=/sessions/0 interface=com.ubuntu.location.Service.Session member=UpdatePosition peer=" + plugTag,
	}, []string{
		"dbus receive bus=system path=/com/ubuntu/location/Service interface=org.freedesktop.DBus.Properties member=Set peer=" + plugTag,
		"dbus send bus=system path=/sessions/0 interface=com.ubuntu.location.Service.Session member=UpdatePosition peer=snap.other.app",
		"dbus bind bus=system name=org.freedesktop.GeoClue2",
	})
}
