// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// storage-framework-service lets an app reach the user's cloud storage
// through Ubuntu's storage framework, which a snap serves on the
// session bus: the registry (com.canonical.StorageFramework.Registry)
// lists the storage accounts set up in online accounts, and each
// account's provider (com.canonical.StorageFramework.Provider, at
// /provider/N under a name of its own) lists, looks up, creates, moves,
// copies and deletes items, and uploads and downloads files' contents
// through file descriptors it passes over the bus.
//
// Only an app snap may carry the slot, and connecting to it needs a
// snap declaration, as does auto-connecting: the providers hold the
// user's credentials and files. The slot gets policy to own the
// registry's and the providers' names, to ask the bus daemon who a
// client is, and to serve connected clients exactly what their rules
// let them ask. Both sides join the session bus with the shared rules
// (dbusSessionBusAppArmor).

const storageFrameworkServiceSummary = `allows using cloud storage through the Ubuntu storage framework`

const storageFrameworkServiceClientAppArmor = `
# The registry: list the storage accounts.
dbus (send)
    bus=session
    path=/com/canonical/StorageFramework/Registry
    interface=com.canonical.StorageFramework.Registry
    member=List
    peer=(label=###SLOT_SECURITY_TAGS###),

# An account's provider: list the roots and a folder's children, look
# up and read items, create folders and files, update, move, copy and
# delete them, and upload and download contents.
dbus (send)
    bus=session
    path=/provider/*
    interface=com.canonical.StorageFramework.Provider
    member={Roots,List,Lookup,Metadata,CreateFolder,CreateFile,Update,FinishUpload,CancelUpload,Download,FinishDownload,Delete,Move,Copy}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const storageFrameworkServiceConnectedPlugAppArmor = `
# Description: use cloud storage through the storage framework.
` + storageFrameworkServiceClientAppArmor + dbusSessionBusAppArmor

var storageFrameworkServicePermanentSlotAppArmor = `
# Description: operate as the storage framework's registry and
# providers.

` + dbusOwnNameRules(dbusSessionBus, "com.canonical.StorageFramework.{Registry,Provider.*}") + dbusCallerIdentityAppArmor + dbusSessionBusAppArmor

var storageFrameworkServiceConnectedSlotAppArmor = dbusServingRules(`
# Description: serve a connected client's calls to the registry and
# the providers.
`, storageFrameworkServiceClientAppArmor)

func init() {
	registerIface(&commonInterface{
		name:                  "storage-framework-service",
		summary:               storageFrameworkServiceSummary,
		baseDeclarationSlots:  appServiceSlotNeedsDeclaration,
		connectedPlugAppArmor: storageFrameworkServiceConnectedPlugAppArmor,
		permanentSlotAppArmor: storageFrameworkServicePermanentSlotAppArmor,
		connectedSlotAppArmor: storageFrameworkServiceConnectedSlotAppArmor,
	})
}
