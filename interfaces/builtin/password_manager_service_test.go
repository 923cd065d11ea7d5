// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type passwordManagerServiceSuite struct{}

var _ = check.Suite(&passwordManagerServiceSuite{})

func (s *passwordManagerServiceSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "password-manager-service", staticInfo{
		summary:           "allows access to the user's password manager services",
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *passwordManagerServiceSuite) TestConnectedPlug(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("password-manager-service", ""))
	// The host's password manager runs unconfined.
	repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"path=/org/freedesktop/secrets{,/**}",
		"interface=org.freedesktop.Secret.{Service,Collection,Item,Session,Prompt}",
		"path=/modules/kwalletd{,5,6}",
		"interface=org.kde.KWallet",
		"peer=(label=unconfined),",
	}, []string{"###", "bus=system"})
}

// The app joins the session bus and uses the Secret Service and KDE
// Wallet; it does not own their names, nor reach other services.
func (s *passwordManagerServiceSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("password-manager-service", ""))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/user/1000/bus",
		"unix connect stream peer_addr=@/tmp/dbus-AbCdEf0123 peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/secrets interface=org.freedesktop.Secret.Service member=OpenSession name=org.freedesktop.secrets peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/secrets/collection/login/1 interface=org.freedesktop.Secret.Item member=GetSecret name=org.freedesktop.secrets peer=unconfined",
		"dbus receive bus=session path=/org/freedesktop/secrets/prompt/p1 interface=org.freedesktop.Secret.Prompt member=Completed peer=unconfined",
		"dbus send bus=session path=/modules/kwalletd5 interface=org.kde.KWallet member=open name=org.kde.kwalletd5 peer=unconfined",
	}, []string{
		"dbus bind bus=session name=org.freedesktop.secrets",
		"dbus send bus=session path=/org/gnome/Shell interface=org.gnome.Shell member=Eval name=org.gnome.Shell peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=BecomeMonitor name=org.freedesktop.DBus peer=unconfined",
		"file rw /run/user/1001/bus !owner",
		"file rw /run/dbus/system_bus_socket",
		"file r /home/u/.local/share/keyrings/login.keyring",
		"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
	})
}

func init() {
	addAccessDifferences("password-manager-service", accessDifferences{rows: []accessDifference{{
		access: "dbus receive bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=NameOwnerChanged peer=unconfined",
		ours:   true,
		why:    "the bus daemon's signals go through AppArmor too: libsecret and KWallet's client follow the password manager's name to notice it going away",
	}}})
}
