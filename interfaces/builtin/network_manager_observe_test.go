// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type networkManagerObserveSuite struct{ referenceSuite }

var _ = check.Suite(&networkManagerObserveSuite{referenceSuite{referenceCase{
	name:    "network-manager-observe",
	summary: "allows reading the state of NetworkManager",
	plugAppArmor: []string{
		"member={GetDevices,GetAllDevices,GetDeviceByIpIface,GetPermissions,CheckConnectivity,state,ListConnections,GetConnectionByUuid,GetSettings,GetAppliedConnection,GetAccessPoints,GetAllAccessPoints,Get,GetAll,Introspect}\n    peer=(label=PEER),",
		"member=GetManagedObjects\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"name=org.freedesktop.NetworkManager{,.*},",
		"dbus (receive)\n    bus=system\n    path=/org/freedesktop/NetworkManager{,/**}\n    interface=org.freedesktop.{NetworkManager,",
		"member=GetManagedObjects\n    peer=(label=PEER),",
	},
	slotSecComp: []string{"socket AF_PACKET"},
	// Observing neither changes anything nor reads secrets.
	mustNotGrant:     []string{"GetSecrets", "Update", "Delete", "Activate", "Deactivate", "NetworkManager{,.*},DBus"},
	plugMustNotGrant: []string{"capability ", "\nnetwork ", "dbus (bind)", " rw,"},
}}})
