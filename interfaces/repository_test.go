// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces_test

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

type repoSuite struct {
	repo  *interfaces.Repository
	iface *ifacetest.TestInterface
	other *ifacetest.TestInterface
}

var _ = check.Suite(&repoSuite{})

const consumerYaml = `name: consumer
version: "1"
apps:
  app:
    command: app
    plugs: [plug, other-plug]
  quiet:
    command: quiet
hooks:
  configure:
    plugs: [plug]
plugs:
  plug: test
  other-plug: other
  unknown-plug: nope
`

const producerYaml = `name: producer
version: "1"
apps:
  daemon:
    command: daemon
slots:
  slot: test
  other-slot: other
`

func (s *repoSuite) SetUpTest(c *check.C) {
	s.repo = interfaces.NewRepository()
	s.iface = &ifacetest.TestInterface{
		InterfaceName: "test",
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet("# connected plug of " + slot.Snap().InstanceName())
			return nil
		},
		AppArmorConnectedSlotCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet("# connected slot for " + plug.LabelExpression())
			return nil
		},
		AppArmorPermanentPlugCallback: func(spec *apparmor.Specification, plug *snap.PlugInfo) error {
			spec.AddSnippet("# permanent plug")
			return nil
		},
		AppArmorPermanentSlotCallback: func(spec *apparmor.Specification, slot *snap.SlotInfo) error {
			spec.AddSnippet("# permanent slot")
			return nil
		},
		SecCompConnectedPlugCallback: func(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet("getpid")
			return nil
		},
	}
	s.other = &ifacetest.TestInterface{InterfaceName: "other"}
	c.Assert(s.repo.AddInterface(s.iface), check.IsNil)
	c.Assert(s.repo.AddInterface(s.other), check.IsNil)
}

func (s *repoSuite) addSnaps(c *check.C) {
	dropped, err := s.repo.AddSnap(mustSnap(c, consumerYaml))
	c.Assert(err, check.IsNil)
	c.Check(dropped, check.DeepEquals, []interfaces.Dropped{{
		Snap: "consumer", Name: "unknown-plug", Interface: "nope", Side: "plug", Reason: `unknown interface "nope"`,
	}})
	dropped, err = s.repo.AddSnap(mustSnap(c, producerYaml))
	c.Assert(err, check.IsNil)
	c.Check(dropped, check.HasLen, 0)
}

var testConn = interfaces.ConnRef{
	PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "plug"},
	SlotRef: interfaces.SlotRef{Snap: "producer", Name: "slot"},
}

func (s *repoSuite) TestAddInterfaceErrors(c *check.C) {
	c.Check(s.repo.AddInterface(&ifacetest.TestInterface{InterfaceName: "test"}), check.ErrorMatches, `cannot add interface "test": already added`)
	c.Check(s.repo.AddInterface(&ifacetest.TestInterface{InterfaceName: "Bad"}), check.ErrorMatches, `cannot add interface: invalid interface name: "Bad"`)
	c.Check(s.repo.Interface("test"), check.Equals, s.iface)
	c.Check(s.repo.Interface("nope"), check.IsNil)
	all := s.repo.AllInterfaces()
	c.Assert(all, check.HasLen, 2)
	c.Check(all[0].Name(), check.Equals, "other")
	c.Check(all[1].Name(), check.Equals, "test")
}

func (s *repoSuite) TestAddInterfaces(c *check.C) {
	fresh := interfaces.NewRepository()
	c.Assert(fresh.AddInterfaces(&ifacetest.TestInterface{InterfaceName: "b"}, &ifacetest.TestInterface{InterfaceName: "a"}), check.IsNil)
	c.Assert(fresh.AddInterfaces(&ifacetest.TestInterface{InterfaceName: "c"}), check.IsNil)
	names := func(repo *interfaces.Repository) []string {
		var out []string
		for _, iface := range repo.AllInterfaces() {
			out = append(out, iface.Name())
		}
		return out
	}
	c.Check(names(fresh), check.DeepEquals, []string{"a", "b", "c"})

	// All or nothing.
	for _, t := range []struct {
		names []string
		err   string
	}{
		{[]string{"new", "test"}, `cannot add interface "test": already added`},
		{[]string{"new", "other-new", "new"}, `cannot add interface "new": already added`},
		{[]string{"new", "Bad"}, `cannot add interface: invalid interface name: "Bad"`},
		{[]string{"new", ""}, `cannot add interface: invalid interface name: ""`},
	} {
		ifaces := make([]interfaces.Interface, len(t.names))
		for i, name := range t.names {
			ifaces[i] = &ifacetest.TestInterface{InterfaceName: name}
		}
		c.Check(s.repo.AddInterfaces(ifaces...), check.ErrorMatches, t.err, check.Commentf("%q", t.names))
		c.Check(names(s.repo), check.DeepEquals, []string{"other", "test"}, check.Commentf("%q", t.names))
	}
}

func (s *repoSuite) TestRemoveInterface(c *check.C) {
	s.addSnaps(c)
	c.Check(s.repo.RemoveInterface("test"), check.ErrorMatches, `cannot remove interface "test": used by plug consumer:plug`)
	c.Check(s.repo.RemoveInterface("nope"), check.ErrorMatches, `cannot remove interface "nope": no such interface`)
	c.Assert(s.repo.AddInterface(&ifacetest.TestInterface{InterfaceName: "unused"}), check.IsNil)
	c.Check(s.repo.RemoveInterface("unused"), check.IsNil)
	c.Check(s.repo.Interface("unused"), check.IsNil)
}

func (s *repoSuite) TestAddSnapDropsUnknownAndUnbinds(c *check.C) {
	info := mustSnap(c, consumerYaml)
	_, err := s.repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Check(info.Plugs["unknown-plug"], check.IsNil)
	for _, app := range info.Apps {
		c.Check(app.Plugs["unknown-plug"], check.IsNil)
	}
	var names []string
	for _, plug := range s.repo.Plugs("consumer") {
		names = append(names, plug.Name)
	}
	c.Check(names, check.DeepEquals, []string{"other-plug", "plug"})
	c.Check(s.repo.Plug("consumer", "unknown-plug"), check.IsNil)
	c.Check(s.repo.Plug("consumer", "plug"), check.NotNil)
}

func (s *repoSuite) TestAddSnapTwiceChangesNothing(c *check.C) {
	s.addSnaps(c)
	again := mustSnap(c, consumerYaml)
	_, err := s.repo.AddSnap(again)
	c.Check(err, check.ErrorMatches, `cannot add snap "consumer": already added`)
	// Nothing was sanitised or dropped on the refused copy.
	c.Check(again.Plugs["unknown-plug"], check.NotNil)
}

func (s *repoSuite) TestSanitizerDropsOnlyTheBadPlug(c *check.C) {
	s.iface.BeforePreparePlugCallback = func(plug *snap.PlugInfo) error {
		if plug.Name == "plug" {
			return errors.New("plug needs a path")
		}
		return nil
	}
	s.other.BeforePrepareSlotCallback = func(slot *snap.SlotInfo) error {
		return fmt.Errorf("slot %q is not allowed", slot.Name)
	}
	dropped, err := s.repo.AddSnap(mustSnap(c, consumerYaml))
	c.Assert(err, check.IsNil)
	c.Check(dropped, check.HasLen, 2)
	c.Check(dropped[0].Reason, check.Equals, `plug needs a path`)
	c.Check(dropped[0].String(), check.Equals, `plug consumer:plug (interface "test"): plug needs a path`)
	c.Check(s.repo.Plug("consumer", "other-plug"), check.NotNil)

	dropped, err = s.repo.AddSnap(mustSnap(c, producerYaml))
	c.Assert(err, check.IsNil)
	c.Check(dropped, check.DeepEquals, []interfaces.Dropped{{
		Snap: "producer", Name: "other-slot", Interface: "other", Side: "slot", Reason: `slot "other-slot" is not allowed`,
	}})
	c.Check(s.repo.Slot("producer", "slot"), check.NotNil)
}

// Only the snap marked as the system is the system: one that says it is
// of type snapd or os, or takes the system's name, is not.
func (s *repoSuite) TestSystemSnapIsDesignated(c *check.C) {
	c.Check(s.repo.SystemSnap(), check.Equals, "")
	for _, t := range []struct {
		yaml, err string
	}{
		{"name: snapd\nversion: \"1\"\ntype: snapd\n", `cannot add snap "snapd": reserved name: only the system snap may be called "snapd"`},
		{"name: core\nversion: \"1\"\ntype: os\n", `cannot add snap "core": reserved name: only the system snap may be called "core"`},
		{"name: system\nversion: \"1\"\n", `cannot add snap "system": reserved name: only the system snap may be called "system"`},
	} {
		_, err := s.repo.AddSnap(mustSnap(c, t.yaml))
		c.Check(err, check.ErrorMatches, t.err)
	}
	// Of type snapd, but not the system: added, and not the system.
	_, err := s.repo.AddSnap(mustSnap(c, "name: fake-snapd\nversion: \"1\"\ntype: snapd\n"))
	c.Assert(err, check.IsNil)
	c.Check(s.repo.SystemSnap(), check.Equals, "")

	system := mustSnap(c, "name: snapd\nversion: \"1\"\ntype: snapd\n")
	system.System = true
	_, err = s.repo.AddSnap(system)
	c.Assert(err, check.IsNil)
	c.Check(s.repo.SystemSnap(), check.Equals, "snapd")
	// A user snap of the same name is still a reserved name, not a
	// snap added already.
	_, err = s.repo.AddSnap(mustSnap(c, "name: snapd\nversion: \"1\"\n"))
	c.Check(err, check.ErrorMatches, `cannot add snap "snapd": reserved name: .*`)
	second := mustSnap(c, "name: other-system\nversion: \"1\"\ntype: os\n")
	second.System = true
	_, err = s.repo.AddSnap(second)
	c.Check(err, check.ErrorMatches, `cannot add snap "other-system" as the system snap: snap "snapd" is the system snap already`)
	c.Assert(s.repo.RemoveSnap("snapd"), check.IsNil)
	c.Check(s.repo.SystemSnap(), check.Equals, "")
	_, err = s.repo.AddSnap(second)
	c.Check(err, check.IsNil)
	c.Check(s.repo.SystemSnap(), check.Equals, "other-system")
}

// A sanitizer's SanitizeError names the snap, plug and interface on its
// own; a dropped plug keeps only why, as Dropped names the rest.
func (s *repoSuite) TestSanitizeErrorIsTheDropReason(c *check.C) {
	s.iface.BeforePreparePlugCallback = func(plug *snap.PlugInfo) error {
		if plug.Name == "plug" {
			return interfaces.PlugSanitizeError(plug, errors.New(`"path" is required`))
		}
		return nil
	}
	info := mustSnap(c, consumerYaml)
	err := s.iface.BeforePreparePlug(info.Plugs["plug"])
	c.Check(err, check.ErrorMatches, `cannot sanitize plug consumer:plug \(interface "test"\): "path" is required`)
	c.Check(errors.Unwrap(err), check.ErrorMatches, `"path" is required`)
	dropped, err := s.repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.Not(check.HasLen), 0)
	c.Check(dropped[0].String(), check.Equals, `plug consumer:plug (interface "test"): "path" is required`)
	slotErr := interfaces.SlotSanitizeError(&snap.SlotInfo{Name: "slot", Interface: "test"}, errors.New("no"))
	c.Check(slotErr, check.ErrorMatches, `cannot sanitize slot :slot \(interface "test"\): no`)
}

func (s *repoSuite) TestConnectErrors(c *check.C) {
	s.addSnaps(c)
	for _, t := range []struct {
		ref interfaces.ConnRef
		err string
	}{{
		interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "missing"}, SlotRef: testConn.SlotRef},
		`cannot connect consumer:missing producer:slot: no plug "missing" on snap "consumer"`,
	}, {
		interfaces.ConnRef{PlugRef: testConn.PlugRef, SlotRef: interfaces.SlotRef{Snap: "absent", Name: "slot"}},
		`cannot connect consumer:plug absent:slot: no slot "slot" on snap "absent"`,
	}, {
		interfaces.ConnRef{PlugRef: testConn.PlugRef, SlotRef: interfaces.SlotRef{Snap: "producer", Name: "other-slot"}},
		`cannot connect consumer:plug producer:other-slot: plug interface "test" does not match slot interface "other"`,
	}, {
		interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "unknown-plug"}, SlotRef: testConn.SlotRef},
		`cannot connect consumer:unknown-plug producer:slot: no plug "unknown-plug" on snap "consumer"`,
	}} {
		_, err := s.repo.Connect(t.ref, nil, nil)
		c.Check(err, check.ErrorMatches, t.err)
	}
	c.Check(s.repo.Connections(), check.HasLen, 0)

	_, err := s.repo.Connect(testConn, nil, nil)
	c.Assert(err, check.IsNil)
	_, err = s.repo.Connect(testConn, nil, nil)
	c.Check(err, check.ErrorMatches, `cannot connect consumer:plug producer:slot: already connected`)
}

func (s *repoSuite) TestConnectDisconnect(c *check.C) {
	s.addSnaps(c)
	conn, err := s.repo.Connect(testConn, map[string]interface{}{"k": "v"}, nil)
	c.Assert(err, check.IsNil)
	c.Check(conn.Ref(), check.Equals, testConn)
	c.Check(conn.Interface, check.Equals, s.iface)
	v, ok := conn.Plug.Lookup("k")
	c.Check(ok, check.Equals, true)
	c.Check(v, check.Equals, "v")

	c.Check(s.repo.Connections(), check.DeepEquals, []interfaces.ConnRef{testConn})
	c.Check(s.repo.SnapConnections("consumer"), check.DeepEquals, []interfaces.ConnRef{testConn})
	c.Check(s.repo.SnapConnections("producer"), check.DeepEquals, []interfaces.ConnRef{testConn})
	got, err := s.repo.Connection(testConn)
	c.Assert(err, check.IsNil)
	c.Check(got, check.Equals, conn)
	c.Check(s.repo.AffectedByConnection(testConn), check.DeepEquals, []string{"consumer", "producer"})

	c.Check(s.repo.RemoveSnap("consumer"), check.ErrorMatches, `cannot remove snap "consumer": plug "plug" is connected`)
	c.Check(s.repo.RemoveSnap("producer"), check.ErrorMatches, `cannot remove snap "producer": slot "slot" is connected`)

	c.Assert(s.repo.Disconnect(testConn), check.IsNil)
	c.Check(s.repo.Disconnect(testConn), check.ErrorMatches, `cannot disconnect consumer:plug producer:slot: not connected`)
	c.Check(s.repo.Connections(), check.HasLen, 0)
	_, err = s.repo.Connection(testConn)
	c.Check(err, check.ErrorMatches, `no connection consumer:plug producer:slot`)

	c.Check(s.repo.RemoveSnap("consumer"), check.IsNil)
	c.Check(s.repo.RemoveSnap("consumer"), check.ErrorMatches, `cannot remove snap "consumer": no such snap`)
	c.Check(s.repo.Snap("consumer"), check.IsNil)
	c.Check(s.repo.SnapNames(), check.DeepEquals, []string{"producer"})
}

func (s *repoSuite) TestSnapSpecification(c *check.C) {
	s.addSnaps(c)
	_, err := s.repo.Connect(testConn, nil, nil)
	c.Assert(err, check.IsNil)

	aa := &apparmor.Specification{}
	c.Assert(s.repo.SnapSpecification(aa, "consumer"), check.IsNil)
	// The plug is bound to app and the configure hook, not to quiet.
	c.Check(aa.SecurityTags(), check.DeepEquals, []string{"snap.consumer.app", "snap.consumer.hook.configure"})
	c.Check(aa.SnippetForTag("snap.consumer.app"), check.Equals, "# connected plug of producer\n\n# permanent plug\n")
	c.Check(aa.SnippetForTag("snap.consumer.quiet"), check.Equals, "")

	aa = &apparmor.Specification{}
	c.Assert(s.repo.SnapSpecification(aa, "producer"), check.IsNil)
	c.Check(aa.SnippetForTag("snap.producer.daemon"), check.Equals,
		"# connected slot for snap.consumer.{app,hook.configure}\n\n# permanent slot\n")

	sc := &seccomp.Specification{}
	c.Assert(s.repo.SnapSpecification(sc, "consumer"), check.IsNil)
	c.Check(sc.SnippetForTag("snap.consumer.app"), check.Equals, "getpid\n")
	c.Check(sc.SnippetForTag("snap.consumer.hook.configure"), check.Equals, "getpid\n")

	c.Check(s.repo.SnapSpecification(sc, "absent"), check.ErrorMatches, `cannot compute specification of snap "absent": no such snap`)
}

func (s *repoSuite) TestSnapSpecificationError(c *check.C) {
	s.addSnaps(c)
	_, err := s.repo.Connect(testConn, nil, nil)
	c.Assert(err, check.IsNil)
	s.iface.SecCompConnectedPlugCallback = func(*seccomp.Specification, *interfaces.ConnectedPlug, *interfaces.ConnectedSlot) error {
		return errors.New("boom")
	}
	err = s.repo.SnapSpecification(&seccomp.Specification{}, "consumer")
	c.Check(err, check.ErrorMatches, `cannot add connected policy of plug consumer:plug: cannot add seccomp policy of interface "test": boom`)
}

func (s *repoSuite) TestConcurrentUse(c *check.C) {
	s.addSnaps(c)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if i%2 == 0 {
					_, _ = s.repo.Connect(testConn, nil, nil)
					_ = s.repo.Disconnect(testConn)
				} else {
					_ = s.repo.SnapSpecification(&apparmor.Specification{}, "consumer")
					_ = s.repo.Connections()
				}
			}
		}(i)
	}
	wg.Wait()
}

func (s *repoSuite) TestPlugAndSlotConnections(c *check.C) {
	s.addSnaps(c)
	dropped, err := s.repo.AddSnap(mustSnap(c, "name: second\nversion: \"1\"\napps:\n  app:\n    command: app\nslots:\n  slot: test\n"))
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
	toSecond := interfaces.ConnRef{PlugRef: testConn.PlugRef, SlotRef: interfaces.SlotRef{Snap: "second", Name: "slot"}}
	c.Check(s.repo.PlugConnections(testConn.PlugRef), check.HasLen, 0)
	c.Check(s.repo.SlotConnections(testConn.SlotRef), check.HasLen, 0)
	for _, ref := range []interfaces.ConnRef{toSecond, testConn} {
		_, err := s.repo.Connect(ref, nil, nil)
		c.Assert(err, check.IsNil)
	}
	// Sorted by the other end, whatever the order of connection.
	c.Check(s.repo.PlugConnections(testConn.PlugRef), check.DeepEquals, []interfaces.ConnRef{testConn, toSecond})
	c.Check(s.repo.SlotConnections(testConn.SlotRef), check.DeepEquals, []interfaces.ConnRef{testConn})
	c.Check(s.repo.SlotConnections(toSecond.SlotRef), check.DeepEquals, []interfaces.ConnRef{toSecond})
	c.Check(s.repo.PlugConnections(interfaces.PlugRef{Snap: "consumer", Name: "nope"}), check.HasLen, 0)

	// A plug with two connections gets the policy of both, in the
	// order of their slots.
	aa := &apparmor.Specification{}
	c.Assert(s.repo.SnapSpecification(aa, "consumer"), check.IsNil)
	c.Check(aa.Snippets("snap.consumer.app"), check.DeepEquals, []interfaces.Snippet{
		{Interface: "test", Text: "# connected plug of producer"},
		{Interface: "test", Text: "# connected plug of second"},
		{Interface: "test", Text: "# permanent plug"},
	})
}

func (s *repoSuite) TestAllSlotsIndex(c *check.C) {
	s.addSnaps(c)
	// A snap with many slots is indexed at once, one with few slot by
	// slot: both keep the index in order.
	many := "name: many\nversion: \"1\"\napps:\n  app:\n    command: app\nslots:\n"
	for i := 0; i < 12; i++ {
		iface := "test"
		if i%3 == 0 {
			iface = "other"
		}
		many += fmt.Sprintf("  s%02d: %s\n", i, iface)
	}
	_, err := s.repo.AddSnap(mustSnap(c, many))
	c.Assert(err, check.IsNil)
	_, err = s.repo.AddSnap(mustSnap(c, "name: alpha\nversion: \"1\"\nslots:\n  z: test\n  a: test\n"))
	c.Assert(err, check.IsNil)

	names := func(iface string) []string {
		var out []string
		for _, slot := range s.repo.AllSlots(iface) {
			out = append(out, slot.Snap.InstanceName()+":"+slot.Name)
		}
		return out
	}
	c.Check(names("test"), check.DeepEquals, []string{
		"alpha:a", "alpha:z",
		"many:s01", "many:s02", "many:s04", "many:s05", "many:s07", "many:s08", "many:s10", "many:s11",
		"producer:slot",
	})
	c.Check(names("other"), check.DeepEquals, []string{"many:s00", "many:s03", "many:s06", "many:s09", "producer:other-slot"})
	c.Check(names("nope"), check.HasLen, 0)
	c.Check(names(""), check.HasLen, 2+12+2)

	c.Assert(s.repo.RemoveSnap("many"), check.IsNil)
	c.Check(names("test"), check.DeepEquals, []string{"alpha:a", "alpha:z", "producer:slot"})
	c.Check(names("other"), check.DeepEquals, []string{"producer:other-slot"})
}

func (s *repoSuite) TestAffectedByConnection(c *check.C) {
	s.addSnaps(c)
	// The system's slots are bound to no app or hook.
	system := mustSnap(c, "name: system\nversion: \"1\"\ntype: snapd\nslots:\n  test: test\n")
	system.System = true
	_, err := s.repo.AddSnap(system)
	c.Assert(err, check.IsNil)
	_, err = s.repo.AddSnap(mustSnap(c, "name: self\nversion: \"1\"\napps:\n  app:\n    command: app\nplugs:\n  p: test\nslots:\n  s: test\n"))
	c.Assert(err, check.IsNil)
	toSystem := interfaces.ConnRef{PlugRef: testConn.PlugRef, SlotRef: interfaces.SlotRef{Snap: "system", Name: "test"}}
	toSelf := interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: "self", Name: "p"}, SlotRef: interfaces.SlotRef{Snap: "self", Name: "s"}}
	for _, t := range []struct {
		ref  interfaces.ConnRef
		want []string
	}{
		{testConn, []string{"consumer", "producer"}},
		{toSystem, []string{"consumer"}},
		{toSelf, []string{"self"}},
		{interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: "absent", Name: "p"}, SlotRef: testConn.SlotRef}, []string{"producer"}},
	} {
		c.Check(s.repo.AffectedByConnection(t.ref), check.DeepEquals, t.want, check.Commentf("%s", t.ref))
		if _, err := s.repo.Connect(t.ref, nil, nil); err == nil {
			// Connected or not, the answer is the same.
			c.Check(s.repo.AffectedByConnection(t.ref), check.DeepEquals, t.want, check.Commentf("%s", t.ref))
		}
	}
}

// TestPlugsAndSlotsSorted checks that a snap's plugs and slots come in
// name order, however many there are and however long the part of
// their names they share.
func (s *repoSuite) TestPlugsAndSlotsSorted(c *check.C) {
	for _, n := range []int{0, 1, 2, 7, 255, 256, 257, 600} {
		info := &snap.Info{SuggestedName: fmt.Sprintf("many%d", n), Version: "1", Type: snap.TypeApp,
			Plugs: map[string]*snap.PlugInfo{}, Slots: map[string]*snap.SlotInfo{}}
		var want []string
		for i := 0; i < n; i++ {
			// Names sharing 0 to 12 bytes, some a prefix of others.
			name := []string{"a", "test-", "test-plug", "test-plug-", "x"}[i%5] + fmt.Sprint((i*7919)%1000)
			want = append(want, name)
			info.Plugs[name] = &snap.PlugInfo{Snap: info, Name: name, Interface: "test"}
			info.Slots[name] = &snap.SlotInfo{Snap: info, Name: name, Interface: "test"}
		}
		sort.Strings(want)
		_, err := s.repo.AddSnap(info)
		c.Assert(err, check.IsNil)
		var plugs, slots []string
		for _, plug := range s.repo.Plugs(info.InstanceName()) {
			plugs = append(plugs, plug.Name)
		}
		for _, slot := range s.repo.Slots(info.InstanceName()) {
			slots = append(slots, slot.Name)
		}
		c.Check(plugs, check.DeepEquals, want, check.Commentf("%d plugs", n))
		c.Check(slots, check.DeepEquals, want, check.Commentf("%d slots", n))
	}
}

// TestSlotInterfacesFoundInAnyOrder checks that each slot of a snap
// finds its interface, or is dropped for naming an unknown one,
// whether the interfaces of its slots, sorted by name, come in order
// (as the system snap's do) or not.
func (s *repoSuite) TestSlotInterfacesFoundInAnyOrder(c *check.C) {
	repo := interfaces.NewRepository()
	var known []interfaces.Interface
	for i := 0; i < 100; i += 3 {
		known = append(known, &ifacetest.TestInterface{InterfaceName: fmt.Sprintf("i%03d", i)})
	}
	c.Assert(repo.AddInterfaces(known...), check.IsNil)
	for _, order := range []string{"in order", "reversed", "shuffled"} {
		info := &snap.Info{SuggestedName: "slots-" + strings.ReplaceAll(order, " ", "-"), Version: "1", Type: snap.TypeApp,
			Plugs: map[string]*snap.PlugInfo{}, Slots: map[string]*snap.SlotInfo{}}
		want := map[string]string{}
		wantDropped := map[string]bool{}
		for i := 0; i < 110; i++ {
			k := i
			switch order {
			case "reversed":
				k = 109 - i
			case "shuffled":
				k = (i * 37) % 110
			}
			iface := fmt.Sprintf("i%03d", k)
			name := fmt.Sprintf("s%03d", i)
			info.Slots[name] = &snap.SlotInfo{Snap: info, Name: name, Interface: iface}
			if k%3 == 0 && k < 100 {
				want[name] = iface
			} else {
				wantDropped[name] = true
			}
		}
		dropped, err := repo.AddSnap(info)
		c.Assert(err, check.IsNil)
		got := map[string]string{}
		for _, slot := range repo.Slots(info.InstanceName()) {
			got[slot.Name] = slot.Interface
		}
		c.Check(got, check.DeepEquals, want, check.Commentf(order))
		gotDropped := map[string]bool{}
		for _, d := range dropped {
			gotDropped[d.Name] = true
		}
		c.Check(gotDropped, check.DeepEquals, wantDropped, check.Commentf(order))
	}
}
