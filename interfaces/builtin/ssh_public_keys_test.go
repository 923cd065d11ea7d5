// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type sshPublicKeysSuite struct{}

var _ = check.Suite(&sshPublicKeysSuite{})

func (s *sshPublicKeysSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "ssh-public-keys", staticInfo{
		summary:           "allows reading the user's SSH public keys",
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *sshPublicKeysSuite) TestConnectedPlug(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("ssh-public-keys", ""))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, []string{"owner @{HOME}/.ssh/ r,", "owner @{HOME}/.ssh/*.pub r,"}, nil)
	c.Check(grants(text, "/home/user/.ssh/id_rsa.pub", "r", true), check.Equals, true)
	// Never the private halves, nor anything below ~/.ssh.
	for _, path := range []string{"/home/user/.ssh/id_rsa", "/home/user/.ssh/config", "/home/user/.ssh/keys/a.pub"} {
		c.Check(grants(text, path, "r", true), check.Equals, false, check.Commentf("%s", path))
	}
}
