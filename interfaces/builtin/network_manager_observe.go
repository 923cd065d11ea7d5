// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// network-manager-observe lets an app read the state of
// NetworkManager's devices, connections and access points over its
// D-Bus API, without changing anything and without secrets (settings
// come without them; GetSecrets is not allowed). The slot is the host's
// NetworkManager on classic, or an app snap that runs NetworkManager
// (the same service policy as network-manager's slot); connecting to an
// app's slot off classic needs a snap declaration, and nothing
// auto-connects.

const networkManagerObserveSummary = `allows reading the state of NetworkManager`

// The read-only part of NetworkManager's API, as objects, interfaces
// and members, shared by the client's and the service's rules so that
// both sides hold the line.
const (
	nmObservePaths      = `/org/freedesktop/NetworkManager{,/**}`
	nmObserveInterfaces = `org.freedesktop.{NetworkManager,NetworkManager.Settings,NetworkManager.Settings.Connection,NetworkManager.Device,NetworkManager.Device.Wireless,DBus.Properties,DBus.Introspectable}`
	nmObserveMembers    = `{GetDevices,GetAllDevices,GetDeviceByIpIface,GetPermissions,CheckConnectivity,state,ListConnections,GetConnectionByUuid,GetSettings,GetAppliedConnection,GetAccessPoints,GetAllAccessPoints,Get,GetAll,Introspect}`
)

const networkManagerObserveConnectedPlugAppArmor = `
# Description: read the state of NetworkManager's devices, connections
# and access points over its D-Bus API, without changing anything.

# The system bus.
#include <abstractions/dbus-strict>

# Call the methods that only report state, read properties (not set
# them), and list objects through the object manager.
dbus (send)
    bus=system
    path=` + nmObservePaths + `
    interface=` + nmObserveInterfaces + `
    member=` + nmObserveMembers + `
    peer=(label=###SLOT_SECURITY_TAGS###),
` + nmListObjectsAppArmor + `
# Receive its signals: state, devices, connections and properties
# that change.
` + nmFromServiceAppArmor

const networkManagerObserveConnectedSlotAppArmor = `
# Description: serve the read-only part of NetworkManager's D-Bus API to
# a connected client.

# Receive the client's calls that only report state.
dbus (receive)
    bus=system
    path=` + nmObservePaths + `
    interface=` + nmObserveInterfaces + `
    member=` + nmObserveMembers + `
    peer=(label=###PLUG_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path=/org/freedesktop
    interface=org.freedesktop.DBus.ObjectManager
    member=GetManagedObjects
    peer=(label=###PLUG_SECURITY_TAGS###),

# Send the client signals.
` + nmToClientAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "network-manager-observe",
		summary:               networkManagerObserveSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlotNoAutoConnect,
		connectedPlugAppArmor: networkManagerObserveConnectedPlugAppArmor,
		connectedSlotAppArmor: networkManagerObserveConnectedSlotAppArmor,
		permanentSlotAppArmor: networkManagerServicePermanentSlotAppArmor,
		permanentSlotSecComp:  networkManagerServicePermanentSlotSecComp,
	})
}
