// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor_test

import (
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/snap"
)

func Test(t *testing.T) { check.TestingT(t) }

type specSuite struct {
	plug      *interfaces.ConnectedPlug
	slot      *interfaces.ConnectedSlot
	otherPlug *interfaces.ConnectedPlug
}

var _ = check.Suite(&specSuite{})

func (s *specSuite) SetUpTest(c *check.C) {
	consumer, err := snap.InfoFromSnapYaml([]byte(`name: consumer
version: "1"
apps:
  tracer:
    command: tracer
    plugs: [tracing, observing]
  viewer:
    command: viewer
    plugs: [observing]
plugs:
  tracing: tracer
  observing: observer
`))
	c.Assert(err, check.IsNil)
	system, err := snap.InfoFromSnapYaml([]byte(`name: system
version: "1"
type: os
slots:
  tracer:
  observer:
`))
	c.Assert(err, check.IsNil)
	s.plug = interfaces.NewConnectedPlug(consumer.Plugs["tracing"], nil)
	s.otherPlug = interfaces.NewConnectedPlug(consumer.Plugs["observing"], nil)
	s.slot = interfaces.NewConnectedSlot(system.Slots["tracer"], nil)
}

func snippetIface(name, text string) *ifacetest.TestInterface {
	return &ifacetest.TestInterface{
		InterfaceName: name,
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet(text)
			return nil
		},
	}
}

func (s *specSuite) TestSnippetsSortedAndDeduplicated(c *check.C) {
	spec := &apparmor.Specification{}
	// Added out of order, and the same rule twice from two interfaces.
	c.Assert(spec.AddConnectedPlug(snippetIface("zeta", "/zeta r,\n/shared r,"), s.plug, s.slot), check.IsNil)
	c.Assert(spec.AddConnectedPlug(snippetIface("alpha", "/alpha r,"), s.plug, s.slot), check.IsNil)
	c.Assert(spec.AddConnectedPlug(snippetIface("alpha", "/alpha r,"), s.plug, s.slot), check.IsNil)
	c.Assert(spec.AddConnectedPlug(snippetIface("beta", "  /zeta r,\n/shared r,\n"), s.plug, s.slot), check.IsNil)

	c.Check(spec.SecurityTags(), check.DeepEquals, []string{"snap.consumer.tracer"})
	c.Check(spec.SnippetForTag("snap.consumer.tracer"), check.Equals, "/alpha r,\n\n/zeta r,\n/shared r,\n")
	snippets := spec.Snippets("snap.consumer.tracer")
	c.Assert(snippets, check.HasLen, 2)
	c.Check(snippets[0], check.Equals, interfaces.Snippet{Interface: "alpha", Text: "/alpha r,"})
	// The first interface to add a rule keeps it.
	c.Check(snippets[1].Interface, check.Equals, "zeta")
	// The rendered text is a copy: changing it changes nothing.
	snippets[0].Text = "changed"
	c.Check(spec.Snippets("snap.consumer.tracer")[0].Text, check.Equals, "/alpha r,")
}

func (s *specSuite) TestSnippetsGoToTheBoundTagsOnly(c *check.C) {
	spec := &apparmor.Specification{}
	c.Assert(spec.AddConnectedPlug(snippetIface("observer", "/proc/stat r,"), s.otherPlug, s.slot), check.IsNil)
	c.Assert(spec.AddConnectedPlug(snippetIface("tracer", "/sys/kernel/tracing/** r,"), s.plug, s.slot), check.IsNil)
	c.Check(spec.SecurityTags(), check.DeepEquals, []string{"snap.consumer.tracer", "snap.consumer.viewer"})
	c.Check(spec.SnippetForTag("snap.consumer.viewer"), check.Equals, "/proc/stat r,\n")
	c.Check(spec.SnippetForTag("snap.consumer.tracer"), check.Equals, "/proc/stat r,\n\n/sys/kernel/tracing/** r,\n")
}

func ptraceIface(name string, uses, suppresses bool) *ifacetest.TestInterface {
	return &ifacetest.TestInterface{
		InterfaceName: name,
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			if uses {
				spec.SetUsesPtraceTrace()
				spec.AddSnippet("ptrace (trace) peer=helper,")
			}
			if suppresses {
				spec.SetSuppressPtraceTrace()
			}
			return nil
		},
	}
}

func (s *specSuite) TestPtraceSuppressionAlone(c *check.C) {
	spec := &apparmor.Specification{}
	c.Assert(spec.AddConnectedPlug(ptraceIface("observer", false, true), s.otherPlug, s.slot), check.IsNil)
	for _, tag := range []string{"snap.consumer.tracer", "snap.consumer.viewer"} {
		c.Check(spec.DeniesPtraceTrace(tag), check.Equals, true)
		c.Check(spec.SnippetForTag(tag), check.Equals, "deny ptrace (trace),\n")
	}
	c.Check(spec.SecurityTags(), check.DeepEquals, []string{"snap.consumer.tracer", "snap.consumer.viewer"})
}

func (s *specSuite) TestPtraceUseWinsOverSuppressionInEitherOrder(c *check.C) {
	for _, usesFirst := range []bool{true, false} {
		spec := &apparmor.Specification{}
		add := []func() error{
			func() error { return spec.AddConnectedPlug(ptraceIface("tracer", true, false), s.plug, s.slot) },
			func() error { return spec.AddConnectedPlug(ptraceIface("observer", false, true), s.otherPlug, s.slot) },
		}
		if !usesFirst {
			add[0], add[1] = add[1], add[0]
		}
		for _, f := range add {
			c.Assert(f(), check.IsNil)
		}
		// tracer uses trace: no denial there. viewer only suppresses it.
		c.Check(spec.UsesPtraceTrace("snap.consumer.tracer"), check.Equals, true)
		c.Check(spec.DeniesPtraceTrace("snap.consumer.tracer"), check.Equals, false)
		c.Check(spec.SnippetForTag("snap.consumer.tracer"), check.Not(check.Matches), `(?s).*deny ptrace.*`)
		c.Check(spec.DeniesPtraceTrace("snap.consumer.viewer"), check.Equals, true)
		c.Check(spec.SnippetForTag("snap.consumer.viewer"), check.Equals, "deny ptrace (trace),\n")
	}
}

func (s *specSuite) TestHookErrorNamesInterface(c *check.C) {
	spec := &apparmor.Specification{}
	iface := &ifacetest.TestInterface{
		InterfaceName: "broken",
		AppArmorPermanentSlotCallback: func(*apparmor.Specification, *snap.SlotInfo) error {
			return errMissing
		},
	}
	err := spec.AddPermanentSlot(iface, s.slot.SlotInfo())
	c.Check(err, check.ErrorMatches, `cannot add AppArmor policy of interface "broken": missing`)
}

func (s *specSuite) TestInterfacesWithoutHooksAddNothing(c *check.C) {
	spec := &apparmor.Specification{}
	var iface interfaces.Interface = &plainIface{}
	c.Check(spec.AddConnectedPlug(iface, s.plug, s.slot), check.IsNil)
	c.Check(spec.AddConnectedSlot(iface, s.plug, s.slot), check.IsNil)
	c.Check(spec.AddPermanentPlug(iface, s.plug.PlugInfo()), check.IsNil)
	c.Check(spec.AddPermanentSlot(iface, s.slot.SlotInfo()), check.IsNil)
	c.Check(spec.SecurityTags(), check.HasLen, 0)
}

type plainIface struct{}

func (plainIface) Name() string                                    { return "plain" }
func (plainIface) StaticInfo() interfaces.StaticInfo               { return interfaces.StaticInfo{} }
func (plainIface) AutoConnect(*snap.PlugInfo, *snap.SlotInfo) bool { return true }

type errorString string

func (e errorString) Error() string { return string(e) }

const errMissing = errorString("missing")

func (s *specSuite) TestFeatureSnippetsGoToHostsThatSupportThem(c *check.C) {
	gated := func(name string, feature apparmor.Feature, text string) *ifacetest.TestInterface {
		return &ifacetest.TestInterface{
			InterfaceName: name,
			AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
				spec.AddFeatureSnippet(feature, text)
				return nil
			},
		}
	}
	spec := &apparmor.Specification{}
	// viewer has only a rule that needs a feature; tracer has both
	// kinds, and the same gated rule from two interfaces, kept once
	// (under the first), as any rule is.
	c.Assert(spec.AddConnectedPlug(snippetIface("beta", "/beta r,"), s.plug, s.slot), check.IsNil)
	c.Assert(spec.AddConnectedPlug(gated("beta", apparmor.FeatureUserNS, "userns,"), s.plug, s.slot), check.IsNil)
	c.Assert(spec.AddConnectedPlug(gated("alpha", apparmor.FeatureUserNS, "userns,"), s.plug, s.slot), check.IsNil)
	c.Assert(spec.AddConnectedPlug(gated("alpha", apparmor.FeatureUserNS, "userns,"), s.plug, s.slot), check.IsNil)
	c.Assert(spec.AddConnectedPlug(gated("alpha", apparmor.FeatureMqueue, "mqueue,"), s.otherPlug, s.slot), check.IsNil)

	c.Check(spec.SecurityTags(), check.DeepEquals, []string{"snap.consumer.tracer", "snap.consumer.viewer"})
	// What every host gets.
	c.Check(spec.SnippetForTag("snap.consumer.tracer"), check.Equals, "/beta r,\n")
	c.Check(spec.SnippetForTag("snap.consumer.viewer"), check.Equals, "")
	for _, t := range []struct {
		host   apparmor.Host
		tracer []interfaces.Snippet
		viewer []interfaces.Snippet
	}{
		{apparmor.Host{}, []interfaces.Snippet{{Interface: "beta", Text: "/beta r,"}}, nil},
		{apparmor.Host{Features: apparmor.FeaturesOf(apparmor.ABI40)},
			[]interfaces.Snippet{{Interface: "alpha", Text: "mqueue,"}, {Interface: "beta", Text: "/beta r,"}, {Interface: "beta", Text: "userns,"}},
			[]interfaces.Snippet{{Interface: "alpha", Text: "mqueue,"}}},
	} {
		c.Check(spec.SnippetsOn("snap.consumer.tracer", t.host), check.DeepEquals, t.tracer, check.Commentf("%s", t.host.ABI()))
		c.Check(spec.SnippetsOn("snap.consumer.viewer", t.host), check.DeepEquals, t.viewer, check.Commentf("%s", t.host.ABI()))
	}
}
