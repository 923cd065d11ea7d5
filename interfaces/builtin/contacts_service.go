// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// contacts-service lets an app use the user's address books through
// evolution-data-server (EDS), the desktop's contact store on the
// session bus: find them in EDS's source registry
// (org.gnome.evolution.dataserver.Sources*), open one through the
// address book factory (org.gnome.evolution.dataserver.AddressBook*),
// which serves it from a backend process of its own, and read, create,
// change and remove contacts there, in the live views of it the app
// asks for, and through cursors that page through it. It may not add,
// change or remove the address books themselves, nor reach the
// calendars EDS also serves (calendar-service) or the sources'
// credentials.
//
// The slot is the system's, on classic distributions only: EDS is the
// desktop's own, unconfined. A connection is made by hand, never
// automatically: it opens every contact the user has. The app joins the
// session bus with the shared rules (dbusSessionBusAppArmor).
// unity8-contacts is the same API served by a snap.

const contactsServiceSummary = `allows using the user's address books in evolution-data-server`

// edsAddressBookClientAppArmor lets an app open an address book through
// EDS's address book factory and use it in the backend process that
// serves it: read and change its contacts, and create views and
// cursors of it.
const edsAddressBookClientAppArmor = `
# EDS's address book factory: open an address book; the factory names
# the backend process and object that serve it.
dbus (send)
    bus=session
    path=/org/gnome/evolution/dataserver/AddressBookFactory
    interface=org.gnome.evolution.dataserver.AddressBookFactory
    member=OpenAddressBook
    peer=(label=###SLOT_SECURITY_TAGS###),

# The address book in its backend process: read, create, change and
# remove contacts, read its properties and hear its signals; and the
# views and cursors of it the app creates, which report what matches a
# query as it changes and page through it in order.
dbus (send, receive)
    bus=session
    path=/org/gnome/evolution/dataserver/Subprocess/Backend/AddressBook/**
    interface=org.gnome.evolution.dataserver.AddressBook
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send, receive)
    bus=session
    path=/org/gnome/evolution/dataserver/{Subprocess/Backend/AddressBook,AddressBookView,AddressBookCursor}/**
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll,PropertiesChanged}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send, receive)
    bus=session
    path=/org/gnome/evolution/dataserver/AddressBookView/**
    interface=org.gnome.evolution.dataserver.AddressBookView
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send, receive)
    bus=session
    path=/org/gnome/evolution/dataserver/AddressBookCursor/**
    interface=org.gnome.evolution.dataserver.AddressBookCursor
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const contactsServiceConnectedPlugAppArmor = `
# Description: use the user's address books in evolution-data-server;
# not add, change or remove the address books themselves.
` + edsSourcesClientAppArmor + edsAddressBookClientAppArmor + dbusSessionBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "contacts-service",
		summary:               contactsServiceSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: contactsServiceConnectedPlugAppArmor,
	})
}
