// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type contactsServiceSuite struct{ referenceSuite }

var _ = check.Suite(&contactsServiceSuite{referenceSuite{referenceCase{
	name:    "contacts-service",
	summary: "allows using the user's address books in evolution-data-server",
	plugAppArmor: []string{
		"path=/org/gnome/evolution/dataserver/AddressBookFactory\n    interface=org.gnome.evolution.dataserver.AddressBookFactory\n    member=OpenAddressBook\n    peer=(label=PEER),",
		"path=/org/gnome/evolution/dataserver/SourceManager\n    interface=org.freedesktop.DBus.ObjectManager\n    member=GetManagedObjects\n    peer=(label=PEER),",
		"owner /run/user/[0-9]*/bus rw,",
	},
	// Address books only: not the calendars, not the management of
	// sources.
	mustNotGrant: []string{"Calendar", "CreateSources", "Authenticator", "Subprocess.Backend,", "dbus (bind)", "bus=system"},
}}})

func (s *contactsServiceSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "contacts-service", staticInfo{summary: s.summary, implicitOnClassic: true, slots: declSystemSlotNoAutoConnect})
}

// edsAddressBookAccesses are what an EDS address book client does, with
// the service's label.
func edsAddressBookAccesses(label string) []string {
	return []string{
		"dbus send bus=session path=/org/gnome/evolution/dataserver/SourceManager interface=org.freedesktop.DBus.ObjectManager member=GetManagedObjects name=org.gnome.evolution.dataserver.Sources5 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/AddressBookFactory interface=org.gnome.evolution.dataserver.AddressBookFactory member=OpenAddressBook name=org.gnome.evolution.dataserver.AddressBook10 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/Subprocess/Backend/AddressBook/2727/2/5 interface=org.gnome.evolution.dataserver.AddressBook member=GetContact name=org.gnome.evolution.dataserver.Subprocess.Backend.AddressBookx2727x2 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/Subprocess/Backend/AddressBook/2727/2/5 interface=org.gnome.evolution.dataserver.AddressBook member=CreateContacts name=org.gnome.evolution.dataserver.Subprocess.Backend.AddressBookx2727x2 peer=" + label,
		"dbus receive bus=session path=/org/gnome/evolution/dataserver/AddressBookView/2727/4 interface=org.gnome.evolution.dataserver.AddressBookView member=ObjectsAdded peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/AddressBookCursor/2727/5 interface=org.gnome.evolution.dataserver.AddressBookCursor member=Step name=org.gnome.evolution.dataserver.Subprocess.Backend.AddressBookx2727x2 peer=" + label,
	}
}

// edsAddressBookNever are the neighbours an EDS address book client
// must not reach.
func edsAddressBookNever(label string) []string {
	return []string{
		"dbus send bus=session path=/org/gnome/evolution/dataserver/SourceManager interface=org.gnome.evolution.dataserver.SourceManager member=CreateSources name=org.gnome.evolution.dataserver.Sources5 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/SourceManager/Source_12 interface=org.gnome.evolution.dataserver.Source.Removable member=Remove name=org.gnome.evolution.dataserver.Sources5 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/Subprocess/Backend/AddressBook/2727/2 interface=org.gnome.evolution.dataserver.Subprocess.Backend member=Create name=org.gnome.evolution.dataserver.Subprocess.Backend.AddressBookx2727x2 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/CalendarFactory interface=org.gnome.evolution.dataserver.CalendarFactory member=OpenCalendar name=org.gnome.evolution.dataserver.Calendar8 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/Subprocess/Backend/Calendar/1969/2/11 interface=org.gnome.evolution.dataserver.Calendar member=GetObject name=org.gnome.evolution.dataserver.Subprocess.Backend.Calendarx1969x2 peer=" + label,
		"dbus bind bus=session name=org.gnome.evolution.dataserver.AddressBook10",
		"file rw /run/dbus/system_bus_socket",
	}
}

// The app finds the user's address books, opens them and reads and
// changes their contacts; it manages no source, reaches no calendar,
// and owns none of EDS's names.
func (s *contactsServiceSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("contacts-service"))
	cn.checkAccesses(c, plugTag, append(edsAddressBookAccesses("unconfined"), "file rw /run/user/1000/bus"),
		append(edsAddressBookNever("unconfined"), "file r /home/u/.local/share/evolution/addressbook/system/contacts.db"))
	cn.checkAccesses(c, otherPlugTag, nil, edsAddressBookAccesses("unconfined")[:1])
}
