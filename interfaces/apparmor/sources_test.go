// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/snap"
)

type sourcesSuite struct{}

var _ = check.Suite(&sourcesSuite{})

// An interface whose plug rules name a path the slot gives, and whose
// slot rules name the plug's: each connection adds its own.
func pathsIface() *ifacetest.TestInterface {
	return &ifacetest.TestInterface{
		InterfaceName: "paths",
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet("# Description: the slot's path.\n" + slot.StaticAttrs()["path"].(string) + " r,\n")
			return nil
		},
		AppArmorConnectedSlotCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet("# Description: the plug's snap.\n/var/snap/" + plug.Snap().InstanceName() + "/x r,\n")
			return nil
		},
	}
}

func (s *sourcesSuite) TestRuleSources(c *check.C) {
	repo := interfaces.NewRepository()
	c.Assert(repo.AddInterface(pathsIface()), check.IsNil)
	c.Assert(repo.AddInterface(&ifacetest.TestInterface{InterfaceName: "other"}), check.IsNil)
	for _, yaml := range []string{
		"name: consumer\nversion: \"1\"\napps:\n  app:\n    command: app\n    plugs: [one, two]\n  idle:\n    command: idle\nplugs:\n  one: paths\n  two: paths\n",
		"name: first\nversion: \"1\"\napps:\n  serve:\n    command: serve\nslots:\n  s:\n    interface: paths\n    path: /srv/first\n",
		"name: second\nversion: \"1\"\napps:\n  serve:\n    command: serve\nslots:\n  s:\n    interface: paths\n    path: /srv/second\n",
	} {
		info, err := snap.InfoFromSnapYaml([]byte(yaml))
		c.Assert(err, check.IsNil)
		_, err = repo.AddSnap(info)
		c.Assert(err, check.IsNil)
	}
	for _, ref := range []interfaces.ConnRef{
		{PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "one"}, SlotRef: interfaces.SlotRef{Snap: "first", Name: "s"}},
		{PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "two"}, SlotRef: interfaces.SlotRef{Snap: "second", Name: "s"}},
	} {
		_, err := repo.Connect(ref, nil, nil)
		c.Assert(err, check.IsNil)
	}
	got := apparmor.RuleSources(repo, "consumer", "snap.consumer.app", "paths", "  /srv/second r,")
	c.Assert(got, check.HasLen, 1)
	c.Check(got[0].Other, check.Equals, "slot second:s")
	c.Check(got[0].Conn.PlugRef.Name, check.Equals, "two")
	got = apparmor.RuleSources(repo, "first", "snap.first.serve", "paths", "/var/snap/consumer/x r,")
	c.Assert(got, check.HasLen, 1)
	c.Check(got[0].Other, check.Equals, "plug consumer:one")
	// Not a rule of the tag, of the interface, or of any connection.
	c.Check(apparmor.RuleSources(repo, "consumer", "snap.consumer.idle", "paths", "/srv/second r,"), check.HasLen, 0)
	c.Check(apparmor.RuleSources(repo, "consumer", "snap.consumer.app", "other", "/srv/second r,"), check.HasLen, 0)
	c.Check(apparmor.RuleSources(repo, "consumer", "snap.consumer.app", "paths", "/srv/third r,"), check.HasLen, 0)
	c.Check(apparmor.RuleSources(repo, "consumer", "snap.consumer.app", "paths", " "), check.HasLen, 0)
}
