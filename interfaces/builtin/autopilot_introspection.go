// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// autopilot-introspection lets Autopilot, the UI test tool of Ubuntu's
// Qt and GTK toolkits, look inside an app under test: the app loads the
// toolkit's testability driver, which exports an introspection object
// at /com/canonical/Autopilot/Introspection on the session bus, and the
// test runner, on the host, finds the app and calls it to read the tree
// of its widgets and their properties (GetState) and the driver's
// version (GetVersion). The plug is the app's: it answers those calls
// and introspection of that object, from the host's own processes
// only. It grants the app nothing it could reach itself.
//
// The slot is the system's, on classic and on Ubuntu Core. A
// connection is made by hand, for a test run, never automatically. The
// app joins the session bus with the shared rules
// (dbusSessionBusAppArmor).
//
// The reference adds seccomp rules to the plug; answering D-Bus calls
// needs no syscall beyond the base allow-list, so there are none here.

const autopilotIntrospectionSummary = `allows an app under test to be introspected by Autopilot`

const autopilotIntrospectionConnectedPlugAppArmor = `
# Description: let Autopilot, on the host, introspect the app under
# test through the toolkit's testability driver.

# Answer the test runner's calls to the introspection object: the state
# of the widget tree and the driver's version, and the object's
# introspection data.
dbus (receive)
    bus=session
    path=/com/canonical/Autopilot/Introspection
    interface=com.canonical.Autopilot.Introspection
    member={GetState,GetVersion}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/com/canonical/Autopilot/Introspection
    interface=org.freedesktop.DBus.Introspectable
    member=Introspect
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSessionBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "autopilot-introspection",
		summary:               autopilotIntrospectionSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: autopilotIntrospectionConnectedPlugAppArmor,
	})
}
