// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"
)

type sshKeysSuite struct{}

var _ = check.Suite(&sshKeysSuite{})

func (s *sshKeysSuite) TestStaticInfo(c *check.C) {
	c2CheckStatic(c, "ssh-keys", "allows reading the user's SSH keys and client configuration", true, true, nil, c2NoAutoConnectLines)
}

func (s *sshKeysSuite) TestConnectedPlug(c *check.C) {
	repo := c2ConnectToSystem(c, "ssh-keys", "")
	text := c2CheckPolicy(c, repo, "consumer", c2PlugTag, []string{
		"/etc/ssh/ssh_config r,",
		"/etc/ssh/ssh_config.d/{,*} r,",
		"owner @{HOME}/.ssh/ r,",
		"owner @{HOME}/.ssh/** r,",
	}, nil)
	c2CheckAppArmorCompiles(c, c2AppArmor(c, repo, "consumer"))
	c.Check(c2Grants(text, "/home/user/.ssh/id_ed25519", 'r', true), check.Equals, true)
	// Read only, the user's own files only, and not the host's keys.
	c.Check(c2Grants(text, "/home/user/.ssh/known_hosts", 'w', true), check.Equals, false)
	c.Check(c2Grants(text, "/home/user/.ssh/id_ed25519", 'r', false), check.Equals, false)
	c.Check(c2Grants(text, "/etc/ssh/ssh_host_ed25519_key", 'r', false), check.Equals, false)
}
