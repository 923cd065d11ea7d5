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
