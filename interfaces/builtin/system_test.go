// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type systemSnapSuite struct{}

var _ = check.Suite(&systemSnapSuite{})

func (s *systemSnapSuite) TestSlotsAreTheImplicitInterfaces(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		info := builtin.SystemSnap(sys)
		c.Check(info.InstanceName(), check.Equals, builtin.SystemSnapName)
		c.Check(info.Type, check.Equals, snap.TypeSnapd)
		want := 0
		for _, iface := range builtin.Interfaces() {
			si := iface.StaticInfo()
			implicit := si.ImplicitOnClassic
			if sys == builtin.Core {
				implicit = si.ImplicitOnCore
			}
			slot, ok := info.Slots[iface.Name()]
			c.Check(ok, check.Equals, implicit, check.Commentf("%s on %s", iface.Name(), sys))
			if !ok {
				continue
			}
			want++
			c.Check(slot.Name, check.Equals, iface.Name())
			c.Check(slot.Interface, check.Equals, iface.Name())
			c.Check(slot.Snap, check.Equals, info)
			c.Check(slot.Apps, check.HasLen, 0)
			c.Check(slot.Hooks, check.HasLen, 0)
		}
		c.Check(info.Slots, check.HasLen, want)
		c.Check(want > 40, check.Equals, true, check.Commentf("%d implicit slots on %s", want, sys))
	}
}

func (s *systemSnapSuite) TestEachCallGivesItsOwnSnap(c *check.C) {
	one, two := builtin.SystemSnap(builtin.Classic), builtin.SystemSnap(builtin.Classic)
	one.Slots["network"].Attrs = map[string]interface{}{"changed": true}
	delete(one.Slots, "home")
	c.Check(two.Slots["network"].Attrs, check.IsNil)
	c.Check(two.Slots["home"], check.NotNil)
	c.Check(two.Slots["network"].Snap, check.Equals, two)
}
