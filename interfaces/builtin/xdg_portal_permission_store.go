// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// xdg-portal-permission-store lets an app read and change the
// permissions the desktop portals keep in xdg-permission-store
// (org.freedesktop.impl.portal.PermissionStore on the session bus):
// which app may use the camera, the location, notifications, the
// screen-cast and background portals, and which documents it was
// given. It is for the desktop's own privacy settings (a snap of a
// settings panel or a shell), so that it can show and revoke what the
// user granted: it may list the tables, look up, set and delete entries
// and their per-app permissions, and hear of changes. It may not reach
// the portals themselves or their backends, nor own the store's name.
//
// The slot is the system's, on classic and on Ubuntu Core. Carrying the
// plug needs a snap declaration, since it rewrites what the portals
// allow every other app; a connection is then made by hand. The app
// joins the session bus with the shared rules (dbusSessionBusAppArmor).

const xdgPortalPermissionStoreSummary = `allows reading and changing the permissions the desktop portals keep`

const xdgPortalPermissionStoreConnectedPlugAppArmor = `
# Description: read and change the permissions the desktop portals
# keep in the permission store; not reach the portals themselves.

# The permission store: list a table's entries, look up, set and delete
# an entry, its data and each app's permissions in it, read the API
# version, and hear when an entry changes.
dbus (send)
    bus=session
    path=/org/freedesktop/impl/portal/PermissionStore
    interface=org.freedesktop.impl.portal.PermissionStore
    member={List,Lookup,Set,SetValue,Delete,GetPermission,SetPermission,DeletePermission}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/freedesktop/impl/portal/PermissionStore
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/org/freedesktop/impl/portal/PermissionStore
    interface=org.freedesktop.impl.portal.PermissionStore
    member=Changed
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSessionBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "xdg-portal-permission-store",
		summary:               xdgPortalPermissionStoreSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: xdgPortalPermissionStoreConnectedPlugAppArmor,
	})
}
