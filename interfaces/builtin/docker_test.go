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
	c5CheckStaticInfo(c, "docker", c5StaticInfo{
		summary:           "allows access to the Docker socket",
		implicitOnClassic: true,
		slots:             c5SystemSlotOnly,
	})
}

func (s *dockerSuite) TestConnectedPlugToTheHost(c *check.C) {
	aa, sc := newC5Connected(c, builtin.Classic, c5ConsumerYaml("docker"), "").plugSide(c)
	c5CheckRules(c, aa,
		"@{run}/docker.sock rw,",
		"unix (connect, send, receive) type=stream peer=(label=unconfined),",
		`unix (bind, listen, accept, send, receive) type=stream addr="@docker_cli_*",`,
		`unix (connect, send, receive) type=stream peer=(addr="@docker_cli_*"),`)
	c5CheckRules(c, sc, "listen", "accept", "accept4")
	c5CheckExplained(c, aa, sc)
	c5CheckAppArmorCompiles(c, aa)
	c5CheckSecCompParses(c, sc)
}

func (s *dockerSuite) TestSnapServingTheSlot(c *check.C) {
	newC5Connected(c, builtin.Classic, c5ConsumerYaml("docker"), c5ProviderYaml(snap.TypeApp, "docker")).
		checkServed(c, "@{run}/docker.sock rw,")
}
