// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// online-accounts-service lets an app use the online accounts of Ubuntu
// Touch's accounts service (com.ubuntu.OnlineAccounts.Manager on the
// session bus), which a snap serves: list the accounts available to the
// app's services (GetAccounts), have the user grant the app an account
// (RequestAccess), get an account's credentials (Authenticate), and hear
// when an account changes (AccountChanged). The service decides, by the
// client's identity, which accounts it may see.
//
// Only an app snap may carry the slot, and connecting to it needs a
// snap declaration, as does auto-connecting: the service hands out
// credentials, and a snap posing as it would collect what clients ask
// and send. The slot gets policy to own the service's name, to ask the
// bus daemon who a client is, and to serve connected clients exactly
// what their rules let them ask. Both sides join the session bus with
// the shared rules (dbusSessionBusAppArmor).

const onlineAccountsServiceSummary = `allows using online accounts through the Ubuntu Online Accounts service`

const onlineAccountsServiceClientAppArmor = `
# The accounts service: list the accounts of the app's services, ask
# the user for access to one, get an account's credentials, and hear
# when an account changes.
dbus (send)
    bus=session
    path=/com/ubuntu/OnlineAccounts/Manager
    interface=com.ubuntu.OnlineAccounts.Manager
    member={GetAccounts,RequestAccess,Authenticate}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/com/ubuntu/OnlineAccounts/Manager
    interface=com.ubuntu.OnlineAccounts.Manager
    member=AccountChanged
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const onlineAccountsServiceConnectedPlugAppArmor = `
# Description: use online accounts through the accounts service.
` + onlineAccountsServiceClientAppArmor + dbusSessionBusAppArmor

// dbusCallerIdentityAppArmor lets a session-bus service ask the bus
// daemon who a caller is: its process, user and AppArmor label, by
// which it decides what the caller may have.
const dbusCallerIdentityAppArmor = `
# Ask the bus daemon who a caller is (process, user, AppArmor label),
# to decide what it may have.
dbus (send)
    bus=session
    path=/org/freedesktop/DBus
    interface=org.freedesktop.DBus
    member={GetConnectionCredentials,GetConnectionUnixProcessID,GetConnectionUnixUser,GetConnectionAppArmorSecurityContext}
    peer=(name=org.freedesktop.DBus, label=unconfined),
`

var onlineAccountsServicePermanentSlotAppArmor = `
# Description: operate as the Ubuntu Online Accounts service.

` + dbusOwnNameRules(dbusSessionBus, "com.ubuntu.OnlineAccounts.Manager") + dbusCallerIdentityAppArmor + dbusSessionBusAppArmor

var onlineAccountsServiceConnectedSlotAppArmor = dbusServingRules(`
# Description: serve accounts to a connected client: take its calls,
# and send it account changes.
`, onlineAccountsServiceClientAppArmor)

func init() {
	registerIface(&commonInterface{
		name:                  "online-accounts-service",
		summary:               onlineAccountsServiceSummary,
		baseDeclarationSlots:  appServiceSlotNeedsDeclaration,
		connectedPlugAppArmor: onlineAccountsServiceConnectedPlugAppArmor,
		permanentSlotAppArmor: onlineAccountsServicePermanentSlotAppArmor,
		connectedSlotAppArmor: onlineAccountsServiceConnectedSlotAppArmor,
	})
}
