// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"
)

type passwordManagerServiceSuite struct{}

var _ = check.Suite(&passwordManagerServiceSuite{})

func (s *passwordManagerServiceSuite) TestStaticInfo(c *check.C) {
	c2CheckStatic(c, "password-manager-service", "allows access to the user's password manager services", false, true, nil, c2NoAutoConnectLines)
}

func (s *passwordManagerServiceSuite) TestConnectedPlug(c *check.C) {
	repo := c2ConnectToSystem(c, "password-manager-service", "")
	// The host's password manager runs unconfined.
	c2CheckPolicy(c, repo, "consumer", c2PlugTag, []string{
		"path=/org/freedesktop/secrets{,/**}",
		"interface=org.freedesktop.Secret.{Service,Collection,Item,Session,Prompt}",
		"path=/modules/kwalletd{,5,6}",
		"interface=org.kde.KWallet",
		"peer=(label=unconfined),",
	}, []string{"###", "bus=system"})
	c2CheckAppArmorCompiles(c, c2AppArmor(c, repo, "consumer"))
}
