// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// accounts-service lets an app use the online accounts the user set up
// in the desktop: GNOME Online Accounts (goa-daemon, on the session bus
// as org.gnome.OnlineAccounts) and Ubuntu Online Accounts (the account
// database of libaccounts-glib, and signond, which holds the accounts'
// secrets). The app may list the accounts, read their settings, and
// get the credentials an account holds (an OAuth token, a password),
// which is what a mail, calendar or document app needs to reach the
// user's services. It may not add or remove accounts, change their
// settings, or register identities with signond: that is the job of
// the desktop's account settings.
//
// The slot is the system's, on classic distributions only: the
// accounts services are the desktop's own, unconfined. A connection is
// made by hand, never automatically: the credentials are those of
// every account the user has. The app joins the session bus with the
// shared rules (dbusSessionBusAppArmor).

const accountsServiceSummary = `allows using the user's online accounts from GNOME Online Accounts and Ubuntu Online Accounts`

const accountsServiceConnectedPlugAppArmor = `
# Description: use the user's online accounts: list them, read their
# settings, and get the credentials they hold; not add, remove or
# change accounts.

# GNOME Online Accounts: list the accounts through the object manager
# at the root of goa-daemon's tree, read an account's properties, and
# hear when accounts come, go or change.
dbus (send)
    bus=session
    path=/org/gnome/OnlineAccounts
    interface=org.freedesktop.DBus.ObjectManager
    member=GetManagedObjects
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/gnome/OnlineAccounts/Accounts/*
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/org/gnome/OnlineAccounts{,/Accounts/*}
    interface=org.freedesktop.DBus.{ObjectManager,Properties}
    member={InterfacesAdded,InterfacesRemoved,PropertiesChanged}
    peer=(label=###SLOT_SECURITY_TAGS###),

# GNOME Online Accounts: have an account's credentials checked and
# refreshed, and get its OAuth or OAuth 2 access token or its password.
dbus (send)
    bus=session
    path=/org/gnome/OnlineAccounts/Accounts/*
    interface=org.gnome.OnlineAccounts.{Account,OAuthBased,OAuth2Based,PasswordBased}
    member={EnsureCredentials,GetAccessToken,GetPassword}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Ubuntu Online Accounts: libaccounts-glib reads the account database
# itself (SQLite: the database, its journal, and the shared index that
# readers of a write-ahead log update), and the provider and service
# definitions; other processes tell it over the bus that an account
# changed.
owner @{HOME}/.config/libaccounts-glib/ r,
owner @{HOME}/.config/libaccounts-glib/accounts.db{,-journal,-wal} rk,
owner @{HOME}/.config/libaccounts-glib/accounts.db-shm rwmk,
/usr/share/accounts/ r,
/usr/share/accounts/** r,
dbus (receive)
    bus=session
    path=/com/google/code/AccountsSSO/Accounts
    interface=com.google.code.AccountsSSO.Accounts
    member=AccountChanged
    peer=(label=###SLOT_SECURITY_TAGS###),

# Ubuntu Online Accounts: signond holds the secrets. Look up an
# account's identity, open an authentication session for it and run it,
# and hear how it goes. Newer signond serves the same protocol on a
# socket of its own in the runtime directory, which the file rule
# decides.
dbus (send)
    bus=session
    path=/com/google/code/AccountsSSO/SingleSignOn
    interface=com.google.code.AccountsSSO.SingleSignOn.AuthService
    member={queryMethods,queryMechanisms,getIdentity,getAuthSessionObjectPath}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/com/google/code/AccountsSSO/SingleSignOn/*
    interface=com.google.code.AccountsSSO.SingleSignOn.{Identity,AuthSession}
    member={getInfo,getAuthSessionObjectPath,queryAvailableMechanisms,process,cancel,setId,objectUnref}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/com/google/code/AccountsSSO/SingleSignOn/*
    interface=com.google.code.AccountsSSO.SingleSignOn.{Identity,AuthSession}
    member={stateChanged,unregistered,infoUpdated}
    peer=(label=###SLOT_SECURITY_TAGS###),
owner /run/user/[0-9]*/signond/ r,
owner /run/user/[0-9]*/signond/socket rw,
` + dbusSessionBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "accounts-service",
		summary:               accountsServiceSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: accountsServiceConnectedPlugAppArmor,
	})
}
