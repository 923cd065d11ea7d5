// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type unity8ContactsSuite struct{ referenceSuite }

var _ = check.Suite(&unity8ContactsSuite{referenceSuite{referenceCase{
	name:    "unity8-contacts",
	summary: "allows using the user's address books served by a Unity 8 contacts service",
	plugAppArmor: []string{
		"path=/com/canonical/pim/AddressBook\n    interface=com.canonical.pim.AddressBook\n    member={ping,availableSources,source,sortFields,query,createContact,updateContacts,removeContacts,linkContacts,unlinkContacts}\n    peer=(label=PEER),",
		"path=/org/gnome/evolution/dataserver/AddressBookFactory\n    interface=org.gnome.evolution.dataserver.AddressBookFactory\n    member=OpenAddressBook\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"dbus (bind) bus=session name=com.canonical.pim,",
		"dbus (bind) bus=session name=org.gnome.evolution.dataserver.{Sources[0-9]*,AddressBook[0-9]*,Subprocess.Backend.AddressBook*},",
		"dbus (receive)\n    bus=session\n    path=/com/canonical/pim/AddressBookView/**\n    interface=com.canonical.pim.AddressBookView\n    member={count,sort,contactsDetails,contactDetails,close}\n    peer=(label=PEER),",
	},
	// Contacts, not the address books' management, nor the calendars.
	mustNotGrant:     []string{"createSource", "removeSource", "updateSources", "purgeContacts", "shutDown", "Calendar", "bus=system"},
	plugMustNotGrant: []string{"dbus (bind)"},
}}})

func (s *unity8ContactsSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "unity8-contacts", staticInfo{summary: s.summary, slots: declAppServiceSlotNeedsDeclaration})
}

// A client queries and changes contacts through address-book-service
// and EDS; it manages no address book and does not stop the service.
// The serving snap owns both services' names and serves the connected
// client, and no other snap.
func (s *unity8ContactsSuite) TestAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("unity8-contacts"), providerYaml(snap.TypeApp, "unity8-contacts"))
	const pim = "bus=session name=com.canonical.pim peer=" + slotTag
	cn.checkAccesses(c, plugTag, append(edsAddressBookAccesses(slotTag),
		"dbus send "+pim+" path=/com/canonical/pim/AddressBook interface=com.canonical.pim.AddressBook member=query",
		"dbus send "+pim+" path=/com/canonical/pim/AddressBook interface=com.canonical.pim.AddressBook member=createContact",
		"dbus send "+pim+" path=/com/canonical/pim/AddressBook interface=org.freedesktop.DBus.Properties member=Get",
		"dbus send "+pim+" path=/com/canonical/pim/AddressBookView/8 interface=com.canonical.pim.AddressBookView member=contactsDetails",
		"dbus receive bus=session path=/com/canonical/pim/AddressBook interface=com.canonical.pim.AddressBook member=contactsAdded peer="+slotTag,
		"dbus receive bus=session path=/com/canonical/pim/AddressBookView/8 interface=com.canonical.pim.AddressBookView member=contactsUpdated peer="+slotTag,
	), append(edsAddressBookNever(slotTag),
		"dbus send "+pim+" path=/com/canonical/pim/AddressBook interface=com.canonical.pim.AddressBook member=removeSource",
		"dbus send "+pim+" path=/com/canonical/pim/AddressBook interface=com.canonical.pim.AddressBook member=purgeContacts",
		"dbus send "+pim+" path=/com/canonical/pim/AddressBook interface=com.canonical.pim.AddressBook member=shutDown",
		"dbus send "+pim+" path=/com/canonical/pim/AddressBook interface=org.freedesktop.DBus.Properties member=Set",
		"dbus send bus=session name=com.canonical.pim path=/com/canonical/pim/AddressBook interface=com.canonical.pim.AddressBook member=query peer=unconfined",
		"dbus bind bus=session name=com.canonical.pim",
	))
	cn.checkAccesses(c, slotTag, []string{
		"dbus bind bus=session name=com.canonical.pim",
		"dbus bind bus=session name=org.gnome.evolution.dataserver.AddressBook10",
		"dbus bind bus=session name=org.gnome.evolution.dataserver.Subprocess.Backend.AddressBookx2727x2",
		"dbus receive bus=session path=/com/canonical/pim/AddressBook interface=com.canonical.pim.AddressBook member=query peer=" + plugTag,
		"dbus send bus=session path=/com/canonical/pim/AddressBookView/8 interface=com.canonical.pim.AddressBookView member=contactsUpdated peer=" + plugTag,
		"dbus receive bus=session path=/org/gnome/evolution/dataserver/AddressBookFactory interface=org.gnome.evolution.dataserver.AddressBookFactory member=OpenAddressBook peer=" + plugTag,
	}, []string{
		"dbus bind bus=session name=org.gnome.evolution.dataserver.Calendar8",
		"dbus receive bus=session path=/com/canonical/pim/AddressBook interface=com.canonical.pim.AddressBook member=query peer=snap.other.app",
		"dbus receive bus=session path=/com/canonical/pim/AddressBook interface=com.canonical.pim.AddressBook member=shutDown peer=" + plugTag,
	})
}

func (s *unity8ContactsSuite) TestServingMirrorsTheClient(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("unity8-contacts"), providerYaml(snap.TypeApp, "unity8-contacts"))
	plugAA, _ := cn.snippets(c, plugTag)
	d, err := builtin.Describe(ifaceByName(c, "unity8-contacts"))
	c.Assert(err, check.IsNil)
	checkMirrored(c, plugAA, d.AppArmor.ConnectedSlot)
}
