// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type accountsServiceSuite struct{ referenceSuite }

var _ = check.Suite(&accountsServiceSuite{referenceSuite{referenceCase{
	name:    "accounts-service",
	summary: "allows using the user's online accounts from GNOME Online Accounts and Ubuntu Online Accounts",
	plugAppArmor: []string{
		"path=/org/gnome/OnlineAccounts/Accounts/*\n    interface=org.gnome.OnlineAccounts.{Account,OAuthBased,OAuth2Based,PasswordBased}\n    member={EnsureCredentials,GetAccessToken,GetPassword}\n    peer=(label=PEER),",
		"owner @{HOME}/.config/libaccounts-glib/accounts.db{,-journal,-wal} rk,",
		"interface=com.google.code.AccountsSSO.SingleSignOn.AuthService",
		"owner /run/user/[0-9]*/bus rw,",
	},
	// Adding, removing and changing accounts is the account settings'.
	mustNotGrant: []string{"AddAccount", "registerNewIdentity", "member=Set", "dbus (bind)", "bus=system"},
}}})

func (s *accountsServiceSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "accounts-service", staticInfo{
		summary:           s.summary,
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

// The app lists the user's accounts, reads them and gets their tokens
// and passwords from GNOME Online Accounts, reads the libaccounts
// database and runs signond sessions; it adds and removes no account,
// changes none, owns neither service's name, and reaches no other
// service on the bus nor the secrets' own storage.
func (s *accountsServiceSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("accounts-service"))
	const goa = "bus=session name=org.gnome.OnlineAccounts peer=unconfined"
	const sso = "bus=session name=com.google.code.AccountsSSO.SingleSignOn peer=unconfined"
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/user/1000/bus",
		"dbus send " + goa + " path=/org/gnome/OnlineAccounts interface=org.freedesktop.DBus.ObjectManager member=GetManagedObjects",
		"dbus send " + goa + " path=/org/gnome/OnlineAccounts/Accounts/account_1234 interface=org.freedesktop.DBus.Properties member=GetAll",
		"dbus send " + goa + " path=/org/gnome/OnlineAccounts/Accounts/account_1234 interface=org.gnome.OnlineAccounts.OAuth2Based member=GetAccessToken",
		"dbus send " + goa + " path=/org/gnome/OnlineAccounts/Accounts/account_1234 interface=org.gnome.OnlineAccounts.PasswordBased member=GetPassword",
		"dbus send " + goa + " path=/org/gnome/OnlineAccounts/Accounts/account_1234 interface=org.gnome.OnlineAccounts.Account member=EnsureCredentials",
		"dbus receive bus=session path=/org/gnome/OnlineAccounts interface=org.freedesktop.DBus.ObjectManager member=InterfacesAdded peer=unconfined",
		"file r /home/u/.config/libaccounts-glib/accounts.db",
		"file rw /home/u/.config/libaccounts-glib/accounts.db-shm",
		"file r /usr/share/accounts/providers/google.provider",
		"dbus receive bus=session path=/com/google/code/AccountsSSO/Accounts interface=com.google.code.AccountsSSO.Accounts member=AccountChanged peer=unconfined",
		"dbus send " + sso + " path=/com/google/code/AccountsSSO/SingleSignOn interface=com.google.code.AccountsSSO.SingleSignOn.AuthService member=getAuthSessionObjectPath",
		"dbus send " + sso + " path=/com/google/code/AccountsSSO/SingleSignOn/AuthSession_3 interface=com.google.code.AccountsSSO.SingleSignOn.AuthSession member=process",
		"dbus receive bus=session path=/com/google/code/AccountsSSO/SingleSignOn/AuthSession_3 interface=com.google.code.AccountsSSO.SingleSignOn.AuthSession member=stateChanged peer=unconfined",
		"file rw /run/user/1000/signond/socket",
	}, []string{
		// Not manage accounts.
		"dbus send " + goa + " path=/org/gnome/OnlineAccounts/Manager interface=org.gnome.OnlineAccounts.Manager member=AddAccount",
		"dbus send " + goa + " path=/org/gnome/OnlineAccounts/Accounts/account_1234 interface=org.gnome.OnlineAccounts.Account member=Remove",
		"dbus send " + goa + " path=/org/gnome/OnlineAccounts/Accounts/account_1234 interface=org.freedesktop.DBus.Properties member=Set",
		"dbus send " + sso + " path=/com/google/code/AccountsSSO/SingleSignOn interface=com.google.code.AccountsSSO.SingleSignOn.AuthService member=registerNewIdentity",
		"dbus send " + sso + " path=/com/google/code/AccountsSSO/SingleSignOn interface=com.google.code.AccountsSSO.SingleSignOn.AuthService member=clear",
		"dbus send " + sso + " path=/com/google/code/AccountsSSO/SingleSignOn/Identity_1 interface=com.google.code.AccountsSSO.SingleSignOn.Identity member=remove",
		"dbus send " + sso + " path=/com/google/code/AccountsSSO/SingleSignOn/Identity_1 interface=com.google.code.AccountsSSO.SingleSignOn.Identity member=store",
		"file w /home/u/.config/libaccounts-glib/accounts.db",
		// Not pose as either service.
		"dbus bind bus=session name=org.gnome.OnlineAccounts",
		"dbus bind bus=session name=com.google.code.AccountsSSO.SingleSignOn",
		// Not the secrets' storage, nor the neighbours on the bus.
		"file r /home/u/.config/signond/signon.db",
		"file r /home/u/.local/share/keyrings/login.keyring",
		"dbus send bus=session path=/org/freedesktop/secrets interface=org.freedesktop.Secret.Service member=OpenSession name=org.freedesktop.secrets peer=unconfined",
		"dbus send bus=session path=/org/gnome/Identity interface=org.gnome.Identity.Manager member=SignIn name=org.gnome.Identity peer=unconfined",
		"file rw /run/dbus/system_bus_socket",
		"file rw /run/user/1001/signond/socket !owner",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file r /home/u/.config/libaccounts-glib/accounts.db"})
}
