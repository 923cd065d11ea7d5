// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type dockerSuite struct{}

var _ = check.Suite(&dockerSuite{})

func (s *dockerSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "docker", staticInfo{
		summary:           "allows access to the Docker socket",
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *dockerSuite) TestConnectedPlugToTheHost(c *check.C) {
	aa, sc := connectToSystem(c, builtin.Classic, consumerYaml("docker")).plugSide(c)
	checkRules(c, aa,
		"@{run}/docker.sock rw,",
		"unix (connect, send, receive) type=stream peer=(label=unconfined),",
		`unix (bind, listen, accept, send, receive) type=stream addr="@docker_cli_*",`,
		`unix (connect, send, receive) type=stream peer=(addr="@docker_cli_*"),`)
	checkRules(c, sc, "listen", "accept", "accept4", "socket AF_NETLINK - NETLINK_GENERIC")
	checkExplained(c, aa, sc)
}

func (s *dockerSuite) TestSnapServingTheSlot(c *check.C) {
	connectToProvider(c, builtin.Classic, consumerYaml("docker"), providerYaml(snap.TypeApp, "docker")).
		checkServed(c, "@{run}/docker.sock rw,")
}
