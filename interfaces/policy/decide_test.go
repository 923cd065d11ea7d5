// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
)

type decideSuite struct{}

var _ = check.Suite(&decideSuite{})

// attrs is shorthand for attribute maps in tables.
type attrs = map[string]interface{}

func newSnap(name string, t snap.Type) *snap.Info {
	return &snap.Info{SuggestedName: name, Version: "1", Type: t,
		Apps: map[string]*snap.AppInfo{}, Hooks: map[string]*snap.HookInfo{},
		Plugs: map[string]*snap.PlugInfo{}, Slots: map[string]*snap.SlotInfo{}}
}

func addPlug(info *snap.Info, name, iface string, a attrs) *snap.PlugInfo {
	plug := &snap.PlugInfo{Snap: info, Name: name, Interface: iface, Attrs: a,
		Apps: map[string]*snap.AppInfo{}, Hooks: map[string]*snap.HookInfo{}}
	info.Plugs[name] = plug
	return plug
}

func addSlot(info *snap.Info, name, iface string, a attrs) *snap.SlotInfo {
	slot := &snap.SlotInfo{Snap: info, Name: name, Interface: iface, Attrs: a,
		Apps: map[string]*snap.AppInfo{}, Hooks: map[string]*snap.HookInfo{}}
	info.Slots[name] = slot
	return slot
}

func mustParse(c *check.C, text, file string) *policy.Declaration {
	if text == "" {
		return nil
	}
	decl, err := policy.ParseDeclaration([]byte(text), file)
	c.Assert(err, check.IsNil, check.Commentf("%s", text))
	return decl
}

// connCase is a plug of interface "x" on an app snap "consumer" and a
// slot of it on a snap "provider", by default of type os and the
// designated system snap; notSystem makes it an undesignated one.
type connCase struct {
	comment            string
	base               string
	plugDecl, slotDecl string
	plugType, slotType snap.Type
	notSystem          bool
	plugName, slotName string
	plugAttrs          attrs
	slotAttrs          attrs
	sys                policy.System
	// manual and auto are regular expressions matched against the
	// decisions' one-line summaries.
	manual, auto string
}

const (
	allowedByBasePlug = `.* allowed by plug rule of interface "x" in the base declaration`
	allowedByBaseSlot = `.* allowed by slot rule of interface "x" in the base declaration`
	notAllowedByBase  = `.* not allowed by (plug|slot) rule of interface "x" in the base declaration`
	deniedByBase      = `.* denied by (plug|slot) rule of interface "x" in the base declaration`
)

func (t *connCase) candidate(c *check.C) *policy.ConnectCandidate {
	plugSnap := newSnap("consumer", snap.TypeApp)
	if t.plugType != "" {
		plugSnap.Type = t.plugType
	}
	slotSnap := newSnap("provider", snap.TypeOS)
	slotSnap.System = !t.notSystem
	if t.slotType != "" {
		slotSnap.Type = t.slotType
	}
	plugName, slotName := "p", "s"
	if t.plugName != "" {
		plugName = t.plugName
	}
	if t.slotName != "" {
		slotName = t.slotName
	}
	return &policy.ConnectCandidate{
		Plug:                addPlug(plugSnap, plugName, "x", t.plugAttrs),
		Slot:                addSlot(slotSnap, slotName, "x", t.slotAttrs),
		PlugSnapDeclaration: mustParse(c, t.plugDecl, "plug.yaml"),
		SlotSnapDeclaration: mustParse(c, t.slotDecl, "slot.yaml"),
		BaseDeclaration:     mustParse(c, t.base, "base.yaml"),
		System:              t.sys,
	}
}

// allows says whether an expected summary is one that allows.
func allows(summary string) bool {
	return strings.Contains(summary, " allowed") && !strings.Contains(summary, "not allowed")
}

func checkConnCases(c *check.C, cases []connCase) {
	for _, t := range cases {
		cand := t.candidate(c)
		comment := check.Commentf("%s", t.comment)
		if t.manual != "" {
			d := cand.Check()
			c.Check(d.String(), check.Matches, t.manual, comment)
			c.Check(d.Allowed, check.Equals, allows(t.manual), comment)
			c.Check(d.Kind, check.Equals, policy.Connection)
		}
		if t.auto != "" {
			d := cand.CheckAutoConnect()
			c.Check(d.String(), check.Matches, t.auto, comment)
			c.Check(d.Allowed, check.Equals, allows(t.auto), comment)
			c.Check(d.Kind, check.Equals, policy.AutoConnection)
		}
	}
}

func (s *decideSuite) TestPrecedence(c *check.C) {
	const base = "plugs:\n  x:\n    allow-connection: false\nslots:\n  x:\n    allow-connection: true\n"
	checkConnCases(c, []connCase{{
		comment: "no rule anywhere allows",
		base:    "slots:\n  other: true\n",
		manual:  `connection of plug consumer:p to slot provider:s allowed: no declaration has a rule for interface "x"`,
		auto:    `auto-connection of plug consumer:p to slot provider:s allowed: no declaration has a rule for interface "x"`,
	}, {
		comment: "the base plug rule wins over the base slot rule",
		base:    base,
		manual:  `connection of plug consumer:p to slot provider:s not allowed by plug rule of interface "x" in the base declaration`,
	}, {
		comment: "the base slot rule decides when there is no plug rule",
		base:    "slots:\n  x:\n    allow-connection: false\n",
		manual:  notAllowedByBase,
	}, {
		comment: "a plug rule wins whole: its absent allow-connection allows, whatever the slot rule says",
		base:    "plugs:\n  x:\n    allow-installation: true\nslots:\n  x:\n    allow-connection: false\n",
		manual:  allowedByBasePlug,
	}, {
		comment:  "the slot snap's declaration wins over the base declaration",
		base:     base,
		slotDecl: "snap-name: provider\nslots:\n  x:\n    allow-connection: true\n",
		manual:   `.* allowed by slot rule of interface "x" in the snap declaration of "provider"`,
	}, {
		comment:  "the plug snap's declaration wins over the slot snap's",
		base:     base,
		plugDecl: "snap-name: consumer\nplugs:\n  x:\n    allow-connection: false\n",
		slotDecl: "snap-name: provider\nslots:\n  x:\n    allow-connection: true\n",
		manual:   `.* not allowed by plug rule of interface "x" in the snap declaration of "consumer"`,
	}, {
		comment:  "a snap declaration without a rule for the interface is passed over",
		base:     base,
		plugDecl: "snap-name: consumer\nplugs:\n  other: true\n",
		slotDecl: "snap-name: provider\nslots:\n  other: false\n",
		manual:   notAllowedByBase,
	}, {
		comment:  "a snap declaration's slot rule on the plug side is not consulted",
		base:     base,
		plugDecl: "snap-name: consumer\nslots:\n  x: true\n",
		manual:   notAllowedByBase,
	}})
}

func (s *decideSuite) TestDenyBeforeAllowAndDefaults(c *check.C) {
	checkConnCases(c, []connCase{{
		comment: "deny wins over allow",
		base:    "slots:\n  x:\n    allow-connection: true\n    deny-connection: true\n    allow-auto-connection: true\n    deny-auto-connection: true\n",
		manual:  `connection of plug consumer:p to slot provider:s denied by slot rule of interface "x" in the base declaration`,
		auto:    `auto-connection .* denied by slot rule .*`,
	}, {
		comment: "a deny that does not hold lets allow decide",
		base:    "slots:\n  x:\n    deny-connection:\n      on-classic: false\n    deny-auto-connection:\n      on-classic: false\n",
		manual:  allowedByBaseSlot,
		auto:    allowedByBaseSlot,
	}, {
		comment: "absent subrules: allow-* allows, deny-* denies nothing",
		base:    "slots:\n  x:\n    allow-installation:\n      slot-snap-type: [core]\n",
		manual:  allowedByBaseSlot,
		auto:    allowedByBaseSlot,
	}, {
		comment: "auto-connection is decided on its own subrules",
		base:    "slots:\n  x:\n    deny-auto-connection: true\n",
		manual:  allowedByBaseSlot,
		auto:    deniedByBase,
	}, {
		comment: "rule true",
		base:    "slots:\n  x: true\n",
		manual:  allowedByBaseSlot,
		auto:    allowedByBaseSlot,
	}, {
		comment: "rule false",
		base:    "slots:\n  x: false\n",
		manual:  deniedByBase,
		auto:    deniedByBase,
	}, {
		comment: "allow false",
		base:    "plugs:\n  x:\n    allow-auto-connection: false\n",
		manual:  allowedByBasePlug,
		auto:    notAllowedByBase,
	}})
}

func (s *decideSuite) TestAlternatives(c *check.C) {
	const base = `slots:
  x:
    allow-connection:
      - plug-snap-type: [gadget]
      - plug-names: [q]
        slot-names: [s]
    deny-auto-connection:
      - plug-snap-type: [kernel]
      - slot-names: [t]
`
	checkConnCases(c, []connCase{{
		comment: "no alternative holds",
		base:    base,
		manual:  notAllowedByBase,
		auto:    allowedByBaseSlot,
	}, {
		comment:  "the second alternative holds when all its constraints do",
		base:     base,
		plugName: "q",
		manual:   allowedByBaseSlot,
	}, {
		comment:  "the first alternative holds",
		base:     base,
		plugType: snap.TypeGadget,
		manual:   allowedByBaseSlot,
	}, {
		comment:  "a deny holds when any alternative does",
		base:     base,
		slotName: "t",
		auto:     deniedByBase,
	}})
}

func (s *decideSuite) TestSnapTypesIdsPublishersAndNames(c *check.C) {
	const decls = "snap-id: consumerid\npublisher-id: acme\nsnap-name: consumer\n"
	checkConnCases(c, []connCase{{
		comment: "the system snap of type os counts as core",
		base:    "slots:\n  x:\n    allow-connection:\n      slot-snap-type: [core]\n",
		manual:  allowedByBaseSlot,
	}, {
		comment:  "the system snap of type snapd counts as core",
		base:     "slots:\n  x:\n    allow-connection:\n      slot-snap-type: [core]\n",
		slotType: snap.TypeSnapd,
		manual:   allowedByBaseSlot,
	}, {
		comment:   "a snap of type os that is not the system snap is not core",
		base:      "slots:\n  x:\n    allow-connection:\n      slot-snap-type: [core]\n",
		notSystem: true,
		manual:    notAllowedByBase,
	}, {
		comment:   "nor is it an app",
		base:      "slots:\n  x:\n    allow-connection:\n      slot-snap-type: [core, app, gadget, kernel]\n",
		slotType:  snap.TypeSnapd,
		notSystem: true,
		manual:    notAllowedByBase,
	}, {
		comment:   "the caller may designate the system snap by name",
		base:      "slots:\n  x:\n    allow-connection:\n      slot-snap-type: [core]\n",
		slotType:  snap.TypeSnapd,
		notSystem: true,
		sys:       policy.System{SystemSnap: "provider"},
		manual:    allowedByBaseSlot,
	}, {
		comment:   "even when it is of another type",
		base:      "slots:\n  x:\n    allow-connection:\n      slot-snap-type: [core]\n",
		slotType:  snap.TypeApp,
		notSystem: true,
		sys:       policy.System{SystemSnap: "provider"},
		manual:    allowedByBaseSlot,
	}, {
		comment:   "naming another snap designates none of these",
		base:      "slots:\n  x:\n    allow-connection:\n      slot-snap-type: [core]\n",
		slotType:  snap.TypeSnapd,
		notSystem: true,
		sys:       policy.System{SystemSnap: "snapd"},
		manual:    notAllowedByBase,
	}, {
		comment:   "a base snap has none of the types",
		base:      "slots:\n  x:\n    allow-connection:\n      slot-snap-type: [core, app, gadget, kernel]\n",
		slotType:  snap.TypeBase,
		notSystem: true,
		manual:    notAllowedByBase,
	}, {
		comment: "plug-snap-type",
		base:    "slots:\n  x:\n    allow-connection:\n      plug-snap-type: [gadget, kernel]\n",
		manual:  notAllowedByBase,
	}, {
		comment: "a snap without a declaration has no snap id",
		base:    "slots:\n  x:\n    allow-connection:\n      plug-snap-id: [consumerid]\n",
		manual:  notAllowedByBase,
	}, {
		comment:  "the snap id comes from the snap declaration",
		base:     "slots:\n  x:\n    allow-connection:\n      plug-snap-id: [consumerid]\n",
		plugDecl: decls,
		manual:   allowedByBaseSlot,
	}, {
		comment:  "a publisher id",
		base:     "slots:\n  x:\n    allow-connection:\n      plug-publisher-id: [acme]\n",
		plugDecl: decls,
		manual:   allowedByBaseSlot,
	}, {
		comment:  "the same publisher on both sides",
		base:     "slots:\n  x:\n    allow-connection:\n      slot-publisher-id: [$PLUG_PUBLISHER_ID]\n",
		plugDecl: decls,
		slotDecl: "publisher-id: acme\nsnap-name: provider\n",
		manual:   allowedByBaseSlot,
	}, {
		comment:  "another publisher",
		base:     "slots:\n  x:\n    allow-connection:\n      slot-publisher-id: [$PLUG_PUBLISHER_ID]\n",
		plugDecl: decls,
		slotDecl: "publisher-id: other\nsnap-name: provider\n",
		manual:   notAllowedByBase,
	}, {
		comment: "an unknown publisher never matches, not even another unknown one",
		base:    "slots:\n  x:\n    allow-connection:\n      plug-publisher-id: [$SLOT_PUBLISHER_ID]\n",
		manual:  notAllowedByBase,
	}, {
		comment:  "plug-names with $INTERFACE",
		base:     "slots:\n  x:\n    allow-connection:\n      plug-names: [$INTERFACE]\n",
		plugName: "x",
		manual:   allowedByBaseSlot,
	}, {
		comment: "names are anchored",
		base:    "slots:\n  x:\n    allow-connection:\n      slot-names: [s.+]\n",
		manual:  notAllowedByBase,
	}})
}

func (s *decideSuite) TestSystemConstraints(c *check.C) {
	const onClassicList = "slots:\n  x:\n    allow-connection:\n      on-classic: [ubuntu, fedora/*, debian/server]\n"
	cases := []connCase{{
		comment: "on-classic true on classic",
		base:    "slots:\n  x:\n    allow-connection:\n      on-classic: true\n",
		manual:  allowedByBaseSlot,
	}, {
		comment: "on-classic true on core",
		base:    "slots:\n  x:\n    allow-connection:\n      on-classic: true\n",
		sys:     policy.System{OnCore: true},
		manual:  notAllowedByBase,
	}, {
		comment: "on-classic false on core",
		base:    "slots:\n  x:\n    allow-connection:\n      on-classic: false\n",
		sys:     policy.System{OnCore: true},
		manual:  allowedByBaseSlot,
	}, {
		comment: "on-classic list, bare id: no variant",
		base:    onClassicList,
		sys:     policy.System{Distribution: "ubuntu"},
		manual:  allowedByBaseSlot,
	}, {
		comment: "on-classic list, bare id does not match a variant",
		base:    onClassicList,
		sys:     policy.System{Distribution: "ubuntu", Variant: "desktop"},
		manual:  notAllowedByBase,
	}, {
		comment: "on-classic list, id/*",
		base:    onClassicList,
		sys:     policy.System{Distribution: "fedora", Variant: "workstation"},
		manual:  allowedByBaseSlot,
	}, {
		comment: "on-classic list, id/variant",
		base:    onClassicList,
		sys:     policy.System{Distribution: "debian", Variant: "server"},
		manual:  allowedByBaseSlot,
	}, {
		comment: "on-classic list, another variant",
		base:    onClassicList,
		sys:     policy.System{Distribution: "debian", Variant: "desktop"},
		manual:  notAllowedByBase,
	}, {
		comment: "on-classic list, unknown distribution",
		base:    onClassicList,
		manual:  notAllowedByBase,
	}, {
		comment: "on-classic list on core",
		base:    onClassicList,
		sys:     policy.System{OnCore: true, Distribution: "ubuntu"},
		manual:  notAllowedByBase,
	}, {
		comment: "on-core-desktop",
		base:    "slots:\n  x:\n    allow-connection:\n      on-core-desktop: true\n",
		sys:     policy.System{OnCore: true, CoreDesktop: true},
		manual:  allowedByBaseSlot,
	}, {
		comment: "on-core-desktop false",
		base:    "slots:\n  x:\n    allow-connection:\n      on-core-desktop: false\n",
		sys:     policy.System{OnCore: true, CoreDesktop: true},
		manual:  notAllowedByBase,
	}, {
		comment: "on-store",
		base:    "slots:\n  x:\n    allow-connection:\n      on-store: [mine]\n",
		sys:     policy.System{Store: "mine"},
		manual:  allowedByBaseSlot,
	}, {
		comment: "on-store unknown",
		base:    "slots:\n  x:\n    allow-connection:\n      on-store: [mine]\n",
		manual:  notAllowedByBase,
	}, {
		comment: "on-brand",
		base:    "slots:\n  x:\n    allow-connection:\n      on-brand: [acme]\n",
		sys:     policy.System{Brand: "other"},
		manual:  notAllowedByBase,
	}, {
		comment: "on-model",
		base:    "slots:\n  x:\n    allow-connection:\n      on-model: [acme/box]\n",
		sys:     policy.System{Brand: "acme", Model: "box"},
		manual:  allowedByBaseSlot,
	}, {
		comment: "on-model, another brand",
		base:    "slots:\n  x:\n    allow-connection:\n      on-model: [acme/box]\n",
		sys:     policy.System{Brand: "other", Model: "box"},
		manual:  notAllowedByBase,
	}}
	checkConnCases(c, cases)
}

func (s *decideSuite) TestAttributes(c *check.C) {
	rule := func(constraints string) string {
		return "slots:\n  x:\n    allow-connection:\n" + constraints
	}
	checkConnCases(c, []connCase{{
		comment:   "a regular expression, anchored",
		base:      rule("      plug-attributes:\n        path: /dev/tty.*\n"),
		plugAttrs: attrs{"path": "/dev/ttyS0"},
		manual:    allowedByBaseSlot,
	}, {
		comment:   "a regular expression that does not match",
		base:      rule("      plug-attributes:\n        path: /dev/tty.*\n"),
		plugAttrs: attrs{"path": "x/dev/ttyS0"},
		manual:    notAllowedByBase,
	}, {
		comment: "a missing attribute does not match a regular expression",
		base:    rule("      plug-attributes:\n        path: .*\n"),
		manual:  notAllowedByBase,
	}, {
		comment: "$MISSING",
		base:    rule("      plug-attributes:\n        path: $MISSING\n"),
		manual:  allowedByBaseSlot,
	}, {
		comment:   "$MISSING, present",
		base:      rule("      plug-attributes:\n        path: $MISSING\n"),
		plugAttrs: attrs{"path": ""},
		manual:    notAllowedByBase,
	}, {
		comment:   "booleans and integers as written",
		base:      rule("      slot-attributes:\n        flag: \"true\"\n        count: 4[0-9]\n        ratio: \"0.5\"\n"),
		slotAttrs: attrs{"flag": true, "count": int64(42), "ratio": 0.5},
		manual:    allowedByBaseSlot,
	}, {
		comment:   "a scalar matcher matches its own text",
		base:      rule("      slot-attributes:\n        flag: true\n        count: 42\n"),
		slotAttrs: attrs{"flag": true, "count": int64(42)},
		manual:    allowedByBaseSlot,
	}, {
		comment:   "a list matches when every element does",
		base:      rule("      plug-attributes:\n        paths: /a/.*\n"),
		plugAttrs: attrs{"paths": []interface{}{"/a/b", "/a/c"}},
		manual:    allowedByBaseSlot,
	}, {
		comment:   "a list with one element that does not match",
		base:      rule("      plug-attributes:\n        paths: /a/.*\n"),
		plugAttrs: attrs{"paths": []interface{}{"/a/b", "/b/c"}},
		manual:    notAllowedByBase,
	}, {
		comment:   "a nested map, and dotted paths",
		base:      rule("      plug-attributes:\n        a:\n          b.c: x\n        a.d: \"y\"\n"),
		plugAttrs: attrs{"a": attrs{"b": attrs{"c": "x"}, "d": "y"}},
		manual:    allowedByBaseSlot,
	}, {
		comment:   "a map matcher against a scalar",
		base:      rule("      plug-attributes:\n        a:\n          b: x\n"),
		plugAttrs: attrs{"a": "b"},
		manual:    notAllowedByBase,
	}, {
		comment:   "a regular expression against a map",
		base:      rule("      plug-attributes:\n        a: .*\n"),
		plugAttrs: attrs{"a": attrs{"b": "x"}},
		manual:    notAllowedByBase,
	}, {
		comment:   "alternatives of values",
		base:      rule("      plug-attributes:\n        mode: [read, write]\n"),
		plugAttrs: attrs{"mode": "write"},
		manual:    allowedByBaseSlot,
	}, {
		comment: "alternatives of values with $MISSING",
		base:    rule("      plug-attributes:\n        mode: [read, $MISSING]\n"),
		manual:  allowedByBaseSlot,
	}, {
		comment:   "alternatives of maps",
		base:      rule("      plug-attributes:\n        - mode: read\n        - mode: write\n          extra: ok\n"),
		plugAttrs: attrs{"mode": "write", "extra": "ok"},
		manual:    allowedByBaseSlot,
	}, {
		comment:   "alternatives of maps, none matching",
		base:      rule("      plug-attributes:\n        - mode: read\n        - mode: write\n          extra: \"yes\"\n"),
		plugAttrs: attrs{"mode": "write"},
		manual:    notAllowedByBase,
	}, {
		comment:   "$SLOT(attr) equal",
		base:      rule("      plug-attributes:\n        content: $SLOT(content)\n"),
		plugAttrs: attrs{"content": "themes"},
		slotAttrs: attrs{"content": "themes"},
		manual:    allowedByBaseSlot,
	}, {
		comment:   "$SLOT(attr) different",
		base:      rule("      plug-attributes:\n        content: $SLOT(content)\n"),
		plugAttrs: attrs{"content": "themes"},
		slotAttrs: attrs{"content": "icons"},
		manual:    notAllowedByBase,
	}, {
		comment:   "$SLOT(attr) missing on the slot",
		base:      rule("      plug-attributes:\n        content: $SLOT(content)\n"),
		plugAttrs: attrs{"content": "themes"},
		manual:    notAllowedByBase,
	}, {
		comment: "$SLOT(attr) missing on both sides",
		base:    rule("      plug-attributes:\n        content: $SLOT(content)\n"),
		manual:  notAllowedByBase,
	}, {
		comment:   "$PLUG(attr) compares whole values, lists included",
		base:      rule("      slot-attributes:\n        paths: $PLUG(wanted.paths)\n"),
		plugAttrs: attrs{"wanted": attrs{"paths": []interface{}{"a", "b"}}},
		slotAttrs: attrs{"paths": []interface{}{"a", "b"}},
		manual:    allowedByBaseSlot,
	}})
}

func (s *decideSuite) TestArity(c *check.C) {
	for _, t := range []struct {
		base                     string
		kind                     policy.Kind
		slotsPerPlug, plugsPlots policy.Arity
	}{
		{"slots:\n  x: true\n", policy.AutoConnection, 1, policy.AnyNumber},
		{"slots:\n  x: true\n", policy.Connection, policy.AnyNumber, policy.AnyNumber},
		{"slots:\n  x:\n    allow-installation: true\n", policy.AutoConnection, 1, policy.AnyNumber},
		{"slots:\n  x:\n    allow-auto-connection:\n      slots-per-plug: \"*\"\n      plugs-per-slot: 1\n", policy.AutoConnection, policy.AnyNumber, 1},
		{"slots:\n  x:\n    allow-auto-connection:\n      - slot-names: [nope]\n        slots-per-plug: 5\n      - slots-per-plug: 2\n", policy.AutoConnection, 2, policy.AnyNumber},
		{"slots:\n  x:\n    allow-connection:\n      slots-per-plug: 3\n", policy.Connection, 3, policy.AnyNumber},
	} {
		cand := (&connCase{base: t.base}).candidate(c)
		d := cand.Check()
		if t.kind == policy.AutoConnection {
			d = cand.CheckAutoConnect()
		}
		c.Assert(d.Allowed, check.Equals, true, check.Commentf("%s", t.base))
		c.Check(d.SlotsPerPlug, check.Equals, t.slotsPerPlug, check.Commentf("%s", t.base))
		c.Check(d.PlugsPerSlot, check.Equals, t.plugsPlots, check.Commentf("%s", t.base))
	}
}

func (s *decideSuite) TestInterfaceVeto(c *check.C) {
	cand := (&connCase{base: "slots:\n  x: true\n"}).candidate(c)
	cand.Interface = &ifacetest.TestInterface{InterfaceName: "x",
		AutoConnectCallback: func(*snap.PlugInfo, *snap.SlotInfo) bool { return false }}
	c.Check(cand.Check().Allowed, check.Equals, true)
	d := cand.CheckAutoConnect()
	c.Check(d.Allowed, check.Equals, false)
	c.Check(d.Vetoed, check.Equals, true)
	c.Check(d.String(), check.Equals, `auto-connection of plug consumer:p to slot provider:s refused by interface "x"`)
	c.Check(d.Explain()[len(d.Explain())-1], check.Equals, `  policy allows it, but interface "x" refuses to auto-connect this plug and slot`)
	c.Check(d.Err(), check.ErrorMatches, `auto-connection .* refused by interface "x"`)
}

func (s *decideSuite) TestInterfaceMismatch(c *check.C) {
	cand := (&connCase{base: "slots:\n  x: true\n"}).candidate(c)
	cand.Slot.Interface = "y"
	d := cand.Check()
	c.Check(d.Allowed, check.Equals, false)
	c.Check(d.String(), check.Equals, `connection of plug consumer:p to slot provider:s denied: plug interface "x" does not match slot interface "y"`)
	c.Check(d.Explain(), check.HasLen, 1)
}

func (s *decideSuite) TestDynamicAttributes(c *check.C) {
	cand := (&connCase{base: "slots:\n  x:\n    allow-connection:\n      plug-attributes:\n        dyn: \"yes\"\n"}).candidate(c)
	c.Check(cand.Check().Allowed, check.Equals, false)
	cplug := interfaces.NewConnectedPlug(cand.Plug, map[string]interface{}{"dyn": "yes"})
	cand.PlugAttrs = cplug
	c.Check(cand.Check().Allowed, check.Equals, true)
}

func (s *decideSuite) TestInstallation(c *check.C) {
	base := mustParse(c, `plugs:
  x:
    allow-installation:
      plug-snap-type: [core]
  w:
    allow-installation:
      plug-attributes:
        a: $SLOT(a)
  z:
    deny-installation:
      on-classic: false
slots:
  x:
    allow-installation:
      slot-snap-type: [core]
  w: true
`, "base.yaml")
	info := newSnap("foo", snap.TypeApp)
	addPlug(info, "px", "x", nil)
	addPlug(info, "pw", "w", attrs{"a": "b"})
	addPlug(info, "pz", "z", nil)
	addPlug(info, "unruled", "other", nil)
	addSlot(info, "sx", "x", nil)
	addSlot(info, "sz", "w", nil)

	ic := &policy.InstallCandidate{Snap: info, BaseDeclaration: base}
	d := ic.Check()
	var got []string
	for _, dd := range d.Decisions {
		c.Check(dd.Kind, check.Equals, policy.Installation)
		got = append(got, dd.String())
	}
	c.Check(got, check.DeepEquals, []string{
		`installation of slot foo:sx not allowed by slot rule of interface "x" in the base declaration`,
		`installation of slot foo:sz allowed by slot rule of interface "w" in the base declaration`,
		// $SLOT() never holds at installation.
		`installation of plug foo:pw not allowed by plug rule of interface "w" in the base declaration`,
		`installation of plug foo:px not allowed by plug rule of interface "x" in the base declaration`,
		`installation of plug foo:pz allowed by plug rule of interface "z" in the base declaration`,
		`installation of plug foo:unruled allowed: no declaration has a rule for interface "other"`,
	})
	c.Check(d.Allowed(), check.Equals, false)
	c.Check(d.Err(), check.ErrorMatches, `installation of slot foo:sx not allowed .*`)
	c.Check(d.String(), check.Matches, `installation of snap "foo" denied: installation of slot foo:sx .*; installation of plug foo:pw .*; installation of plug foo:px .*`)

	// On core, z's deny holds.
	ic.System = policy.System{OnCore: true}
	c.Check(ic.Check().Decisions[4].String(), check.Equals, `installation of plug foo:pz denied by plug rule of interface "z" in the base declaration`)

	// The snap's declaration wins over the base declaration.
	ic.SnapDeclaration = mustParse(c, "snap-name: foo\nplugs:\n  x: true\n  w: true\nslots:\n  x: true\n", "foo.yaml")
	ic.System = policy.System{}
	d = ic.Check()
	c.Check(d.Allowed(), check.Equals, true)
	c.Check(d.Err(), check.IsNil)
	c.Check(d.String(), check.Equals, `installation of snap "foo" allowed`)
	c.Check(d.Explain()[0], check.Equals, `installation of slot foo:sx allowed by slot rule of interface "x" in the snap declaration of "foo"`)

	empty := &policy.InstallCandidate{Snap: newSnap("bare", snap.TypeApp), BaseDeclaration: base}
	c.Check(empty.Check().Explain(), check.DeepEquals, []string{`installation of snap "bare" allowed: it has no plugs or slots`})
}

func (s *decideSuite) TestExplain(c *check.C) {
	cand := (&connCase{
		base: `plugs:
  x:
    deny-connection:
      on-classic: false
    allow-connection:
      - plug-snap-type: [core]
        plug-names: [q]
      - on-classic: [fedora]
`,
	}).candidate(c)
	d := cand.Check()
	c.Check(d.Explain(), check.DeepEquals, []string{
		`connection of plug consumer:p to slot provider:s not allowed by plug rule of interface "x" in the base declaration`,
		`  rules consulted in order: plug rule of the plug snap's declaration: no declaration; slot rule of the slot snap's declaration: no declaration; plug rule of the base declaration: found (base.yaml:2), it decides`,
		`  deny-connection (base.yaml:3): no alternative holds`,
		`  allow-connection (base.yaml:5): no alternative holds`,
		`    alternative 1 (base.yaml:6): plug-snap-type: plug snap "consumer" has type app, want one of [core]`,
		`    alternative 1 (base.yaml:6): plug-names: plug name "p" does not match any of [q]`,
		`    alternative 2 (base.yaml:8): on-classic: the distribution is unknown, want one of [fedora]`,
	})
	c.Check(d.Failures(), check.DeepEquals, []policy.Failure{
		{Alternative: 0, Key: "plug-snap-type", Reason: `plug snap "consumer" has type app, want one of [core]`},
		{Alternative: 0, Key: "plug-names", Reason: `plug name "p" does not match any of [q]`},
		{Alternative: 1, Key: "on-classic", Reason: `the distribution is unknown, want one of [fedora]`},
	})
	var derr *policy.DecisionError
	c.Assert(d.Err(), check.FitsTypeOf, derr)
	c.Check(d.Err().(*policy.DecisionError).Decision.Explain(), check.HasLen, 7)
	c.Check(d.Rule.Line(), check.Equals, 2)
	c.Check(d.Subrule, check.Equals, policy.AllowConnection)
	c.Check(d.Alternative, check.Equals, -1)

	cand.System = policy.System{OnCore: true}
	d = cand.Check()
	c.Check(d.Explain()[2:], check.DeepEquals, []string{
		`  deny-connection (base.yaml:3): all constraints hold (on-classic)`,
	})
	c.Check(d.Subrule, check.Equals, policy.DenyConnection)
	c.Check(d.Alternative, check.Equals, 0)
	c.Check(d.Failures(), check.IsNil)

	cand.System = policy.System{Distribution: "fedora"}
	d = cand.CheckAutoConnect()
	c.Check(d.Explain()[2:], check.DeepEquals, []string{
		`  deny-auto-connection: absent, denies nothing`,
		`  allow-auto-connection: absent, allows`,
		`  arity: slots-per-plug 1, plugs-per-slot *`,
	})
	d = cand.Check()
	c.Check(d.Explain()[3:], check.DeepEquals, []string{
		`  allow-connection: alternative 2 (base.yaml:8) holds (on-classic)`,
		`  arity: slots-per-plug *, plugs-per-slot *`,
	})
	c.Check(d.Alternative, check.Equals, 1)
}

func (s *decideSuite) TestExplainShortcutsAndAttributes(c *check.C) {
	cand := (&connCase{
		base:      "slots:\n  x: false\n",
		plugAttrs: attrs{"a": "b", "l": []interface{}{"x", int64(1)}},
		slotAttrs: attrs{"a": "c"},
	}).candidate(c)
	c.Check(cand.Check().Explain()[2:], check.DeepEquals, []string{`  deny-connection (base.yaml:2): true`})

	for _, t := range []struct {
		constraint, why string
	}{
		{"plug-attributes:\n        a: $SLOT(a)", `plug-attributes: plug attribute "a" is "b", but $SLOT(a) is "c"`},
		{"plug-attributes:\n        a: $SLOT(z)", `plug-attributes: plug attribute "a" is "b", but the slot has no attribute "z"`},
		{"plug-attributes:\n        z: $SLOT(a)", `plug-attributes: plug attribute "z" is missing, want $SLOT(a)`},
		{"plug-attributes:\n        a: $MISSING", `plug-attributes: plug attribute "a" is "b", want it missing`},
		{"plug-attributes:\n        l: x", `plug-attributes: plug attribute "l[1]" is 1, which does not match "x"`},
		{"plug-attributes:\n        a: [x, \"y\"]", `plug-attributes: plug attribute "a" matches no alternative: (1) plug attribute "a" is "b", which does not match "x"; (2) plug attribute "a" is "b", which does not match "y"`},
		{"plug-attributes:\n        - a: x\n        - z: .*", `plug-attributes: plug attributes match no alternative: (1) plug attribute "a" is "b", which does not match "x"; (2) plug attribute "z" is missing`},
		{"plug-attributes:\n        a:\n          b: c", `plug-attributes: plug attribute "a" is "b", want a map`},
		{"slot-snap-type: [app]", `slot-snap-type: slot snap "provider" has type os (which counts as core), want one of [app]`},
		{"slot-snap-id: [abc]", `slot-snap-id: slot snap "provider" has no snap id (it has no snap declaration saying one), want one of [abc]`},
		{"plug-publisher-id: [$SLOT_PUBLISHER_ID]", `plug-publisher-id: plug snap "consumer" has no known publisher (it has no snap declaration saying one), want one of [$SLOT_PUBLISHER_ID; the slot snap's publisher is ""]`},
		{"on-classic: false", `on-classic: the system is a classic distribution, want Ubuntu Core`},
		{"on-core-desktop: true", `on-core-desktop: the system is not Ubuntu Core Desktop`},
		{"on-store: [a]", `on-store: the store of the system is unknown, want one of [a]`},
		{"on-model: [a/b]", `on-model: the model of the system is unknown, want one of [a/b]`},
	} {
		cand.BaseDeclaration = mustParse(c, "slots:\n  x:\n    allow-connection:\n      "+t.constraint+"\n", "base.yaml")
		lines := cand.Check().Explain()
		c.Check(lines[len(lines)-1], check.Equals, "    "+t.why, check.Commentf("%s", t.constraint))
	}
	cand.Slot.Snap.System = false
	cand.BaseDeclaration = mustParse(c, "slots:\n  x:\n    allow-connection:\n      slot-snap-type: [core]\n", "base.yaml")
	lines := cand.Check().Explain()
	c.Check(lines[len(lines)-1], check.Equals, `    slot-snap-type: slot snap "provider" has type os but is not the system snap, want one of [core]`)
	cand.Slot.Snap.System = true
	plugDecl := mustParse(c, "snap-name: consumer\nsnap-id: abc\npublisher-id: acme\n", "p.yaml")
	cand.PlugSnapDeclaration = plugDecl
	for _, t := range []struct {
		constraint string
		sys        policy.System
		why        string
	}{
		{"plug-snap-id: [def]", policy.System{}, `plug-snap-id: plug snap "consumer" has snap id "abc", want one of [def]`},
		{"plug-publisher-id: [other]", policy.System{}, `plug-publisher-id: plug snap "consumer" has publisher "acme", want one of [other]`},
		{"on-classic: true", policy.System{OnCore: true}, `on-classic: the system is Ubuntu Core, want a classic distribution`},
		{"on-classic: [ubuntu]", policy.System{OnCore: true}, `on-classic: the system is Ubuntu Core, want a classic distribution among [ubuntu]`},
		{"on-classic: [ubuntu]", policy.System{Distribution: "ubuntu", Variant: "core"}, `on-classic: the distribution is "ubuntu/core", want one of [ubuntu]`},
		{"on-core-desktop: false", policy.System{OnCore: true, CoreDesktop: true}, `on-core-desktop: the system is Ubuntu Core Desktop`},
		{"on-brand: [acme]", policy.System{Brand: "other"}, `on-brand: the brand of the system is "other", want one of [acme]`},
	} {
		cand.BaseDeclaration = mustParse(c, "slots:\n  x:\n    allow-connection:\n      "+t.constraint+"\n", "base.yaml")
		cand.System = t.sys
		lines := cand.Check().Explain()
		c.Check(lines[len(lines)-1], check.Equals, "    "+t.why, check.Commentf("%s", t.constraint))
	}
}

func (s *decideSuite) TestSystemString(c *check.C) {
	c.Check(policy.System{}.String(), check.Equals, "classic")
	c.Check(policy.System{Distribution: "fedora"}.String(), check.Equals, "classic (fedora)")
	c.Check(policy.System{OnCore: true}.String(), check.Equals, "Ubuntu Core")
	c.Check(policy.System{OnCore: true, CoreDesktop: true}.String(), check.Equals, "Ubuntu Core Desktop")
}
