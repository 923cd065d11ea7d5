// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type sshKeysSuite struct{}

var _ = check.Suite(&sshKeysSuite{})

func (s *sshKeysSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "ssh-keys", staticInfo{
		summary:           "allows reading the user's SSH keys and client configuration",
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *sshKeysSuite) TestConnectedPlug(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("ssh-keys", ""))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"/etc/ssh/ssh_config r,",
		"/etc/ssh/ssh_config.d/{,*} r,",
		"owner @{HOME}/.ssh/ r,",
		"owner @{HOME}/.ssh/** r,",
	}, nil)
	c.Check(grants(text, "/home/user/.ssh/id_ed25519", "r", true), check.Equals, true)
	// Read only, the user's own files only, and not the host's keys.
	c.Check(grants(text, "/home/user/.ssh/known_hosts", "w", true), check.Equals, false)
	c.Check(grants(text, "/home/user/.ssh/id_ed25519", "r", false), check.Equals, false)
	c.Check(grants(text, "/etc/ssh/ssh_host_ed25519_key", "r", false), check.Equals, false)
}
