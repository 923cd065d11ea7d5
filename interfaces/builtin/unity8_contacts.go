// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// unity8-contacts lets an app use the user's address books on a Unity 8
// system, where a snap serves them. Two APIs reach them:
// address-book-service (com.canonical.pim, which Ubuntu's contacts API
// uses), whose AddressBook object answers queries with views that page
// through their results; and evolution-data-server's (EDS), as for
// contacts-service, which address-book-service itself stores contacts
// in. The app may query, create, change, link and remove contacts; not
// create, change or remove the address books, purge them, switch the
// service's safe mode or shut it down. The slot is the serving snap's:
// it owns com.canonical.pim and EDS's names on the session bus and
// serves connected clients exactly what their rules let them ask.
//
// Only an app snap may carry the slot, and connecting to it needs a
// snap declaration, as does auto-connecting: a snap serving the slot
// sees every contact its clients keep. Both sides join the session bus
// with the shared rules (dbusSessionBusAppArmor).

const unity8ContactsSummary = `allows using the user's address books served by a Unity 8 contacts service`

// pimClientAppArmor lets an app use address-book-service.
const pimClientAppArmor = `
# address-book-service: list the address books, query contacts (a
# query returns a view), create, change, link, unlink and remove
# contacts, read whether the service is ready, and hear of changes.
dbus (send)
    bus=session
    path=/com/canonical/pim/AddressBook
    interface=com.canonical.pim.AddressBook
    member={ping,availableSources,source,sortFields,query,createContact,updateContacts,removeContacts,linkContacts,unlinkContacts}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/com/canonical/pim/AddressBook
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/com/canonical/pim/AddressBook
    interface={com.canonical.pim.AddressBook,org.freedesktop.DBus.Properties}
    member={contactsAdded,contactsRemoved,contactsUpdated,asyncOperationResult,readyChanged,reloaded,sourcesChanged,safeModeChanged,PropertiesChanged}
    peer=(label=###SLOT_SECURITY_TAGS###),

# A query's view: count, sort and page through the contacts it holds,
# close it, and hear as they change.
dbus (send)
    bus=session
    path=/com/canonical/pim/AddressBookView/**
    interface=com.canonical.pim.AddressBookView
    member={count,sort,contactsDetails,contactDetails,close}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/com/canonical/pim/AddressBookView/**
    interface=com.canonical.pim.AddressBookView
    member={contactsAdded,contactsRemoved,contactsUpdated}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const unity8ContactsConnectedPlugAppArmor = `
# Description: use the user's address books served by the Unity 8
# contacts service; not add, change or remove the address books
# themselves.
` + pimClientAppArmor + edsSourcesClientAppArmor + edsAddressBookClientAppArmor + dbusSessionBusAppArmor

var unity8ContactsPermanentSlotAppArmor = `
# Description: serve the user's address books over address-book-service's
# and evolution-data-server's APIs.

` + dbusOwnNameRules(dbusSessionBus, "com.canonical.pim") + `
` + edsServerNamesAppArmor("AddressBook") + dbusSessionBusAppArmor

var unity8ContactsConnectedSlotAppArmor = dbusServingRules(`
# Description: serve address books to a connected client: take its
# calls to address-book-service and its views, to the source registry,
# the address book factory, the address books and their views and
# cursors, and send it their signals.
`, pimClientAppArmor+edsSourcesClientAppArmor+edsAddressBookClientAppArmor)

func init() {
	registerIface(&commonInterface{
		name:                  "unity8-contacts",
		summary:               unity8ContactsSummary,
		baseDeclarationSlots:  appServiceSlotNeedsDeclaration,
		connectedPlugAppArmor: unity8ContactsConnectedPlugAppArmor,
		permanentSlotAppArmor: unity8ContactsPermanentSlotAppArmor,
		connectedSlotAppArmor: unity8ContactsConnectedSlotAppArmor,
	})
}
