// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// calendar-service lets an app use the user's calendars, task lists and
// memo lists through evolution-data-server (EDS), the desktop's
// calendar store on the session bus: find them in EDS's source
// registry (org.gnome.evolution.dataserver.Sources*), open one through
// the calendar factory (org.gnome.evolution.dataserver.Calendar*),
// which serves it from a backend process of its own, and read, create,
// change and remove its events, tasks and memos there and in the live
// views of it the app asks for. It may not add, change or remove the
// calendars themselves (sources: accounts, colours, where they sync),
// nor reach the address books EDS also serves (contacts-service) or
// the sources' credentials.
//
// The slot is the system's, on classic distributions only: EDS is the
// desktop's own, unconfined. A connection is made by hand, never
// automatically: it opens every calendar the user has. The app joins
// the session bus with the shared rules (dbusSessionBusAppArmor).
// unity8-calendar is the same API served by a snap.

const calendarServiceSummary = `allows using the user's calendars, tasks and memos in evolution-data-server`

// edsSourcesClientAppArmor lets an app find the calendars and address
// books that EDS's source registry describes: list them through the
// object manager at the root of the registry's tree, read their
// properties, and follow them as they come, go and change. Not create,
// write or remove sources, nor answer their authentication requests.
// Shared by calendar-service, contacts-service and their unity8
// counterparts.
const edsSourcesClientAppArmor = `
# EDS's source registry: list the calendars and address books through
# the object manager, read a source's description, and hear when
# sources come, go and change.
dbus (send)
    bus=session
    path=/org/gnome/evolution/dataserver/SourceManager
    interface=org.freedesktop.DBus.ObjectManager
    member=GetManagedObjects
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=session
    path=/org/gnome/evolution/dataserver/SourceManager/*
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/org/gnome/evolution/dataserver/SourceManager{,/*}
    interface=org.freedesktop.DBus.{ObjectManager,Properties}
    member={InterfacesAdded,InterfacesRemoved,PropertiesChanged}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

// edsCalendarClientAppArmor lets an app open a calendar, task list or
// memo list through EDS's calendar factory and use it in the backend
// process that serves it: read and change its objects, and create
// views of it whose changes it hears.
const edsCalendarClientAppArmor = `
# EDS's calendar factory: open a calendar, task list or memo list; the
# factory names the backend process and object that serve it.
dbus (send)
    bus=session
    path=/org/gnome/evolution/dataserver/CalendarFactory
    interface=org.gnome.evolution.dataserver.CalendarFactory
    member={OpenCalendar,OpenTaskList,OpenMemoList}
    peer=(label=###SLOT_SECURITY_TAGS###),

# The calendar in its backend process: read, create, change and remove
# events, tasks and memos, read its properties, and hear its signals;
# and the views of it the app creates, which report what matches a
# query as it changes.
dbus (send, receive)
    bus=session
    path=/org/gnome/evolution/dataserver/Subprocess/Backend/Calendar/**
    interface=org.gnome.evolution.dataserver.Calendar
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send, receive)
    bus=session
    path=/org/gnome/evolution/dataserver/{Subprocess/Backend/Calendar,CalendarView}/**
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll,PropertiesChanged}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send, receive)
    bus=session
    path=/org/gnome/evolution/dataserver/CalendarView/**
    interface=org.gnome.evolution.dataserver.CalendarView
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const calendarServiceConnectedPlugAppArmor = `
# Description: use the user's calendars, task lists and memo lists in
# evolution-data-server; not add, change or remove the calendars
# themselves.
` + edsSourcesClientAppArmor + edsCalendarClientAppArmor + dbusSessionBusAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "calendar-service",
		summary:               calendarServiceSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: calendarServiceConnectedPlugAppArmor,
	})
}
