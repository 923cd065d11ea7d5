// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

// Peer labels that name several apps are brace alternations, which
// apparmor_parser splits at the comma inside unix and dbus rules unless
// they are quoted.
type labelsSuite struct{}

var _ = check.Suite(&labelsSuite{})

const twoOfThreeAppsYaml = `name: consumer
version: "1"
apps:
  app:
    command: bin/app
    plugs: [plug]
  other:
    command: bin/other
    plugs: [plug]
  quiet:
    command: bin/quiet
plugs:
  plug:
    interface: cups-control
`

func (s *labelsSuite) TestAlternationIsQuotedAndCompiles(c *check.C) {
	cc := connectToProvider(c, builtin.Classic, twoOfThreeAppsYaml, providerYaml(snap.TypeApp, "cups-control"))
	aa, _ := cc.snippets(c, slotTag)
	c.Check(aa, testutil.Contains, `peer=(label="snap.consumer.{app,other}")`)
	cc.checkCompiles(c, "provider")
	cc.checkCompiles(c, "consumer")
}
