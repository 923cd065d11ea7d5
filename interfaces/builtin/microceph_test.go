// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type microcephSuite struct{}

var _ = check.Suite(&microcephSuite{})

func (s *microcephSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "microceph", staticInfo{
		summary: "allows access to the MicroCeph control socket",
		slots:   declSnapOwnedSlot,
	})
}

func (s *microcephSuite) TestConnectedPlugReachesTheSocketOnly(c *check.C) {
	provider := strings.Replace(providerYaml(snap.TypeApp, "microceph"), "name: provider", "name: microceph", 1)
	cc := connectToProvider(c, builtin.Classic, consumerYaml("microceph"), provider)
	aa, sc := cc.plugSide(c)
	checkRules(c, aa,
		"/var/snap/microceph/common/state/control.socket rw,",
		"unix (connect, send, receive) type=stream peer=(label=snap.microceph.service),")
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	// Only the app that plugs gets it.
	other, _ := cc.specs(c, "consumer")
	c.Check(other.SnippetForTag(otherPlugTag), check.Equals, "")
}
