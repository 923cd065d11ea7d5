// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"sort"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

// The decisions of every interface of the catalogue for a plain app
// snap with a bare plug (no attributes, no snap declaration), against
// the system snap's slot, on classic (Ubuntu) and on Ubuntu Core,
// computed from the built-in base declaration and compared with the
// reference behaviour (testdata/reference/interfaces.tsv). The columns
// and their values are the reference's own.
type referenceSuite struct{}

var _ = check.Suite(&referenceSuite{})

// decisionColumns are the reference columns that policy decides.
var decisionColumns = []string{
	"slot_install_app", "slot_install_core", "slot_install_gadget", "slot_install_kernel",
	"plug_install",
	"auto_connect_classic", "auto_connect_core",
	"connect_manual_classic", "connect_manual_core",
}

// referenceExceptions lists, per interface and column, where snapiface
// decides differently from the reference system on purpose, and why.
var referenceExceptions = map[string]map[string]string{
	"dbus": {"connect_manual_classic": "a dbus plug needs its bus and name attributes (a bare one is dropped " +
		"when its snap is added), and the catalogue's slot rule lets a plug connect only to the slot of " +
		"the same bus and name, which a bare plug never matches"},
	"mediatek-accel": {
		"connect_manual_classic": "the reference's bare plug is refused when its snap is added (at least one of \"apu\" and \"vcu\" " +
			"must be true), so it never gets to connect; ours is refused there too (mediatek_accel_test.go), and the " +
			"declaration, which has no rule of its own for the plug, allows a manual connection of a plug that was sanitized",
		"connect_manual_core": "the reference's bare plug is refused when its snap is added (at least one of \"apu\" and \"vcu\" " +
			"must be true), so it never gets to connect; ours is refused there too (mediatek_accel_test.go), and the " +
			"declaration, which has no rule of its own for the plug, allows a manual connection of a plug that was sanitized",
	},
}

// unreferencedExpectations are the expected decisions of the
// interfaces of the catalogue that the reference does not know. Every
// interface of the catalogue needs either a reference row or a row
// here.
var unreferencedExpectations = map[string]map[string]string{}

var (
	classicSystem = policy.System{Distribution: "ubuntu"}
	coreSystem    = policy.System{OnCore: true}
)

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// systemSlot returns the system snap's slot of an interface on a kind
// of system. When the system has no such slot, a slot added to it for
// the occasion stands in, so that a manual connection to "the system"
// can still be decided (the reference decides it on classic too).
func systemSlot(iface interfaces.Interface, kind builtin.System) (slot *snap.SlotInfo, implicit bool) {
	sys := builtin.SystemSnap(kind)
	if slot := sys.Slots[iface.Name()]; slot != nil {
		return slot, true
	}
	slot = &snap.SlotInfo{Snap: sys, Name: iface.Name(), Interface: iface.Name(),
		Apps: map[string]*snap.AppInfo{}, Hooks: map[string]*snap.HookInfo{}}
	sys.Slots[slot.Name] = slot
	return slot, false
}

// slotInstall decides whether a snap of a type may carry a bare slot.
func slotInstall(base *policy.Declaration, iface string, t snap.Type) string {
	info := newSnap("provider", t)
	// The reference's "core" column is the system snap's.
	info.System = t == snap.TypeSnapd
	addSlot(info, "slot", iface, nil)
	ic := &policy.InstallCandidate{Snap: info, BaseDeclaration: base, System: classicSystem}
	return yesNo(ic.Check().Allowed())
}

// plugInstall classifies the installation of a bare plug on an app
// snap as the reference does: "constrained" when the rule that decides
// has an installation subrule with constraints (snap type, attributes,
// system), whatever it decides for a bare plug; else "allowed" or
// "denied", by shortcuts or defaults alone.
func plugInstall(base *policy.Declaration, iface string) string {
	info := newSnap("consumer", snap.TypeApp)
	addPlug(info, "plug", iface, nil)
	ic := &policy.InstallCandidate{Snap: info, BaseDeclaration: base, System: classicSystem}
	d := ic.Check().Decisions[0]
	if d.Rule != nil {
		for _, kind := range []policy.SubruleKind{policy.AllowInstallation, policy.DenyInstallation} {
			if sub := d.Rule.Subrule(kind); sub != nil && !sub.Shortcut {
				return "constrained"
			}
		}
	}
	if d.Allowed {
		return "allowed"
	}
	return "denied"
}

// referenceDecisions computes the decision columns of an interface.
func referenceDecisions(c *check.C, base *policy.Declaration, iface interfaces.Interface) map[string]string {
	name := iface.Name()
	got := map[string]string{
		"slot_install_app":    slotInstall(base, name, snap.TypeApp),
		"slot_install_core":   slotInstall(base, name, snap.TypeSnapd),
		"slot_install_gadget": slotInstall(base, name, snap.TypeGadget),
		"slot_install_kernel": slotInstall(base, name, snap.TypeKernel),
		"plug_install":        plugInstall(base, name),
	}
	for _, t := range []struct {
		kind   builtin.System
		sys    policy.System
		suffix string
	}{{builtin.Classic, classicSystem, "classic"}, {builtin.Core, coreSystem, "core"}} {
		consumer := newSnap("consumer", snap.TypeApp)
		plug := addPlug(consumer, "plug", name, nil)
		slot, implicit := systemSlot(iface, t.kind)
		cand := &policy.ConnectCandidate{Plug: plug, Slot: slot, BaseDeclaration: base, System: t.sys, Interface: iface}
		got["auto_connect_"+t.suffix] = "n/a"
		got["connect_manual_"+t.suffix] = yesNo(cand.Check().Allowed)
		if implicit {
			got["auto_connect_"+t.suffix] = yesNo(cand.CheckAutoConnect().Allowed)
		} else if t.kind == builtin.Core {
			// The reference decides manual connections to a
			// slot the system lacks on classic only.
			got["connect_manual_core"] = "n/a"
		}
	}
	return got
}

func (s *referenceSuite) TestDecisionsAgreeWithReference(c *check.C) {
	base, err := policy.BuiltinDeclaration()
	c.Assert(err, check.IsNil)
	facts, err := testutil.LoadReferenceFacts()
	c.Assert(err, check.IsNil)
	var table []string
	for _, iface := range builtin.Interfaces() {
		name := iface.Name()
		got := referenceDecisions(c, base, iface)
		want, ok := facts[name]
		if !ok {
			want, ok = unreferencedExpectations[name]
			if !c.Check(ok, check.Equals, true, check.Commentf("interface %q is neither in the reference nor in unreferencedExpectations; add a row: %v", name, got)) {
				continue
			}
		}
		row := []string{name}
		for _, column := range decisionColumns {
			row = append(row, got[column])
			if why, ok := referenceExceptions[name][column]; ok {
				c.Logf("%s: %s differs from the reference on purpose: %s", name, column, why)
				continue
			}
			c.Check(got[column], check.Equals, want[column], check.Commentf("%s of %q", column, name))
		}
		table = append(table, strings.Join(row, "\t"))
	}
	sort.Strings(table)
	c.Logf("%s\n%s", strings.Join(append([]string{"name"}, decisionColumns...), "\t"), strings.Join(table, "\n"))
}

func (s *referenceSuite) TestExceptionsAreCurrent(c *check.C) {
	for name, columns := range referenceExceptions {
		_, err := builtin.ByName(name)
		c.Check(err, check.IsNil, check.Commentf("exception for %q, which is not in the catalogue", name))
		for column, why := range columns {
			c.Check(strings.Join(decisionColumns, " "), testutil.Contains, column)
			c.Check(why, check.Not(check.Equals), "")
		}
	}
	facts, err := testutil.LoadReferenceFacts()
	c.Assert(err, check.IsNil)
	for name, row := range unreferencedExpectations {
		_, inReference := facts[name]
		c.Check(inReference, check.Equals, false, check.Commentf("%q is in the reference: drop its hand-written row", name))
		c.Check(row, check.HasLen, len(decisionColumns), check.Commentf("%q", name))
	}
}
