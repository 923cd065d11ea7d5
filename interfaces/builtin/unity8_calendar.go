// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "strings"

// unity8-calendar lets an app use the user's calendars, task lists and
// memo lists on a Unity 8 system, where a snap serves them: the same
// evolution-data-server (EDS) API as calendar-service (the source
// registry, the calendar factory, the calendars in their backend
// processes and the views of them), with the plug's rules naming the
// serving snap's label. The slot is that snap's: it owns EDS's names on
// the session bus (the source registry's, the calendar factory's and
// its backends') and serves connected clients exactly what their rules
// let them ask, no more.
//
// Only an app snap may carry the slot, and connecting to it needs a
// snap declaration, as does auto-connecting: a snap serving the slot
// sees every event its clients keep, and a client trusts what it says
// is the user's calendar. Both sides join the session bus with the
// shared rules (dbusSessionBusAppArmor).

const unity8CalendarSummary = `allows using the user's calendars, tasks and memos served by a Unity 8 calendar service`

// edsServerNamesAppArmor lets a snap serving EDS own the names of its
// source registry and of the factory and backends of what it serves
// (Calendar or AddressBook): the bus names carry a version number
// (Sources5, Calendar8, AddressBook10 today), and each backend process
// owns one of its own (Subprocess.Backend.Calendarx1969x2).
func edsServerNamesAppArmor(kind string) string {
	return dbusOwnNameRules(dbusSessionBus, "org.gnome.evolution.dataserver.{Sources[0-9]*,"+kind+"[0-9]*,Subprocess.Backend."+kind+"*}")
}

// dbusServingRules turns the D-Bus rules of a client, which name the
// service by the slot's label placeholder, into the rules of the
// snap serving the slot: what the client sends the service receives,
// and the other way round, from and to the client's label. Both sides
// then hold the same line. The client's comments speak for the client,
// so they are left out, and the rules become one group under the
// comment given. client holds dbus rules only.
func dbusServingRules(comment, client string) string {
	var b strings.Builder
	b.WriteString(comment)
	for _, line := range strings.Split(client, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		switch trimmed {
		case "dbus (send)":
			line = "dbus (receive)"
		case "dbus (receive)":
			line = "dbus (send)"
		case "dbus (send, receive)":
			line = "dbus (receive, send)"
		}
		b.WriteString(strings.ReplaceAll(line, slotLabelPlaceholder, plugLabelPlaceholder))
		b.WriteString("\n")
	}
	return b.String()
}

const unity8CalendarConnectedPlugAppArmor = `
# Description: use the user's calendars, task lists and memo lists
# served by the Unity 8 calendar service; not add, change or remove the
# calendars themselves.
` + edsSourcesClientAppArmor + edsCalendarClientAppArmor + dbusSessionBusAppArmor

var unity8CalendarPermanentSlotAppArmor = `
# Description: serve the user's calendars, task lists and memo lists
# over evolution-data-server's API.

` + edsServerNamesAppArmor("Calendar") + dbusSessionBusAppArmor

var unity8CalendarConnectedSlotAppArmor = dbusServingRules(`
# Description: serve calendars to a connected client: take its calls to
# the source registry, the calendar factory, the calendars and their
# views, and send it their signals.
`, edsSourcesClientAppArmor+edsCalendarClientAppArmor)

func init() {
	registerIface(&commonInterface{
		name:                  "unity8-calendar",
		summary:               unity8CalendarSummary,
		baseDeclarationSlots:  appServiceSlotNeedsDeclaration,
		connectedPlugAppArmor: unity8CalendarConnectedPlugAppArmor,
		permanentSlotAppArmor: unity8CalendarPermanentSlotAppArmor,
		connectedSlotAppArmor: unity8CalendarConnectedSlotAppArmor,
	})
}
