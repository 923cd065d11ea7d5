// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// gconf lets an app read and write the user's settings in GConf, the
// configuration store of GNOME 2 that older programs (and some still
// maintained ones) keep their settings in. The GConf daemon (gconfd-2)
// is started on demand through the session bus as org.gnome.GConf;
// builds that serve GConf over D-Bus do so below /org/gnome/GConf
// (org.gnome.GConf.Server, org.gnome.GConf.Database, and calls back into
// the client's org.gnome.GConf.Listener on change), and builds that
// serve it over CORBA hand out their address through
// org.gnome.GConf.GetIOR on the bus. The app may look up, set and unset
// keys in the user's database and follow their changes; it may not stop
// the daemon (org.gnome.GConf.Server.Shutdown), which every GConf
// program of the session shares.
//
// The slot is the system's, on classic distributions only: gconfd is
// the desktop's own, unconfined. A connection is made by hand, never
// automatically: the database holds the settings of every GConf
// program of the user. The app joins the session bus with the shared
// rules (dbusSessionBusAppArmor).
//
// A CORBA client then talks to gconfd over ORBit's socket in /tmp,
// which is the snap's own under snap confinement, so that path is not
// granted: it would lead nowhere.

const gconfSummary = `allows reading and writing the user's settings in the legacy GConf configuration system`

const gconfConnectedPlugAppArmor = `
# Description: read and write the user's settings in GConf; not stop
# the daemon other programs share.

# Ask the GConf daemon, started on demand, for its address (CORBA
# builds), and check that it is alive.
dbus (send)
    bus=session
    path=/org/gnome/GConf
    interface=org.gnome.GConf
    member=GetIOR
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/gnome/GConf/Server
    interface=org.gnome.GConf.Server
    member=Ping
    peer=(label=###SLOT_SECURITY_TAGS###),

# The user's database (D-Bus builds): look up keys, directories and
# defaults, set and unset keys and schemas, sync, and register for
# changes, which the daemon then calls back into the app's listener.
dbus (send)
    bus=session
    path=/org/gnome/GConf/{Server,Database/**}
    interface=org.gnome.GConf.Database{,.Synchronous}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    interface=org.gnome.GConf.Listener
    member=Notify
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSessionBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "gconf",
		summary:               gconfSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: gconfConnectedPlugAppArmor,
	})
}
