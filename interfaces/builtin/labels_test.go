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

// TestEachConnectionGetsItsPeersLabel alternates connections of one
// interface whose peers differ, the system and an app: the catalogue
// keeps the last text it filled in, and must never give it to a
// connection with another peer.
func (s *labelsSuite) TestEachConnectionGetsItsPeersLabel(c *check.C) {
	consumer := func(name string) string {
		return "name: " + name + "\nversion: \"1\"\napps:\n  app:\n    command: bin/app\n    plugs: [plug]\nplugs:\n  plug:\n    interface: network-manager\n"
	}
	repo := newRepo(c, builtin.Classic, consumer("consumer"), consumer("other"))
	provider := addSnap(c, repo, providerYaml(snap.TypeApp, "network-manager"))
	connectPlug(c, repo, "consumer", "plug", provider.InstanceName(), "slot")
	connectPlug(c, repo, "other", "plug", builtin.SystemSnapName, "network-manager")
	cn := &connection{Repository: repo, provider: provider.InstanceName()}
	for round := 0; round < 3; round++ {
		aa, _ := cn.snippets(c, "snap.consumer.app")
		c.Check(aa, testutil.Contains, "peer=(label=snap.provider.service)")
		c.Check(aa, check.Not(testutil.Contains), "unconfined")
		aa, _ = cn.snippets(c, "snap.other.app")
		c.Check(aa, testutil.Contains, "peer=(label=unconfined)")
		c.Check(aa, check.Not(testutil.Contains), "snap.provider")
		aa, _ = cn.snippets(c, "snap.provider.service")
		c.Check(aa, testutil.Contains, "peer=(label=snap.consumer.app)")
		c.Check(aa, check.Not(testutil.Contains), "snap.other")
	}
}
