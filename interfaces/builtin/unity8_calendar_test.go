// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

type unity8CalendarSuite struct{ referenceSuite }

var _ = check.Suite(&unity8CalendarSuite{referenceSuite{referenceCase{
	name:    "unity8-calendar",
	summary: "allows using the user's calendars, tasks and memos served by a Unity 8 calendar service",
	plugAppArmor: []string{
		"path=/org/gnome/evolution/dataserver/CalendarFactory\n    interface=org.gnome.evolution.dataserver.CalendarFactory\n    member={OpenCalendar,OpenTaskList,OpenMemoList}\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"dbus (bind) bus=session name=org.gnome.evolution.dataserver.{Sources[0-9]*,Calendar[0-9]*,Subprocess.Backend.Calendar*},",
		"dbus (receive)\n    bus=session\n    path=/org/gnome/evolution/dataserver/CalendarFactory\n    interface=org.gnome.evolution.dataserver.CalendarFactory\n    member={OpenCalendar,OpenTaskList,OpenMemoList}\n    peer=(label=PEER),",
		"dbus (receive, send)\n    bus=session\n    path=/org/gnome/evolution/dataserver/CalendarView/**",
	},
	mustNotGrant:     []string{"AddressBook", "CreateSources", "bus=system"},
	plugMustNotGrant: []string{"dbus (bind)"},
}}})

func (s *unity8CalendarSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "unity8-calendar", staticInfo{summary: s.summary, slots: declAppServiceSlotNeedsDeclaration})
}

// A client uses the serving snap's calendars, as a calendar-service
// client uses the host's, and nothing else of it; the serving snap owns
// EDS's names and serves the connected client exactly that, and no
// other snap.
func (s *unity8CalendarSuite) TestAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("unity8-calendar"), providerYaml(snap.TypeApp, "unity8-calendar"))
	cn.checkAccesses(c, plugTag, edsCalendarAccesses(slotTag), append(edsCalendarNever(slotTag),
		edsCalendarAccesses("unconfined")[3],
		edsCalendarAccesses("snap.other.app")[3],
	))
	cn.checkAccesses(c, slotTag, []string{
		"file rw /run/user/1000/bus",
		"dbus bind bus=session name=org.gnome.evolution.dataserver.Sources5",
		"dbus bind bus=session name=org.gnome.evolution.dataserver.Calendar8",
		"dbus bind bus=session name=org.gnome.evolution.dataserver.Subprocess.Backend.Calendarx1969x2",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=RequestName name=org.freedesktop.DBus peer=unconfined",
		"dbus receive bus=session path=/org/gnome/evolution/dataserver/CalendarFactory interface=org.gnome.evolution.dataserver.CalendarFactory member=OpenCalendar peer=" + plugTag,
		"dbus receive bus=session path=/org/gnome/evolution/dataserver/Subprocess/Backend/Calendar/1969/2/11 interface=org.gnome.evolution.dataserver.Calendar member=CreateObjects peer=" + plugTag,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/CalendarView/1969/3 interface=org.gnome.evolution.dataserver.CalendarView member=ObjectsAdded peer=" + plugTag,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/SourceManager interface=org.freedesktop.DBus.ObjectManager member=InterfacesAdded peer=" + plugTag,
	}, []string{
		"dbus bind bus=session name=org.gnome.evolution.dataserver.AddressBook10",
		"dbus bind bus=session name=org.freedesktop.secrets",
		"dbus receive bus=session path=/org/gnome/evolution/dataserver/CalendarFactory interface=org.gnome.evolution.dataserver.CalendarFactory member=OpenCalendar peer=snap.other.app",
		"dbus receive bus=session path=/org/gnome/evolution/dataserver/SourceManager interface=org.gnome.evolution.dataserver.SourceManager member=CreateSources peer=" + plugTag,
		"dbus send bus=session path=/org/gnome/evolution/dataserver/CalendarView/1969/3 interface=org.gnome.evolution.dataserver.CalendarView member=ObjectsAdded peer=snap.other.app",
	})
}

// The serving side's rules are the client's, turned around: every
// rule of the plug has its counterpart in the slot's, naming the
// plug's label, and the slot's text holds nothing but D-Bus rules.
func (s *unity8CalendarSuite) TestServingMirrorsTheClient(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("unity8-calendar"), providerYaml(snap.TypeApp, "unity8-calendar"))
	plugAA, _ := cn.snippets(c, plugTag)
	d, err := builtin.Describe(ifaceByName(c, "unity8-calendar"))
	c.Assert(err, check.IsNil)
	checkMirrored(c, plugAA, d.AppArmor.ConnectedSlot)
}

// checkMirrored checks that each EDS or pim rule of the client's text
// (connected to the sample provider) is in the serving text (rendered
// for the sample consumer) with its direction turned around, and that
// the serving text holds only D-Bus rules.
func checkMirrored(c *check.C, client, serving string) {
	servingRules := rules(serving)
	for _, r := range servingRules {
		c.Check(r, check.Matches, `dbus \((send|receive|receive, send)\) .*peer=\(label=`+plugTag+`\),`)
	}
	mirrored := 0
	for _, r := range rules(client) {
		if !strings.Contains(r, "label="+slotTag) {
			continue
		}
		want := strings.ReplaceAll(r, "label="+slotTag, "label="+plugTag)
		switch {
		case strings.HasPrefix(want, "dbus (send) "):
			want = "dbus (receive) " + strings.TrimPrefix(want, "dbus (send) ")
		case strings.HasPrefix(want, "dbus (receive) "):
			want = "dbus (send) " + strings.TrimPrefix(want, "dbus (receive) ")
		case strings.HasPrefix(want, "dbus (send, receive) "):
			want = "dbus (receive, send) " + strings.TrimPrefix(want, "dbus (send, receive) ")
		}
		c.Check(servingRules, testutil.Contains, want)
		mirrored++
	}
	c.Check(mirrored, check.Equals, len(servingRules))
}
