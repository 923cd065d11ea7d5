// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type storageFrameworkServiceSuite struct{ referenceSuite }

var _ = check.Suite(&storageFrameworkServiceSuite{referenceSuite{referenceCase{
	name:    "storage-framework-service",
	summary: "allows using cloud storage through the Ubuntu storage framework",
	plugAppArmor: []string{
		"path=/com/canonical/StorageFramework/Registry\n    interface=com.canonical.StorageFramework.Registry\n    member=List\n    peer=(label=PEER),",
		"path=/provider/*\n    interface=com.canonical.StorageFramework.Provider",
	},
	slotAppArmor: []string{
		"dbus (bind) bus=session name=com.canonical.StorageFramework.{Registry,Provider.*},",
		"dbus (receive)\n    bus=session\n    path=/provider/*\n    interface=com.canonical.StorageFramework.Provider",
	},
	mustNotGrant:     []string{"bus=system"},
	plugMustNotGrant: []string{"dbus (bind)", "GetConnection"},
}}})

func (s *storageFrameworkServiceSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "storage-framework-service", staticInfo{summary: s.summary, slots: declAppServiceSlotNeedsDeclaration})
}

// A client lists accounts and works with a provider's items; it does
// not pose as the registry or a provider, nor reach the accounts
// services behind them. The serving snap owns those names and serves
// the connected client only.
func (s *storageFrameworkServiceSuite) TestAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("storage-framework-service"), providerYaml(snap.TypeApp, "storage-framework-service"))
	const provider = "bus=session path=/provider/0 interface=com.canonical.StorageFramework.Provider"
	cn.checkAccesses(c, plugTag, []string{
		"dbus send bus=session path=/com/canonical/StorageFramework/Registry interface=com.canonical.StorageFramework.Registry member=List name=com.canonical.StorageFramework.Registry peer=" + slotTag,
		"dbus send " + provider + " member=Roots name=com.canonical.StorageFramework.Provider.OwnCloud peer=" + slotTag,
		"dbus send " + provider + " member=CreateFile name=com.canonical.StorageFramework.Provider.OwnCloud peer=" + slotTag,
		"dbus send " + provider + " member=Download name=com.canonical.StorageFramework.Provider.OwnCloud peer=" + slotTag,
	}, []string{
		"dbus send " + provider + " member=Roots name=com.canonical.StorageFramework.Provider.OwnCloud peer=unconfined",
		"dbus send bus=session path=/provider/0 interface=org.freedesktop.DBus.Properties member=Set name=com.canonical.StorageFramework.Provider.OwnCloud peer=" + slotTag,
		"dbus bind bus=session name=com.canonical.StorageFramework.Registry",
		"dbus bind bus=session name=com.canonical.StorageFramework.Provider.OwnCloud",
		"dbus send bus=session path=/com/ubuntu/OnlineAccounts/Manager interface=com.ubuntu.OnlineAccounts.Manager member=Authenticate name=com.ubuntu.OnlineAccounts.Manager peer=" + slotTag,
	})
	cn.checkAccesses(c, slotTag, []string{
		"dbus bind bus=session name=com.canonical.StorageFramework.Registry",
		"dbus bind bus=session name=com.canonical.StorageFramework.Provider.OwnCloud",
		"dbus receive " + provider + " member=Delete peer=" + plugTag,
	}, []string{
		"dbus bind bus=session name=com.canonical.StorageFrameworkX",
		"dbus receive " + provider + " member=Delete peer=snap.other.app",
	})
}
