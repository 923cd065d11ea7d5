// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type calendarServiceSuite struct{ referenceSuite }

var _ = check.Suite(&calendarServiceSuite{referenceSuite{referenceCase{
	name:    "calendar-service",
	summary: "allows using the user's calendars, tasks and memos in evolution-data-server",
	plugAppArmor: []string{
		"path=/org/gnome/evolution/dataserver/CalendarFactory\n    interface=org.gnome.evolution.dataserver.CalendarFactory\n    member={OpenCalendar,OpenTaskList,OpenMemoList}\n    peer=(label=PEER),",
		"path=/org/gnome/evolution/dataserver/SourceManager\n    interface=org.freedesktop.DBus.ObjectManager\n    member=GetManagedObjects\n    peer=(label=PEER),",
		"owner /run/user/[0-9]*/bus rw,",
	},
	// Calendars only: not the address books, not the management of
	// sources.
	mustNotGrant: []string{"AddressBook", "CreateSources", "Authenticator", "Subprocess.Backend,", "dbus (bind)", "bus=system"},
}}})

func (s *calendarServiceSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "calendar-service", staticInfo{summary: s.summary, implicitOnClassic: true, slots: declSystemSlotNoAutoConnect})
}

// edsCalendarAccesses are what an EDS calendar client does, with the
// service's label: find calendars, open one, read and change its
// events, and follow a view of it.
func edsCalendarAccesses(label string) []string {
	return []string{
		"dbus send bus=session path=/org/gnome/evolution/dataserver/SourceManager interface=org.freedesktop.DBus.ObjectManager member=GetManagedObjects name=org.gnome.evolution.dataserver.Sources5 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/SourceManager/Source_12 interface=org.freedesktop.DBus.Properties member=GetAll name=org.gnome.evolution.dataserver.Sources5 peer=" + label,
		"dbus receive bus=session path=/org/gnome/evolution/dataserver/SourceManager interface=org.freedesktop.DBus.ObjectManager member=InterfacesAdded peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/CalendarFactory interface=org.gnome.evolution.dataserver.CalendarFactory member=OpenCalendar name=org.gnome.evolution.dataserver.Calendar8 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/Subprocess/Backend/Calendar/1969/2/11 interface=org.gnome.evolution.dataserver.Calendar member=CreateObjects name=org.gnome.evolution.dataserver.Subprocess.Backend.Calendarx1969x2 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/Subprocess/Backend/Calendar/1969/2/11 interface=org.gnome.evolution.dataserver.Calendar member=GetView name=org.gnome.evolution.dataserver.Subprocess.Backend.Calendarx1969x2 peer=" + label,
		"dbus receive bus=session path=/org/gnome/evolution/dataserver/CalendarView/1969/3 interface=org.gnome.evolution.dataserver.CalendarView member=ObjectsAdded peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/CalendarView/1969/3 interface=org.gnome.evolution.dataserver.CalendarView member=Start name=org.gnome.evolution.dataserver.Subprocess.Backend.Calendarx1969x2 peer=" + label,
	}
}

// edsCalendarNever are the neighbours an EDS calendar client must not
// reach: managing sources, their credentials, the backends' control by
// the factory, and the address books.
func edsCalendarNever(label string) []string {
	return []string{
		"dbus send bus=session path=/org/gnome/evolution/dataserver/SourceManager interface=org.gnome.evolution.dataserver.SourceManager member=CreateSources name=org.gnome.evolution.dataserver.Sources5 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/SourceManager/Source_12 interface=org.gnome.evolution.dataserver.Source.Removable member=Remove name=org.gnome.evolution.dataserver.Sources5 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/SourceManager/Source_12 interface=org.gnome.evolution.dataserver.Source.Writable member=Write name=org.gnome.evolution.dataserver.Sources5 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/SourceManager/Source_12 interface=org.freedesktop.DBus.Properties member=Set name=org.gnome.evolution.dataserver.Sources5 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/Subprocess/Backend/Calendar/1969/2 interface=org.gnome.evolution.dataserver.Subprocess.Backend member=Create name=org.gnome.evolution.dataserver.Subprocess.Backend.Calendarx1969x2 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/AddressBookFactory interface=org.gnome.evolution.dataserver.AddressBookFactory member=OpenAddressBook name=org.gnome.evolution.dataserver.AddressBook10 peer=" + label,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/Subprocess/Backend/AddressBook/2727/2/5 interface=org.gnome.evolution.dataserver.AddressBook member=GetContact name=org.gnome.evolution.dataserver.Subprocess.Backend.AddressBookx2727x2 peer=" + label,
		"dbus bind bus=session name=org.gnome.evolution.dataserver.Calendar8",
		"file rw /run/dbus/system_bus_socket",
	}
}

// The app finds the user's calendars, opens them and reads and changes
// their events; it manages no source, reaches no address book, and owns
// none of EDS's names.
func (s *calendarServiceSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("calendar-service"))
	cn.checkAccesses(c, plugTag, append(edsCalendarAccesses("unconfined"), "file rw /run/user/1000/bus"), append(edsCalendarNever("unconfined"),
		"file r /home/u/.local/share/evolution/calendar/system/calendar.ics",
		"dbus send bus=session path=/org/gnome/OnlineAccounts interface=org.freedesktop.DBus.ObjectManager member=GetManagedObjects name=org.gnome.OnlineAccounts peer=unconfined",
	))
	cn.checkAccesses(c, otherPlugTag, nil, edsCalendarAccesses("unconfined")[:1])
}
