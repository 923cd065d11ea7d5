// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"sort"
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/snap"
)

func Test(t *testing.T) { check.TestingT(t) }

type registrySuite struct{}

var _ = check.Suite(&registrySuite{})

func (s *registrySuite) TestInterfacesSortedCopy(c *check.C) {
	all := builtin.Interfaces()
	c.Assert(len(all) > 0, check.Equals, true)
	c.Check(sort.SliceIsSorted(all, func(i, j int) bool { return all[i].Name() < all[j].Name() }), check.Equals, true)
	all[0] = nil
	c.Check(builtin.Interfaces()[0], check.NotNil)
}

func (s *registrySuite) TestByName(c *check.C) {
	iface, err := builtin.ByName("multipass-support")
	c.Assert(err, check.IsNil)
	c.Check(iface.Name(), check.Equals, "multipass-support")
	_, err = builtin.ByName("no-such-thing")
	c.Check(err, check.ErrorMatches, `unknown interface "no-such-thing"`)
}

func (s *registrySuite) TestBadRegistrations(c *check.C) {
	summary := interfaces.StaticInfo{Summary: "s"}
	for _, t := range []struct {
		iface interfaces.Interface
		msg   string
	}{
		{&ifacetest.TestInterface{InterfaceName: "Bad_Name", InterfaceStaticInfo: summary}, `cannot register interface: invalid interface name: "Bad_Name"`},
		{&ifacetest.TestInterface{InterfaceName: "no-summary"}, `cannot register interface "no-summary": no summary`},
		{&ifacetest.TestInterface{InterfaceName: "multipass-support", InterfaceStaticInfo: summary}, `cannot register interface "multipass-support": already registered`},
		{&ifacetest.TestInterface{InterfaceName: "brand-new", InterfaceStaticInfo: summary}, ``},
	} {
		c.Check(builtin.RegisterIfaceForTest(t.iface), check.Equals, t.msg)
	}
	_, err := builtin.ByName("brand-new")
	c.Check(err, check.NotNil)
}

func (s *registrySuite) TestSystemSnap(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		info := builtin.SystemSnap(sys)
		c.Check(info.InstanceName(), check.Equals, "snapd")
		c.Check(info.Type, check.Equals, snap.TypeSnapd)
		var want []string
		for _, iface := range builtin.Interfaces() {
			si := iface.StaticInfo()
			if (sys == builtin.Core && si.ImplicitOnCore) || (sys == builtin.Classic && si.ImplicitOnClassic) {
				want = append(want, iface.Name())
			}
		}
		var got []string
		for name, slot := range info.Slots {
			c.Check(slot.Interface, check.Equals, name)
			c.Check(slot.Snap, check.Equals, info)
			c.Check(slot.SecurityTags(), check.HasLen, 0)
			got = append(got, name)
		}
		sort.Strings(got)
		c.Check(got, check.DeepEquals, want, check.Commentf("%s", sys))
		c.Check(got, check.Not(check.HasLen), 0)
	}
	c.Check(builtin.Classic.String(), check.Equals, "classic")
	c.Check(builtin.Core.String(), check.Equals, "core")
}

func (s *registrySuite) TestNewRepositoryKnowsTheCatalogue(c *check.C) {
	repo := builtin.NewRepository()
	c.Check(repo.AllInterfaces(), check.HasLen, len(builtin.Interfaces()))
	dropped, err := repo.AddSnap(builtin.SystemSnap(builtin.Core))
	c.Assert(err, check.IsNil)
	c.Check(dropped, check.HasLen, 0)
}
