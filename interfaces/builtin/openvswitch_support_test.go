// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type openvswitchSupportSuite struct{}

var _ = check.Suite(&openvswitchSupportSuite{})

func (s *openvswitchSupportSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "openvswitch-support", staticInfo{
		summary:           "allows operating as the Open vSwitch service",
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

// Loading the openvswitch module is the daemon's job; the interface
// adds no policy at all.
func (s *openvswitchSupportSuite) TestNoPolicy(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		aa, sc := connectToSystem(c, sys, consumerYaml("openvswitch-support")).plugSide(c)
		c.Check(aa, check.Equals, "")
		c.Check(sc, check.Equals, "")
	}
	iface, err := builtin.ByName("openvswitch-support")
	c.Assert(err, check.IsNil)
	d, err := builtin.Describe(iface)
	c.Assert(err, check.IsNil)
	c.Check(d.AppArmor.Empty(), check.Equals, true)
	c.Check(d.SecComp.Empty(), check.Equals, true)
}
