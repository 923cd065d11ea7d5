// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type onlineAccountsServiceSuite struct{ referenceSuite }

var _ = check.Suite(&onlineAccountsServiceSuite{referenceSuite{referenceCase{
	name:    "online-accounts-service",
	summary: "allows using online accounts through the Ubuntu Online Accounts service",
	plugAppArmor: []string{
		"path=/com/ubuntu/OnlineAccounts/Manager\n    interface=com.ubuntu.OnlineAccounts.Manager\n    member={GetAccounts,RequestAccess,Authenticate}\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"dbus (bind) bus=session name=com.ubuntu.OnlineAccounts.Manager,",
		"member={GetConnectionCredentials,GetConnectionUnixProcessID,GetConnectionUnixUser,GetConnectionAppArmorSecurityContext}",
		"dbus (receive)\n    bus=session\n    path=/com/ubuntu/OnlineAccounts/Manager\n    interface=com.ubuntu.OnlineAccounts.Manager\n    member={GetAccounts,RequestAccess,Authenticate}\n    peer=(label=PEER),",
	},
	mustNotGrant:     []string{"bus=system"},
	plugMustNotGrant: []string{"dbus (bind)", "GetConnection"},
}}})

func (s *onlineAccountsServiceSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "online-accounts-service", staticInfo{summary: s.summary, slots: declAppServiceSlotNeedsDeclaration})
}

// A client lists, requests and authenticates accounts with the serving
// snap only; it does not pose as the service or reach the desktop's
// own account services. The service serves the connected client only.
func (s *onlineAccountsServiceSuite) TestAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("online-accounts-service"), providerYaml(snap.TypeApp, "online-accounts-service"))
	const mgr = "bus=session path=/com/ubuntu/OnlineAccounts/Manager interface=com.ubuntu.OnlineAccounts.Manager"
	cn.checkAccesses(c, plugTag, []string{
		"dbus send " + mgr + " member=GetAccounts name=com.ubuntu.OnlineAccounts.Manager peer=" + slotTag,
		"dbus send " + mgr + " member=Authenticate name=com.ubuntu.OnlineAccounts.Manager peer=" + slotTag,
		"dbus receive " + mgr + " member=AccountChanged peer=" + slotTag,
	}, []string{
		"dbus send " + mgr + " member=GetAccounts name=com.ubuntu.OnlineAccounts.Manager peer=unconfined",
		"dbus bind bus=session name=com.ubuntu.OnlineAccounts.Manager",
		"dbus send bus=session path=/org/gnome/OnlineAccounts interface=org.freedesktop.DBus.ObjectManager member=GetManagedObjects name=org.gnome.OnlineAccounts peer=unconfined",
		"dbus send bus=session path=/com/google/code/AccountsSSO/SingleSignOn interface=com.google.code.AccountsSSO.SingleSignOn.AuthService member=getIdentity name=com.google.code.AccountsSSO.SingleSignOn peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=GetConnectionAppArmorSecurityContext name=org.freedesktop.DBus peer=unconfined",
	})
	cn.checkAccesses(c, slotTag, []string{
		"dbus bind bus=session name=com.ubuntu.OnlineAccounts.Manager",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=GetConnectionAppArmorSecurityContext name=org.freedesktop.DBus peer=unconfined",
		"dbus receive " + mgr + " member=RequestAccess peer=" + plugTag,
		"dbus send " + mgr + " member=AccountChanged peer=" + plugTag,
	}, []string{
		"dbus receive " + mgr + " member=RequestAccess peer=snap.other.app",
		"dbus bind bus=session name=org.gnome.OnlineAccounts",
	})
}
