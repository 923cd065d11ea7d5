// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package seccomp_test

import (
	"errors"
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

func Test(t *testing.T) { check.TestingT(t) }

type specSuite struct {
	plug *interfaces.ConnectedPlug
	slot *interfaces.ConnectedSlot
}

var _ = check.Suite(&specSuite{})

func (s *specSuite) SetUpTest(c *check.C) {
	consumer, err := snap.InfoFromSnapYaml([]byte(`name: consumer
version: "1"
apps:
  app:
    command: app
    plugs: [p]
  other:
    command: other
hooks:
  install:
    plugs: [p]
plugs:
  p: test
slots:
  s: test
`))
	c.Assert(err, check.IsNil)
	s.plug = interfaces.NewConnectedPlug(consumer.Plugs["p"], nil)
	s.slot = interfaces.NewConnectedSlot(consumer.Slots["s"], nil)
}

func (s *specSuite) TestHooksAddToTheirTags(c *check.C) {
	spec := &seccomp.Specification{}
	iface := &ifacetest.TestInterface{
		InterfaceName: "test",
		SecCompConnectedPlugCallback: func(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet("chown\nfchown")
			return nil
		},
		SecCompConnectedSlotCallback: func(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet("bind")
			return nil
		},
		SecCompPermanentPlugCallback: func(spec *seccomp.Specification, plug *snap.PlugInfo) error {
			spec.AddSnippet("chown\nfchown")
			return nil
		},
		SecCompPermanentSlotCallback: func(spec *seccomp.Specification, slot *snap.SlotInfo) error {
			spec.AddSnippet("listen")
			return nil
		},
	}
	c.Assert(spec.AddConnectedPlug(iface, s.plug, s.slot), check.IsNil)
	c.Assert(spec.AddPermanentPlug(iface, s.plug.PlugInfo()), check.IsNil)
	c.Assert(spec.AddConnectedSlot(iface, s.plug, s.slot), check.IsNil)
	c.Assert(spec.AddPermanentSlot(iface, s.slot.SlotInfo()), check.IsNil)

	c.Check(spec.SecurityTags(), check.DeepEquals, []string{"snap.consumer.app", "snap.consumer.hook.install", "snap.consumer.other"})
	// The same rule from two hooks of one interface appears once.
	c.Check(spec.SnippetForTag("snap.consumer.hook.install"), check.Equals, "bind\n\nchown\nfchown\n\nlisten\n")
	c.Check(spec.SnippetForTag("snap.consumer.other"), check.Equals, "bind\n\nlisten\n")
	c.Check(spec.Snippets("snap.consumer.app"), check.HasLen, 3)
}

func (s *specSuite) TestHookErrorNamesInterface(c *check.C) {
	spec := &seccomp.Specification{}
	iface := &ifacetest.TestInterface{
		InterfaceName: "broken",
		SecCompConnectedSlotCallback: func(*seccomp.Specification, *interfaces.ConnectedPlug, *interfaces.ConnectedSlot) error {
			return errors.New("bad attribute")
		},
	}
	c.Check(spec.AddConnectedSlot(iface, s.plug, s.slot), check.ErrorMatches, `cannot add seccomp policy of interface "broken": bad attribute`)
}
