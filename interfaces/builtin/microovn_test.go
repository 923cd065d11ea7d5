// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type microovnSuite struct{}

var _ = check.Suite(&microovnSuite{})

func (s *microovnSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "microovn", staticInfo{
		summary: "allows access to the MicroOVN control socket",
		slots:   declSnapOwnedSlot,
	})
}

func (s *microovnSuite) TestConnectedPlugReachesTheSocketOnly(c *check.C) {
	provider := strings.Replace(providerYaml(snap.TypeApp, "microovn"), "name: provider", "name: microovn", 1)
	cc := connectToProvider(c, builtin.Classic, consumerYaml("microovn"), provider)
	aa, sc := cc.plugSide(c)
	checkRules(c, aa,
		"/var/snap/microovn/common/state/control.socket rw,",
		"unix (connect, send, receive) type=stream peer=(label=snap.microovn.service),")
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	// Only the app that plugs gets it.
	other, _ := cc.specs(c, "consumer")
	c.Check(other.SnippetForTag(otherPlugTag), check.Equals, "")
}
