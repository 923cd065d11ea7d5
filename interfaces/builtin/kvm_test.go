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
	c5CheckStaticInfo(c, "kvm", c5StaticInfo{
		summary:           "allows access to the kvm device",
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots:             c5SystemSlotOnly,
	})
}

func (s *kvmSuite) TestConnectedPlug(c *check.C) {
	aa, sc := newC5Connected(c, builtin.Core, c5ConsumerYaml("kvm"), "").plugSide(c)
	c5CheckRules(c, aa,
		"/dev/kvm rw,",
		"@{sys}/module/kvm{,_intel,_amd}/parameters/* r,")
	c5CheckNoRules(c, aa, "capability", "@{sys}/module/kvm{,_intel,_amd}/parameters/* rw")
	c.Check(sc, check.Equals, "")
	c5CheckExplained(c, aa)
	c5CheckAppArmorCompiles(c, aa)
}
