// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

import (
	"fmt"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

// System describes the device a decision is taken for, as far as the
// on-* constraints ask.
type System struct {
	// OnCore is set on Ubuntu Core, unset on a classic distribution.
	OnCore bool
	// CoreDesktop is set on Ubuntu Core Desktop (with OnCore).
	CoreDesktop bool
	// Distribution and Variant are os-release's ID and VARIANT_ID on a
	// classic distribution, "" when unknown.
	Distribution string
	Variant      string
	// Store, Brand and Model identify the device's store and model
	// (Model without its brand), "" when unknown.
	Store string
	Brand string
	Model string
	// SystemSnap, when set, is the instance name of the system snap,
	// for callers that decide about a snap.yaml they read rather than a
	// snap.Info they marked as the system (snap.Info.System). Only the
	// system snap counts as "core" for slot-snap-type and plug-snap-type:
	// a snap that says "type: snapd" or "type: os" and is not the
	// designated one matches no snap type.
	SystemSnap string
}

// String says what kind of system it is, for explanations.
func (sys System) String() string {
	switch {
	case sys.OnCore && sys.CoreDesktop:
		return "Ubuntu Core Desktop"
	case sys.OnCore:
		return "Ubuntu Core"
	case sys.Distribution != "":
		return "classic (" + sys.Distribution + ")"
	}
	return "classic"
}

// party is one side of a decision, as the constraints see it: a view
// of the snap, the plug or slot, and the snap's declaration, read only
// as far as the constraints ask.
type party struct {
	present bool
	info    *snap.Info
	name    string // plug or slot name
	attrs   map[string]interface{}
	attrer  interfaces.Attrer
	decl    *Declaration
}

func newParty(info *snap.Info, name string, attrs map[string]interface{}, attrer interfaces.Attrer, decl *Declaration) party {
	return party{present: true, info: info, name: name, attrs: attrs, attrer: attrer, decl: decl}
}

// lookup returns the attribute at a path, given both split and as
// text.
func (p *party) lookup(path []string, text string) (interface{}, bool) {
	if p.attrer != nil {
		return p.attrer.Lookup(text)
	}
	return walkPath(p.attrs, path)
}

// snapName returns the instance name of the snap.
func (p *party) snapName() string {
	if p.info == nil {
		return ""
	}
	return p.info.InstanceName()
}

func (p *party) snapType() snap.Type {
	if p.info == nil {
		return ""
	}
	return p.info.Type
}

// isSystem says whether the party's snap is the system snap: the one
// the caller designated, by marking it (snap.Info.System) or by naming
// it in sys.
func (p *party) isSystem(sys *System) bool {
	if p.info == nil {
		return false
	}
	return p.info.System || (sys != nil && sys.SystemSnap != "" && p.info.InstanceName() == sys.SystemSnap)
}

// snapID and publisherID come from the snap's declaration: a snap
// without one has neither.
func (p *party) snapID() string {
	if p.decl == nil {
		return ""
	}
	return p.decl.SnapID
}

func (p *party) publisherID() string {
	if p.decl == nil {
		return ""
	}
	return p.decl.PublisherID
}

func (p *party) ref() string { return p.snapName() + ":" + p.name }

// env is everything a decision looks at. It lives on the stack while
// deciding; a decision rebuilds it from its candidate to explain
// itself.
type env struct {
	kind       Kind
	iface      string
	plug, slot party
	sys        *System

	// The declarations consulted, in the order they were.
	plugDecl, slotDecl, base *Declaration
	// note, when set, decides instead of any rule.
	note string
	// conn, when set, is the candidate whose parties are filled in
	// when a constraint first asks for one: most decisions ask for
	// none.
	conn *ConnectCandidate
}

func (e *env) party(side Side) *party {
	if e.conn != nil {
		c := e.conn
		e.plug = newParty(c.Plug.Snap, c.Plug.Name, c.Plug.Attrs, c.PlugAttrs, c.PlugSnapDeclaration)
		e.slot = newParty(c.Slot.Snap, c.Slot.Name, c.Slot.Attrs, c.SlotAttrs, c.SlotSnapDeclaration)
		e.conn = nil
	}
	if side == SlotSide {
		return &e.slot
	}
	return &e.plug
}

// InstallCandidate is a snap about to be installed, with what decides
// whether its plugs and slots may be.
type InstallCandidate struct {
	Snap *snap.Info
	// SnapDeclaration is the snap's own declaration, or nil.
	SnapDeclaration *Declaration
	// BaseDeclaration is the base declaration; nil has no rules.
	BaseDeclaration *Declaration
	System          System
}

// InstallDecision is the installation decision for a snap: one
// decision for each of its slots, then each of its plugs.
type InstallDecision struct {
	Snap      string
	Decisions []Decision
}

// Allowed says whether every plug and slot may be installed.
func (d *InstallDecision) Allowed() bool {
	for i := range d.Decisions {
		if !d.Decisions[i].Allowed {
			return false
		}
	}
	return true
}

// Err returns nil when installation is allowed, else a *DecisionError
// for the first plug or slot that is not.
func (d *InstallDecision) Err() error {
	for i := range d.Decisions {
		if err := d.Decisions[i].Err(); err != nil {
			return err
		}
	}
	return nil
}

// String sums the decision up in one line.
func (d *InstallDecision) String() string {
	var denied []string
	for i := range d.Decisions {
		if !d.Decisions[i].Allowed {
			denied = append(denied, d.Decisions[i].String())
		}
	}
	switch len(denied) {
	case 0:
		return fmt.Sprintf("installation of snap %q allowed", d.Snap)
	case 1:
		return denied[0]
	}
	return fmt.Sprintf("installation of snap %q denied: %s", d.Snap, strings.Join(denied, "; "))
}

// Explain returns the explanation of every plug and slot that may not
// be installed, or of every one when all may.
func (d *InstallDecision) Explain() []string {
	var lines []string
	all := d.Allowed()
	for i := range d.Decisions {
		if all || !d.Decisions[i].Allowed {
			lines = append(lines, d.Decisions[i].Explain()...)
		}
	}
	if len(lines) == 0 {
		lines = []string{fmt.Sprintf("installation of snap %q allowed: it has no plugs or slots", d.Snap)}
	}
	return lines
}

// Check decides whether each slot, then each plug, of the snap may be
// installed: the rule of the snap declaration for the interface wins
// whole when it has one, else the base declaration's.
func (ic *InstallCandidate) Check() *InstallDecision {
	d := &InstallDecision{Snap: ic.Snap.InstanceName()}
	for _, side := range []Side{SlotSide, PlugSide} {
		names := sortedNames(ic.Snap.Plugs)
		if side == SlotSide {
			names = sortedNames(ic.Snap.Slots)
		}
		for _, name := range names {
			var dec Decision
			ic.checkOne(side, name, &dec)
			d.Decisions = append(d.Decisions, dec)
		}
	}
	return d
}

// CheckPlug decides whether one plug of the snap, which must have it,
// may be installed, as Check decides it among the others.
func (ic *InstallCandidate) CheckPlug(name string) (d Decision) {
	ic.checkOne(PlugSide, name, &d)
	return d
}

// CheckSlot decides whether one slot of the snap, which must have it,
// may be installed.
func (ic *InstallCandidate) CheckSlot(name string) (d Decision) {
	ic.checkOne(SlotSide, name, &d)
	return d
}

// installAllowed says whether one plug or slot may be installed,
// keeping nothing of ic: what auto-connection asks of every candidate,
// which must cost no allocation.
func (ic *InstallCandidate) installAllowed(side Side, name string) bool {
	var e env
	rule := ic.env(&e, side, name)
	var d Decision
	decide(e.kind, &e, rule, &d)
	return d.Allowed
}

// checkOne decides the installation of one plug or slot into d.
func (ic *InstallCandidate) checkOne(side Side, name string, d *Decision) {
	var e env
	rule := ic.env(&e, side, name)
	decide(e.kind, &e, rule, d)
	d.inst, d.side, d.name = ic, side, name
}

// env fills e for the installation of a plug or slot, and returns the
// rule that decides it: the snap declaration's, else the base
// declaration's.
func (ic *InstallCandidate) env(e *env, side Side, name string) *Rule {
	*e = env{kind: Installation, sys: &ic.System, base: ic.BaseDeclaration}
	if side == SlotSide {
		slot := ic.Snap.Slots[name]
		e.iface, e.slotDecl = slot.Interface, ic.SnapDeclaration
		e.slot = newParty(ic.Snap, slot.Name, slot.Attrs, nil, ic.SnapDeclaration)
		if rule := ic.SnapDeclaration.SlotRule(slot.Interface); rule != nil {
			return rule
		}
		return ic.BaseDeclaration.SlotRule(slot.Interface)
	}
	plug := ic.Snap.Plugs[name]
	e.iface, e.plugDecl = plug.Interface, ic.SnapDeclaration
	e.plug = newParty(ic.Snap, plug.Name, plug.Attrs, nil, ic.SnapDeclaration)
	if rule := ic.SnapDeclaration.PlugRule(plug.Interface); rule != nil {
		return rule
	}
	return ic.BaseDeclaration.PlugRule(plug.Interface)
}

func sortedNames[V any](m map[string]V) []string {
	names := make([]string, 0, len(m))
	for name := range m {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// ConnectCandidate is a plug and a slot that may be connected, with what
// decides whether they may be. The candidate must not change while the
// decisions taken from it are in use: they explain themselves from it.
type ConnectCandidate struct {
	Plug *snap.PlugInfo
	Slot *snap.SlotInfo
	// PlugAttrs and SlotAttrs, when set, are where attribute
	// constraints look (a ConnectedPlug or ConnectedSlot, with its
	// dynamic attributes); else they look at the static attributes.
	PlugAttrs interfaces.Attrer
	SlotAttrs interfaces.Attrer

	// PlugSnapDeclaration and SlotSnapDeclaration are the snaps' own
	// declarations, or nil; they also give the snaps' ids and
	// publishers.
	PlugSnapDeclaration *Declaration
	SlotSnapDeclaration *Declaration
	// BaseDeclaration is the base declaration; nil has no rules.
	BaseDeclaration *Declaration
	System          System

	// Interface, when set, is asked whether it agrees to auto-connect
	// the plug and slot once policy allows it.
	Interface interfaces.Interface
}

// Check decides whether the plug and slot may be connected manually.
func (c *ConnectCandidate) Check() (d Decision) {
	c.check(Connection, &d)
	return d
}

// CheckAutoConnect decides whether the plug and slot connect
// automatically. The decision carries the arity (SlotsPerPlug,
// PlugsPerSlot) of the alternative that allowed it: one slot per plug
// unless it says otherwise.
func (c *ConnectCandidate) CheckAutoConnect() (d Decision) {
	c.check(AutoConnection, &d)
	if d.Allowed && c.Interface != nil && !c.Interface.AutoConnect(c.Plug, c.Slot) {
		d.Allowed = false
		d.Vetoed = true
	}
	return d
}

// check decides into d, which it fills whole.
func (c *ConnectCandidate) check(kind Kind, d *Decision) {
	if c.Slot.Interface != c.Plug.Interface {
		*d = Decision{Kind: kind, Alternative: -1, conn: c}
		return
	}
	rule := connectionRule(c.PlugSnapDeclaration, c.SlotSnapDeclaration, c.BaseDeclaration, c.Plug.Interface)
	if rule.constrains(kind) {
		e := env{kind: kind, iface: c.Plug.Interface, sys: &c.System,
			plugDecl: c.PlugSnapDeclaration, slotDecl: c.SlotSnapDeclaration, base: c.BaseDeclaration, conn: c}
		decide(kind, &e, rule, d)
	} else {
		// Most rules decide without a constraint: the environment,
		// two hundred bytes to clear, is left unmade.
		decide(kind, nil, rule, d)
	}
	d.conn = c
}

// constrains says whether a rule's subrules of a kind of decision have
// an alternative with a constraint, which looks at the environment.
func (r *Rule) constrains(kind Kind) bool {
	if r == nil {
		return false
	}
	allow, deny := subrulesOf(kind)
	for _, sub := range [2]*Subrule{r.Subrules[allow], r.Subrules[deny]} {
		if sub == nil {
			continue
		}
		for _, alt := range sub.Alternatives {
			if len(alt.constraints) > 0 {
				return true
			}
		}
	}
	return false
}

// env fills e for a decision of the given kind about the candidate.
func (c *ConnectCandidate) env(e *env, kind Kind) {
	*e = env{kind: kind, iface: c.Plug.Interface, sys: &c.System,
		plugDecl: c.PlugSnapDeclaration, slotDecl: c.SlotSnapDeclaration, base: c.BaseDeclaration}
	e.plug = newParty(c.Plug.Snap, c.Plug.Name, c.Plug.Attrs, c.PlugAttrs, c.PlugSnapDeclaration)
	e.slot = newParty(c.Slot.Snap, c.Slot.Name, c.Slot.Attrs, c.SlotAttrs, c.SlotSnapDeclaration)
	if c.Slot.Interface != c.Plug.Interface {
		e.note = fmt.Sprintf("plug interface %q does not match slot interface %q", c.Plug.Interface, c.Slot.Interface)
	}
}

// connectionRule finds the rule that decides a connection: the first
// there is of the plug snap's plug rule, the slot snap's slot rule, the
// base declaration's plug rule, then its slot rule.
func (e *env) connectionRule() *Rule {
	return connectionRule(e.plugDecl, e.slotDecl, e.base, e.iface)
}

// connectionRule is env.connectionRule, from the declarations.
func connectionRule(plugDecl, slotDecl, base *Declaration, iface string) *Rule {
	if r := plugDecl.PlugRule(iface); r != nil {
		return r
	}
	if r := slotDecl.SlotRule(iface); r != nil {
		return r
	}
	plug, slot := base.rulesOf(iface)
	if plug != nil {
		return plug
	}
	return slot
}

// decide applies a rule, nil when there is none, into d: deny first,
// then allow.
//
// e may be nil when no alternative of the rule's subrules of kind has a
// constraint (Rule.constrains).
func decide(kind Kind, e *env, rule *Rule, d *Decision) {
	*d = Decision{Kind: kind, Rule: rule, Alternative: -1}
	allowKind, denyKind := subrulesOf(kind)
	d.Subrule = allowKind
	if kind == AutoConnection {
		d.SlotsPerPlug = 1
		d.PlugsPerSlot = AnyNumber
	} else if kind == Connection {
		d.SlotsPerPlug, d.PlugsPerSlot = AnyNumber, AnyNumber
	}
	if rule == nil {
		d.Allowed = true
		return
	}
	if deny := rule.Subrules[denyKind]; deny != nil {
		if i := deny.match(e); i >= 0 {
			d.Subrule, d.Alternative = denyKind, i
			return
		}
	}
	allow := rule.Subrules[allowKind]
	if allow == nil {
		d.Allowed = true
		return
	}
	i := allow.match(e)
	if i < 0 {
		return
	}
	d.Allowed, d.Alternative = true, i
	alt := allow.Alternatives[i]
	if alt.SlotsPerPlug != 0 {
		d.SlotsPerPlug = alt.SlotsPerPlug
	}
	if alt.PlugsPerSlot != 0 {
		d.PlugsPerSlot = alt.PlugsPerSlot
	}
}

// match returns the index of the first alternative that holds, or -1.
func (s *Subrule) match(e *env) int {
	for i, alt := range s.Alternatives {
		if alt.holds(e) {
			return i
		}
	}
	return -1
}

func (a *Alternative) holds(e *env) bool {
	for i := range a.constraints {
		if !a.constraints[i].holds(e, nil) {
			return false
		}
	}
	return true
}

// failures checks every constraint of the alternative, saying why each
// that fails does.
func (a *Alternative) failures(e *env) []Failure {
	var out []Failure
	for i := range a.constraints {
		var why string
		if !a.constraints[i].holds(e, &why) {
			out = append(out, Failure{Alternative: a.Index, Key: a.constraints[i].key.String(), Reason: why})
		}
	}
	return out
}
