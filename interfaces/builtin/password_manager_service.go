// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// password-manager-service lets an app keep and look up its secrets
// (passwords, tokens) in the user's password manager on the session
// bus: the freedesktop.org Secret Service (org.freedesktop.secrets, as
// served by GNOME Keyring or KeePassXC) and KDE Wallet (kwalletd5 and
// kwalletd6). The slot is the system's, on classic distributions only:
// the password manager is the desktop's own. It never auto-connects,
// since it opens every secret the user's unlocked collections hold.
// The app joins the session bus with the shared rules
// (dbusSessionBusAppArmor), which, unlike the reference's, let it hear
// the bus daemon's NameOwnerChanged: libsecret and KWallet's client
// follow the password manager's name to notice it going away.

const passwordManagerServiceSummary = `allows access to the user's password manager services`

const passwordManagerServiceConnectedPlugAppArmor = `
# Description: use the Secret Service and KDE Wallet on the session bus.

# Secret Service: open a session, find, read, create and delete items
# and collections, unlock them (which may bring up a prompt), and read
# their properties. Objects live below /org/freedesktop/secrets.
dbus (send)
    bus=session
    path=/org/freedesktop/secrets{,/**}
    interface=org.freedesktop.Secret.{Service,Collection,Item,Session,Prompt}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/freedesktop/secrets{,/**}
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll,Set}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Secret Service signals: a prompt completing, collections and items
# appearing, changing or going away.
dbus (receive)
    bus=session
    path=/org/freedesktop/secrets{,/**}
    interface=org.freedesktop.Secret.{Service,Collection,Prompt}
    peer=(label=###SLOT_SECURITY_TAGS###),

# KDE Wallet: its single object, through which wallets are opened and
# entries read and written, and its signals (a wallet opened, closed,
# changed).
dbus (send)
    bus=session
    path=/modules/kwalletd{,5,6}
    interface=org.kde.KWallet
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/modules/kwalletd{,5,6}
    interface=org.kde.KWallet
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSessionBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "password-manager-service",
		summary:               passwordManagerServiceSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: passwordManagerServiceConnectedPlugAppArmor,
	})
}
