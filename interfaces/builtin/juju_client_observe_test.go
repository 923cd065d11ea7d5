// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type jujuClientObserveSuite struct{}

var _ = check.Suite(&jujuClientObserveSuite{})

func (s *jujuClientObserveSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "juju-client-observe", staticInfo{
		summary:           "allows read access to the juju client configuration",
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *jujuClientObserveSuite) TestConnectedPlugReadsOnly(c *check.C) {
	aa, sc := connectToSystem(c, builtin.Classic, consumerYaml("juju-client-observe")).plugSide(c)
	c.Check(lines(aa)[2:], check.DeepEquals, []string{
		"# JUJU_DATA at its default place, read-only and only the user's own.",
		"owner @{HOME}/.local/share/juju/ r,",
		"owner @{HOME}/.local/share/juju/** r,",
	})
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
}
