// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type kvmSuite struct{}

var _ = check.Suite(&kvmSuite{})

func (s *kvmSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "kvm", staticInfo{
		summary:           "allows access to the kvm device",
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *kvmSuite) TestConnectedPlug(c *check.C) {
	aa, sc := connectToSystem(c, builtin.Core, consumerYaml("kvm")).plugSide(c)
	checkRules(c, aa,
		"/dev/kvm rw,",
		"@{sys}/module/kvm{,_intel,_amd}/parameters/* r,")
	checkGrantsNone(c, aa, startingWith("capability", "@{sys}/module/kvm{,_intel,_amd}/parameters/* rw")...)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
}
