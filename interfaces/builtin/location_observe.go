// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// location-observe lets an app follow the device's position through
// Ubuntu's location service (com.ubuntu.location.Service on the system
// bus), which a snap serves: the app creates a session for the accuracy
// it needs (CreateSessionForCriteria), starts and stops position,
// heading and velocity updates on it, and the service delivers them by
// calling the app's own session object (UpdatePosition, UpdateHeading,
// UpdateVelocity at /sessions/N). It may read the service's state (is
// it online, does it use satellites, which satellites it sees) and hear
// it change; changing it is location-control's.
//
// Only an app snap may carry the slot, and connecting to it needs a
// snap declaration, as does auto-connecting: where someone is, and a
// service that says where someone is, are both to be trusted. The slot
// gets policy to own the service's name and to serve connected clients
// exactly what their rules let them ask. Both sides join the system bus
// with the shared rules (dbusSystemBusAppArmor).
//
// Not rendered here: dbus. On the system bus a service may own its name
// and be reached only where the bus's policy says so: a daemon using
// this library installs a bus policy file that lets the slot's snap own
// com.ubuntu.location.Service and its clients talk to it.

const locationObserveSummary = `allows following the device's position through the location service`

// locationServicePath is the object of the location service's
// interface, whose properties say its state.
const locationServicePath = `/com/ubuntu/location/Service`

const locationObserveClientAppArmor = `
# Read the location service's state (online, satellite positioning,
# reporting, visible satellites), and hear it change.
dbus (send)
    bus=system
    path=` + locationServicePath + `
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path=` + locationServicePath + `
    interface=org.freedesktop.DBus.Properties
    member=PropertiesChanged
    peer=(label=###SLOT_SECURITY_TAGS###),

# Create a session for the accuracy the app needs, start and stop its
# position, heading and velocity updates, and take the updates, which
# the service delivers by calling the app's session object.
dbus (send)
    bus=system
    path=` + locationServicePath + `
    interface=com.ubuntu.location.Service
    member=CreateSessionForCriteria
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/sessions/*
    interface=com.ubuntu.location.Service.Session
    member={Start,Stop}{Position,Heading,Velocity}Updates
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path=/sessions/*
    interface=com.ubuntu.location.Service.Session
    member=Update{Position,Heading,Velocity}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const locationObserveConnectedPlugAppArmor = `
# Description: follow the device's position through the location
# service; not change the service's settings.
` + locationObserveClientAppArmor + dbusSystemBusAppArmor

// locationServicePermanentSlotAppArmor is the location service's, for
// the slots of location-observe and location-control alike.
var locationServicePermanentSlotAppArmor = `
# Description: operate as the location service on the system bus.

` + dbusOwnNameRules(dbusSystemBus, "com.ubuntu.location.Service") + `
# Ask the bus daemon who a client is (its process and user), to decide
# what it may know.
dbus (send)
    bus=system
    path=/org/freedesktop/DBus
    interface=org.freedesktop.DBus
    member={GetConnectionUnixProcessID,GetConnectionUnixUser,GetConnectionCredentials}
    peer=(name=org.freedesktop.DBus, label=unconfined),
` + dbusSystemBusAppArmor

var locationObserveConnectedSlotAppArmor = dbusServingRules(`
# Description: serve positions to a connected client: take its calls to
# the service and its sessions, and deliver its updates and the
# service's signals.
`, locationObserveClientAppArmor)

func init() {
	registerIface(&commonInterface{
		name:                  "location-observe",
		summary:               locationObserveSummary,
		baseDeclarationSlots:  appServiceSlotNeedsDeclaration,
		notRendered:           []string{interfaces.BackendDBus},
		connectedPlugAppArmor: locationObserveConnectedPlugAppArmor,
		permanentSlotAppArmor: locationServicePermanentSlotAppArmor,
		connectedSlotAppArmor: locationObserveConnectedSlotAppArmor,
	})
}
