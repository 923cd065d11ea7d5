// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

type autoConnectSuite struct {
	repo *interfaces.Repository
	veto bool
}

var _ = check.Suite(&autoConnectSuite{})

func (s *autoConnectSuite) SetUpTest(c *check.C) {
	s.veto = false
	s.repo = interfaces.NewRepository()
	for _, name := range []string{"x", "z"} {
		c.Assert(s.repo.AddInterface(&ifacetest.TestInterface{InterfaceName: name,
			AutoConnectCallback: func(*snap.PlugInfo, *snap.SlotInfo) bool { return !s.veto }}), check.IsNil)
	}
	system := newSnap("snapd", snap.TypeSnapd)
	system.System = true
	addSlot(system, "x", "x", nil)
	addSlot(system, "z", "z", nil)
	s.add(c, system)
}

func (s *autoConnectSuite) add(c *check.C, info *snap.Info) {
	dropped, err := s.repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
}

// consumer adds an app snap plugging x (and, as a second plug, y).
func (s *autoConnectSuite) consumer(c *check.C) {
	info := newSnap("consumer", snap.TypeApp)
	addPlug(info, "px", "x", nil)
	addPlug(info, "pz", "z", nil)
	addSlot(info, "own", "x", nil)
	s.add(c, info)
}

func (s *autoConnectSuite) provider(c *check.C, name string) {
	info := newSnap(name, snap.TypeApp)
	addSlot(info, "sx", "x", nil)
	s.add(c, info)
}

func conn(plugSnap, plug, slotSnap, slot string) interfaces.ConnRef {
	return interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: plugSnap, Name: plug}, SlotRef: interfaces.SlotRef{Snap: slotSnap, Name: slot}}
}

func (s *autoConnectSuite) TestConnectsWhatPolicyAllows(c *check.C) {
	s.consumer(c)
	s.provider(c, "provider")
	base := mustParse(c, "slots:\n  x:\n    allow-auto-connection:\n      slot-snap-type: [core]\n  z:\n    deny-auto-connection: true\n", "base.yaml")
	connected, report, err := policy.AutoConnect(s.repo, base, nil, policy.System{}, "consumer")
	c.Assert(err, check.IsNil)
	c.Check(connected, check.DeepEquals, []interfaces.ConnRef{conn("consumer", "px", "snapd", "x")})
	c.Check(s.repo.Connections(), check.DeepEquals, connected)
	c.Assert(report, check.HasLen, 2)
	c.Check(report[0].Plug, check.Equals, interfaces.PlugRef{Snap: "consumer", Name: "px"})
	c.Check(report[0].Interface, check.Equals, "x")
	c.Check(report[0].Reason, check.Equals, "auto-connects to snapd:x")
	// The snap's own slot is no candidate.
	c.Assert(report[0].Candidates, check.HasLen, 2)
	c.Check(report[0].Candidates[0].Slot, check.Equals, interfaces.SlotRef{Snap: "provider", Name: "sx"})
	c.Check(report[0].Candidates[0].Auto.Allowed, check.Equals, false)
	c.Check(report[0].Candidates[0].Manual, check.IsNil)
	c.Check(report[0].Candidates[1].Auto.Allowed, check.Equals, true)
	c.Check(report[1].Reason, check.Equals, "no candidate slot allows auto-connection")
	c.Check(report[1].Connected, check.HasLen, 0)

	// Connected plugs are left alone the next time.
	connected, report, err = policy.AutoConnect(s.repo, base, nil, policy.System{}, "consumer")
	c.Assert(err, check.IsNil)
	c.Check(connected, check.HasLen, 0)
	c.Check(report[0].Reason, check.Equals, "already connected to 1 slot(s), left alone")
}

func (s *autoConnectSuite) TestAmbiguity(c *check.C) {
	s.consumer(c)
	s.provider(c, "provider")
	base := mustParse(c, "slots:\n  x: true\n  z: false\n", "base.yaml")
	connected, report, err := policy.AutoConnect(s.repo, base, nil, policy.System{}, "consumer")
	c.Assert(err, check.IsNil)
	c.Check(connected, check.HasLen, 0)
	c.Check(report[0].Ambiguous, check.Equals, true)
	c.Check(report[0].Reason, check.Equals, "ambiguous: 2 slots allow auto-connection (provider:sx, snapd:x) but slots-per-plug is 1, so none is chosen")
	c.Check(s.repo.Connections(), check.HasLen, 0)
}

// A snap that says it is of type snapd, but that is not the system
// snap, does not stand in for the system's slot: its slot may not be
// installed, so it is no auto-connection candidate, and the plug is not
// left ambiguous between it and the system.
func (s *autoConnectSuite) TestImpersonatedSystemIsNoCandidate(c *check.C) {
	s.consumer(c)
	fake := newSnap("fake-snapd", snap.TypeSnapd)
	addSlot(fake, "x", "x", nil)
	s.add(c, fake)
	base := mustParse(c, "slots:\n  x:\n    allow-installation:\n      slot-snap-type: [core]\n  z: false\n", "base.yaml")
	connected, report, err := policy.AutoConnect(s.repo, base, nil, policy.System{}, "consumer")
	c.Assert(err, check.IsNil)
	c.Check(connected, check.DeepEquals, []interfaces.ConnRef{conn("consumer", "px", "snapd", "x")})
	c.Check(report[0].Ambiguous, check.Equals, false)
	c.Assert(report[0].Candidates, check.HasLen, 2)
	fakeEval := report[0].Candidates[0]
	c.Check(fakeEval.Slot, check.Equals, interfaces.SlotRef{Snap: "fake-snapd", Name: "x"})
	c.Check(fakeEval.Auto.Allowed, check.Equals, false)
	c.Check(fakeEval.Auto.String(), check.Equals, `installation of slot fake-snapd:x not allowed by slot rule of interface "x" in the base declaration`)
	c.Check(fakeEval.Auto.Explain(), testutil.Contains, `    slot-snap-type: slot snap "fake-snapd" has type snapd but is not the system snap, want one of [core]`)

	// Designated by name through policy.System, it is the system: now
	// two system-like slots make the choice ambiguous.
	c.Assert(s.repo.Disconnect(conn("consumer", "px", "snapd", "x")), check.IsNil)
	_, report, err = policy.AutoConnect(s.repo, base, nil, policy.System{SystemSnap: "fake-snapd"}, "consumer")
	c.Assert(err, check.IsNil)
	c.Check(report[0].Candidates[0].Auto.Allowed, check.Equals, true)
	c.Check(report[0].Ambiguous, check.Equals, true)
}

// A plug whose own installation policy denies auto-connects to nothing,
// however the connection rules read.
func (s *autoConnectSuite) TestPlugThatMayNotBeInstalledConnectsNothing(c *check.C) {
	s.consumer(c)
	base := mustParse(c, "plugs:\n  x:\n    allow-installation:\n      plug-attributes:\n        a: $MISSING\nslots:\n  x: true\n  z: true\n", "base.yaml")
	consumer := s.repo.Snap("consumer")
	consumer.Plugs["px"].Attrs = attrs{"a": "b"}
	connected, report, err := policy.AutoConnect(s.repo, base, nil, policy.System{}, "consumer")
	c.Assert(err, check.IsNil)
	c.Check(connected, check.DeepEquals, []interfaces.ConnRef{conn("consumer", "pz", "snapd", "z")})
	c.Check(report[0].Connected, check.HasLen, 0)
	c.Check(report[0].Reason, check.Equals, `the plug's installation is not allowed, so it auto-connects to nothing`)
	c.Assert(report[0].Installation, check.NotNil)
	c.Check(report[0].Installation.String(), check.Equals, `installation of plug consumer:px not allowed by plug rule of interface "x" in the base declaration`)
	c.Assert(report[0].Candidates, check.HasLen, 1)
	c.Check(report[0].Candidates[0].Auto.Kind, check.Equals, policy.Installation)
	c.Check(report[0].Candidates[0].Auto.Explain(), testutil.Contains, `    plug-attributes: plug attribute "a" is "b", want it missing`)

	// A snap declaration that allows it lets it auto-connect.
	decl := mustParse(c, "snap-name: consumer\nplugs:\n  x:\n    allow-installation: true\n", "consumer.yaml")
	connected, _, err = policy.AutoConnect(s.repo, base, map[string]*policy.Declaration{"consumer": decl}, policy.System{}, "consumer")
	c.Assert(err, check.IsNil)
	c.Check(connected, check.DeepEquals, []interfaces.ConnRef{conn("consumer", "px", "snapd", "x")})
}

func (s *autoConnectSuite) TestSlotsPerPlugAny(c *check.C) {
	s.consumer(c)
	s.provider(c, "provider")
	base := mustParse(c, "slots:\n  x:\n    allow-auto-connection:\n      slots-per-plug: \"*\"\n", "base.yaml")
	connected, _, err := policy.AutoConnect(s.repo, base, nil, policy.System{}, "consumer")
	c.Assert(err, check.IsNil)
	c.Check(connected, check.DeepEquals, []interfaces.ConnRef{
		conn("consumer", "px", "provider", "sx"),
		conn("consumer", "px", "snapd", "x"),
		conn("consumer", "pz", "snapd", "z"),
	})
}

func (s *autoConnectSuite) TestPlugsPerSlot(c *check.C) {
	s.provider(c, "provider")
	base := mustParse(c, "slots:\n  x:\n    allow-auto-connection:\n      slot-snap-type: [app]\n      plugs-per-slot: 1\n", "base.yaml")
	first := newSnap("first", snap.TypeApp)
	addPlug(first, "px", "x", nil)
	s.add(c, first)
	connected, _, err := policy.AutoConnect(s.repo, base, nil, policy.System{}, "first")
	c.Assert(err, check.IsNil)
	c.Check(connected, check.DeepEquals, []interfaces.ConnRef{conn("first", "px", "provider", "sx")})

	second := newSnap("second", snap.TypeApp)
	addPlug(second, "px", "x", nil)
	s.add(c, second)
	connected, report, err := policy.AutoConnect(s.repo, base, nil, policy.System{}, "second")
	c.Assert(err, check.IsNil)
	c.Check(connected, check.HasLen, 0)
	c.Check(report[0].Candidates[0].Full, check.Equals, true)
	c.Check(report[0].Reason, check.Equals, "no candidate slot allows auto-connection")
}

func (s *autoConnectSuite) TestInterfaceVetoAndSnapDeclarations(c *check.C) {
	s.consumer(c)
	base := mustParse(c, "slots:\n  x: true\n  z:\n    deny-auto-connection: true\n", "base.yaml")
	s.veto = true
	connected, report, err := policy.AutoConnect(s.repo, base, nil, policy.System{}, "consumer")
	c.Assert(err, check.IsNil)
	c.Check(connected, check.HasLen, 0)
	c.Check(report[0].Candidates[0].Auto.Vetoed, check.Equals, true)

	// The plug snap's declaration overrides the base declaration.
	s.veto = false
	decls := map[string]*policy.Declaration{
		"consumer": mustParse(c, "snap-name: consumer\nplugs:\n  z:\n    allow-auto-connection: true\n", "consumer.yaml"),
	}
	connected, _, err = policy.AutoConnect(s.repo, base, decls, policy.System{}, "consumer")
	c.Assert(err, check.IsNil)
	c.Check(connected, check.DeepEquals, []interfaces.ConnRef{
		conn("consumer", "px", "snapd", "x"),
		conn("consumer", "pz", "snapd", "z"),
	})
}

func (s *autoConnectSuite) TestNoSlot(c *check.C) {
	info := newSnap("lonely", snap.TypeApp)
	addPlug(info, "p", "x", nil)
	addSlot(info, "s", "x", nil)
	s.repo = interfaces.NewRepository()
	c.Assert(s.repo.AddInterface(&ifacetest.TestInterface{InterfaceName: "x"}), check.IsNil)
	s.add(c, info)
	_, report, err := policy.AutoConnect(s.repo, nil, nil, policy.System{}, "lonely")
	c.Assert(err, check.IsNil)
	c.Check(report[0].Reason, check.Equals, `no slot of interface "x" on another snap`)
	c.Check(report[0].Candidates, check.HasLen, 0)

	_, _, err = policy.AutoConnect(s.repo, nil, nil, policy.System{}, "nope")
	c.Check(err, check.ErrorMatches, `cannot auto-connect snap "nope": no such snap`)
}

func (s *autoConnectSuite) TestEvaluatePlug(c *check.C) {
	s.consumer(c)
	base := mustParse(c, "slots:\n  x:\n    deny-auto-connection: true\n  z: false\n", "base.yaml")
	res, err := policy.EvaluatePlug(s.repo, base, nil, policy.System{}, interfaces.PlugRef{Snap: "consumer", Name: "px"})
	c.Assert(err, check.IsNil)
	c.Assert(res.Candidates, check.HasLen, 1)
	c.Check(res.Candidates[0].Auto.Allowed, check.Equals, false)
	c.Assert(res.Candidates[0].Manual, check.NotNil)
	c.Check(res.Candidates[0].Manual.Allowed, check.Equals, true)
	c.Check(s.repo.Connections(), check.HasLen, 0)

	_, err = policy.EvaluatePlug(s.repo, base, nil, policy.System{}, interfaces.PlugRef{Snap: "consumer", Name: "nope"})
	c.Check(err, check.ErrorMatches, `cannot evaluate plug consumer:nope: no such plug`)
}

// TestConnectionTo has a row for each way a plug may connect to the
// system's slot, and one for a slot that is no candidate.
func (s *autoConnectSuite) TestConnectionTo(c *check.C) {
	s.consumer(c)
	system := interfaces.SlotRef{Snap: "snapd", Name: "x"}
	for _, t := range []struct {
		base, how, reason string
	}{
		{"slots:\n  x:\n    allow-auto-connection: true\n", policy.ConnectAuto, "^auto-connection .* allowed by slot rule .*"},
		{"slots:\n  x:\n    deny-auto-connection: true\n", policy.ConnectManual, "^auto-connection .* denied by slot rule .*"},
		{"slots:\n  x:\n    deny-connection: true\n    deny-auto-connection: true\n", policy.ConnectDeclaration, "^connection .* denied by slot rule .*"},
		{"plugs:\n  x:\n    deny-installation: true\n", policy.ConnectDeclaration, "^installation of plug consumer:px denied by plug rule .*"},
	} {
		base := mustParse(c, t.base, "base.yaml")
		res, err := policy.EvaluatePlug(s.repo, base, nil, policy.System{}, interfaces.PlugRef{Snap: "consumer", Name: "px"})
		c.Assert(err, check.IsNil)
		how, reason, ok := res.ConnectionTo(system)
		c.Check(ok, check.Equals, true, check.Commentf("%s", t.base))
		c.Check(how, check.Equals, t.how, check.Commentf("%s", t.base))
		c.Check(reason, check.Matches, t.reason, check.Commentf("%s", t.base))
		_, _, ok = res.ConnectionTo(interfaces.SlotRef{Snap: "consumer", Name: "own"})
		c.Check(ok, check.Equals, false)
	}
}

func (s *autoConnectSuite) TestCheckManualConnection(c *check.C) {
	s.consumer(c)
	base := mustParse(c, "slots:\n  x:\n    deny-auto-connection: true\n  z: false\n", "base.yaml")
	d, err := policy.CheckManualConnection(s.repo, base, nil, policy.System{}, conn("consumer", "px", "snapd", "x"))
	c.Assert(err, check.IsNil)
	c.Check(d.Allowed, check.Equals, true)
	d, err = policy.CheckManualConnection(s.repo, base, nil, policy.System{}, conn("consumer", "pz", "snapd", "z"))
	c.Assert(err, check.IsNil)
	c.Check(d.Err(), check.ErrorMatches, `connection of plug consumer:pz to slot snapd:z denied by slot rule of interface "z" in the base declaration`)

	for _, t := range []struct {
		ref interfaces.ConnRef
		err string
	}{
		{conn("consumer", "nope", "snapd", "x"), `cannot check connection consumer:nope snapd:x: no plug "nope" on snap "consumer"`},
		{conn("consumer", "px", "snapd", "nope"), `cannot check connection consumer:px snapd:nope: no slot "nope" on snap "snapd"`},
	} {
		_, err := policy.CheckManualConnection(s.repo, base, nil, policy.System{}, t.ref)
		c.Check(err, check.ErrorMatches, t.err)
	}
}
