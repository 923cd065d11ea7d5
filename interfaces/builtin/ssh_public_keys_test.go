// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"
)

type sshPublicKeysSuite struct{}

var _ = check.Suite(&sshPublicKeysSuite{})

func (s *sshPublicKeysSuite) TestStaticInfo(c *check.C) {
	c2CheckStatic(c, "ssh-public-keys", "allows reading the user's SSH public keys", true, true, nil, c2NoAutoConnectLines)
}

func (s *sshPublicKeysSuite) TestConnectedPlug(c *check.C) {
	repo := c2ConnectToSystem(c, "ssh-public-keys", "")
	text := c2CheckPolicy(c, repo, "consumer", c2PlugTag, []string{"owner @{HOME}/.ssh/ r,", "owner @{HOME}/.ssh/*.pub r,"}, nil)
	c2CheckAppArmorCompiles(c, c2AppArmor(c, repo, "consumer"))
	c.Check(c2Grants(text, "/home/user/.ssh/id_rsa.pub", 'r', true), check.Equals, true)
	// Never the private halves, nor anything below ~/.ssh.
	for _, path := range []string{"/home/user/.ssh/id_rsa", "/home/user/.ssh/config", "/home/user/.ssh/keys/a.pub"} {
		c.Check(c2Grants(text, path, 'r', true), check.Equals, false, check.Commentf("%s", path))
	}
}
