// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// location-control lets an app change the settings of Ubuntu's location
// service (com.ubuntu.location.Service on the system bus), which a snap
// serves: switch the service on and off (IsOnline), and satellite
// positioning (DoesSatelliteBasedPositioning) and the reporting of Wi-Fi
// and cell ids (DoesReportCellAndWifiIds) with it, by setting the
// properties of the service's object, and read them back. It is for the
// device's settings panel. It does not follow the position: that is
// location-observe's, a separate plug the same app may carry.
//
// Only an app snap may carry the slot, and connecting to it needs a
// snap declaration, as does auto-connecting. The slot gets the location
// service's policy (location-observe's) and serves connected clients
// exactly what their rules let them ask. Both sides join the system bus
// with the shared rules (dbusSystemBusAppArmor).
//
// Not rendered here: dbus. As for location-observe, a daemon using this
// library installs the bus policy file that lets the slot's snap own
// com.ubuntu.location.Service and its clients talk to it.

const locationControlSummary = `allows changing the settings of the location service`

const locationControlClientAppArmor = `
# Read and set the location service's settings (online, satellite
# positioning, reporting of Wi-Fi and cell ids), and hear them change.
dbus (send)
    bus=system
    path=` + locationServicePath + `
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll,Set}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path=` + locationServicePath + `
    interface=org.freedesktop.DBus.Properties
    member=PropertiesChanged
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const locationControlConnectedPlugAppArmor = `
# Description: change the settings of the location service; not follow
# the position.
` + locationControlClientAppArmor + dbusSystemBusAppArmor

var locationControlConnectedSlotAppArmor = dbusServingRules(`
# Description: let a connected client read and change the service's
# settings, and send it their changes.
`, locationControlClientAppArmor)

func init() {
	registerIface(&commonInterface{
		name:                  "location-control",
		summary:               locationControlSummary,
		baseDeclarationSlots:  appServiceSlotNeedsDeclaration,
		notRendered:           []string{interfaces.BackendDBus},
		connectedPlugAppArmor: locationControlConnectedPlugAppArmor,
		permanentSlotAppArmor: locationServicePermanentSlotAppArmor,
		connectedSlotAppArmor: locationControlConnectedSlotAppArmor,
	})
}
