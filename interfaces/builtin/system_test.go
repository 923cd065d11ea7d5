// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

type systemSnapSuite struct{}

var _ = check.Suite(&systemSnapSuite{})

func (s *systemSnapSuite) TestSlotsAreTheImplicitInterfaces(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		info := builtin.SystemSnap(sys)
		c.Check(info.InstanceName(), check.Equals, builtin.SystemSnapName)
		c.Check(info.Type, check.Equals, snap.TypeSnapd)
		c.Check(info.System, check.Equals, true)
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

// A snap that says "type: snapd" is not the host: connected to an
// app's dbus slot, its plug is named by its own label in the slot's
// rules, not as the unconfined host.
func (s *systemSnapSuite) TestOnlyTheDesignatedSystemIsUnconfined(c *check.C) {
	const service = "    bus: session\n    name: org.example.Service\n"
	fake := strings.Replace(consumerYaml("dbus", service), "version: \"1\"\n", "version: \"1\"\ntype: snapd\n", 1)
	cn := connectToProvider(c, builtin.Classic, fake, providerYaml(snap.TypeApp, "dbus", service))
	aa, _ := cn.slotSide(c)
	c.Check(aa, testutil.Contains, "dbus (send) bus=session peer=(label="+plugTag+"),")

	// The same snap designated as the system is the host.
	repo := builtin.NewRepository()
	info, err := snap.InfoFromSnapYaml([]byte(fake))
	c.Assert(err, check.IsNil)
	info.System = true
	_, err = repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	addSnap(c, repo, providerYaml(snap.TypeApp, "dbus", service))
	connectPlug(c, repo, "consumer", "plug", "provider", "slot")
	aa, _ = (&connection{Repository: repo, provider: "provider"}).slotSide(c)
	c.Check(aa, check.Not(testutil.Contains), "label="+plugTag)
	c.Check(aa, testutil.Contains, "dbus (send) bus=session peer=(label=unconfined),")
}

// The system's names are reserved: a user snap called "snapd" is
// refused as such, not as a second "snapd".
func (s *systemSnapSuite) TestReservedNames(c *check.C) {
	repo := newRepo(c, builtin.Classic)
	for _, name := range []string{"snapd", "core", "system"} {
		info, err := snap.InfoFromSnapYaml([]byte("name: " + name + "\nversion: \"1\"\n"))
		c.Assert(err, check.IsNil)
		_, err = repo.AddSnap(info)
		c.Check(err, check.ErrorMatches, `cannot add snap "`+name+`": reserved name: only the system snap may be called "`+name+`"`)
	}
	_, err := repo.AddSnap(builtin.SystemSnap(builtin.Core))
	c.Check(err, check.ErrorMatches, `cannot add snap "snapd" as the system snap: snap "snapd" is the system snap already`)
}
