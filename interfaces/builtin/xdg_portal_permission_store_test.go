// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type xdgPortalPermissionStoreSuite struct{ referenceSuite }

var _ = check.Suite(&xdgPortalPermissionStoreSuite{referenceSuite{referenceCase{
	name:    "xdg-portal-permission-store",
	summary: "allows reading and changing the permissions the desktop portals keep",
	plugAppArmor: []string{
		"path=/org/freedesktop/impl/portal/PermissionStore\n    interface=org.freedesktop.impl.portal.PermissionStore\n    member={List,Lookup,Set,SetValue,Delete,GetPermission,SetPermission,DeletePermission}\n    peer=(label=PEER),",
	},
	mustNotGrant: []string{"org.freedesktop.portal.", "Documents", "dbus (bind)", "bus=system"},
}}})

func (s *xdgPortalPermissionStoreSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "xdg-portal-permission-store", staticInfo{
		summary: s.summary, implicitOnCore: true, implicitOnClassic: true,
		plugs: declSuperPrivilegedPlug, slots: declSystemSlotNoAutoConnect,
	})
}

// The app reads and changes the store's tables and hears their
// changes; it reaches neither the portals nor their backends nor the
// document store, and does not own the store's name.
func (s *xdgPortalPermissionStoreSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("xdg-portal-permission-store"))
	const store = "bus=session path=/org/freedesktop/impl/portal/PermissionStore name=org.freedesktop.impl.portal.PermissionStore peer=unconfined"
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/user/1000/bus",
		"dbus send " + store + " interface=org.freedesktop.impl.portal.PermissionStore member=List",
		"dbus send " + store + " interface=org.freedesktop.impl.portal.PermissionStore member=Lookup",
		"dbus send " + store + " interface=org.freedesktop.impl.portal.PermissionStore member=SetPermission",
		"dbus send " + store + " interface=org.freedesktop.impl.portal.PermissionStore member=DeletePermission",
		"dbus send " + store + " interface=org.freedesktop.DBus.Properties member=Get",
		"dbus receive bus=session path=/org/freedesktop/impl/portal/PermissionStore interface=org.freedesktop.impl.portal.PermissionStore member=Changed peer=unconfined",
	}, []string{
		"dbus send " + store + " interface=org.freedesktop.DBus.Properties member=Set",
		"dbus bind bus=session name=org.freedesktop.impl.portal.PermissionStore",
		"dbus send bus=session path=/org/freedesktop/portal/desktop interface=org.freedesktop.portal.Camera member=AccessCamera name=org.freedesktop.portal.Desktop peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/portal/desktop interface=org.freedesktop.impl.portal.Access member=AccessDialog name=org.freedesktop.impl.portal.desktop.gnome peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/portal/documents interface=org.freedesktop.portal.Documents member=Add name=org.freedesktop.portal.Documents peer=unconfined",
		"file r /home/u/.local/share/flatpak/db/devices",
		"file rw /run/dbus/system_bus_socket",
	})
}
