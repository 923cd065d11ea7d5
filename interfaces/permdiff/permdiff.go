// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package permdiff says what an upload or a refresh changes in what a
// snap may do, for a reviewer or a publisher's CI: the plugs and slots
// added, removed or changed; the policy decisions that change
// (installation, auto-connection, manual connection); and, per
// security tag, the AppArmor rules and seccomp rules gained or lost,
// grouped by the interface that adds them. It compares two base
// declarations too: the decisions about every interface of the
// catalogue that change.
//
// Both revisions are rendered as a daemon renders them, with every
// plug connected to the system's slot of its interface (what the snap
// gets once its plugs are connected; policy says which connect by
// themselves). A gained rule is checked with the matcher (package
// aare): its witnesses, sample accesses it allows, are asked of the
// old profile, so that a rule that only moves or is rewritten adds no
// access; a lost rule likewise of the new profile.
package permdiff

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// Options say on what system revisions are compared.
type Options struct {
	System builtin.System
	// Base is the base declaration; the built-in one when nil.
	Base *policy.Declaration
	// SnapDeclarations are snap declarations by snap name.
	SnapDeclarations map[string]*policy.Declaration
}

// The decisions about a plug and the system's slot, from the most to
// the least permissive; installation decisions are "allowed" and
// "denied".
const (
	DecisionAuto        = policy.ConnectAuto
	DecisionManual      = policy.ConnectManual
	DecisionDeclaration = policy.ConnectDeclaration
	DecisionNoSlot      = "no-slot"
	DecisionAllowed     = "allowed"
	DecisionDenied      = "denied"
	// DecisionAbsent is the decision of a plug or slot a revision does
	// not have.
	DecisionAbsent = ""
)

var permissiveness = map[string]int{
	DecisionAuto: 3, DecisionManual: 2, DecisionAllowed: 2, DecisionDeclaration: 1, DecisionDenied: 1, DecisionNoSlot: 0, DecisionAbsent: 0,
}

// Report is what changes between two revisions of a snap, or two base
// declarations.
type Report struct {
	// Kind is "snap" or "base-declaration".
	Kind string `json:"kind"`
	Snap string `json:"snap,omitempty"`
	// Endpoints are the plugs and slots added, removed or changed.
	Endpoints []Endpoint `json:"endpoints"`
	// Decisions are the policy decisions that change.
	Decisions []DecisionChange `json:"decisions"`
	// Tags are the security tags whose rules change.
	Tags []TagChange `json:"tags"`
	// Widens says the new revision may do something the old could not;
	// Review says the new one needs a snap declaration or a store's
	// manual review to install or connect what it asks.
	Widens bool `json:"widens"`
	Review bool `json:"review"`
}

// Endpoint is a plug or slot added, removed or changed.
type Endpoint struct {
	Change    string `json:"change"` // added, removed, changed
	Side      string `json:"side"`   // plug, slot
	Name      string `json:"name"`
	Interface string `json:"interface"`
	// Old and New are the attributes, in JSON, of a changed one (the
	// interface too when it changed).
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`
}

// DecisionChange is a policy decision that changes.
type DecisionChange struct {
	// Subject is what is decided: "installation of plug foo:camera",
	// "connection of plug foo:camera".
	Subject   string `json:"subject"`
	Interface string `json:"interface"`
	Old       string `json:"old"`
	New       string `json:"new"`
	OldReason string `json:"old-reason,omitempty"`
	NewReason string `json:"new-reason,omitempty"`
	// Widens says the new decision is more permissive.
	Widens bool `json:"widens"`
}

// TagChange is what changes in the profile and the seccomp policy of
// one security tag.
type TagChange struct {
	Tag string `json:"tag"`
	// Change is "added", "removed" or "changed".
	Change string `json:"change"`
	// Interfaces group the rule changes by the interface that adds the
	// rules ("" for the base template), sorted by name.
	Interfaces []InterfaceChange `json:"interfaces"`
}

// InterfaceChange is what one interface adds to or takes from a tag.
type InterfaceChange struct {
	Interface string       `json:"interface"`
	Gained    []RuleChange `json:"gained,omitempty"`
	Lost      []RuleChange `json:"lost,omitempty"`
	// SyscallsGained and SyscallsLost are seccomp rule lines.
	SyscallsGained []RuleChange `json:"syscalls-gained,omitempty"`
	SyscallsLost   []RuleChange `json:"syscalls-lost,omitempty"`
}

// RuleChange is a rule gained or lost.
type RuleChange struct {
	Rule string `json:"rule"`
	// Accesses are, for a gained rule, the accesses it allows that
	// the old revision did not (for a lost rule, the accesses the new
	// revision no longer allows), in the matcher's text form.
	Accesses []string `json:"accesses,omitempty"`
	// Changes says whether the rule changes what is allowed: false
	// when every access it allows is allowed (or still allowed)
	// otherwise. A rule whose accesses cannot be sampled (mount rules,
	// for one) is taken to change it.
	Changes bool `json:"changes"`
	// Unsampled says the rule has no witness: Changes is then a guess.
	Unsampled bool `json:"unsampled,omitempty"`
}

// Snaps compares two revisions of a snap.
func Snaps(old, new *snap.Info, opts Options) (*Report, error) {
	if old.InstanceName() != new.InstanceName() {
		return nil, fmt.Errorf("cannot compare snap %q with snap %q: a refresh keeps the snap's name", old.InstanceName(), new.InstanceName())
	}
	base, err := baseOf(opts)
	if err != nil {
		return nil, err
	}
	r := &Report{Kind: "snap", Snap: new.InstanceName(), Endpoints: []Endpoint{}, Decisions: []DecisionChange{}, Tags: []TagChange{}}
	r.Endpoints = endpoints(old, new)
	oldRev, err := renderRevision(old, base, opts)
	if err != nil {
		return nil, err
	}
	newRev, err := renderRevision(new, base, opts)
	if err != nil {
		return nil, err
	}
	r.Decisions = decisionChanges(oldRev.decisions, newRev.decisions)
	for _, d := range newRev.decisions {
		if d.decision == DecisionDenied || d.decision == DecisionDeclaration {
			r.Review = true
		}
	}
	if r.Tags, err = tagChanges(oldRev, newRev); err != nil {
		return nil, err
	}
	r.sum()
	return r, nil
}

func baseOf(opts Options) (*policy.Declaration, error) {
	if opts.Base != nil {
		return opts.Base, nil
	}
	base, err := policy.BuiltinDeclaration()
	if err != nil {
		return nil, fmt.Errorf("cannot compile the built-in base declaration: %w", err)
	}
	return base, nil
}

// sum sets Widens from the decisions and rules.
func (r *Report) sum() {
	for _, d := range r.Decisions {
		r.Widens = r.Widens || d.Widens
	}
	for _, t := range r.Tags {
		for _, i := range t.Interfaces {
			for _, g := range append(append([]RuleChange(nil), i.Gained...), i.SyscallsGained...) {
				r.Widens = r.Widens || g.Changes
			}
		}
	}
}

func attrsJSON(iface string, attrs map[string]interface{}) string {
	data, err := json.Marshal(attrs)
	if err != nil {
		return iface
	}
	if len(attrs) == 0 {
		return "interface " + iface
	}
	return "interface " + iface + ", " + string(data)
}

// endpoints compares the plugs and slots of two revisions.
func endpoints(old, new *snap.Info) []Endpoint {
	out := []Endpoint{}
	type endpoint struct {
		iface string
		attrs map[string]interface{}
	}
	compare := func(side string, o, n map[string]endpoint) {
		names := map[string]bool{}
		for name := range o {
			names[name] = true
		}
		for name := range n {
			names[name] = true
		}
		for _, name := range sortedKeys(names) {
			oe, inOld := o[name]
			ne, inNew := n[name]
			switch {
			case !inOld:
				out = append(out, Endpoint{Change: "added", Side: side, Name: name, Interface: ne.iface})
			case !inNew:
				out = append(out, Endpoint{Change: "removed", Side: side, Name: name, Interface: oe.iface})
			default:
				if os, ns := attrsJSON(oe.iface, oe.attrs), attrsJSON(ne.iface, ne.attrs); os != ns {
					out = append(out, Endpoint{Change: "changed", Side: side, Name: name, Interface: ne.iface, Old: os, New: ns})
				}
			}
		}
	}
	plugs := func(info *snap.Info) map[string]endpoint {
		m := map[string]endpoint{}
		for name, p := range info.Plugs {
			m[name] = endpoint{p.Interface, p.Attrs}
		}
		return m
	}
	slots := func(info *snap.Info) map[string]endpoint {
		m := map[string]endpoint{}
		for name, s := range info.Slots {
			m[name] = endpoint{s.Interface, s.Attrs}
		}
		return m
	}
	compare("plug", plugs(old), plugs(new))
	compare("slot", slots(old), slots(new))
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// decided is one decision of one revision.
type decided struct {
	subject, iface, decision, reason string
}

// revision is a snap's revision, decided and rendered.
type revision struct {
	decisions []decided
	profiles  map[string]*apparmor.Profile
	policies  map[string]*seccomp.Policy
}

// renderRevision decides the installation of a snap and of each plug,
// connects each plug to the system's slot of its interface, and renders
// every tag.
func renderRevision(info *snap.Info, base *policy.Declaration, opts Options) (*revision, error) {
	repo := builtin.NewRepository()
	if _, err := repo.AddSnap(builtin.SystemSnap(opts.System)); err != nil {
		return nil, fmt.Errorf("internal error: %v", err)
	}
	if info.Type == snap.TypeSnapd || info.Type == snap.TypeOS {
		return nil, fmt.Errorf("cannot compare snap %q of type %s: it would stand for the system snap", info.InstanceName(), info.Type)
	}
	dropped, err := repo.AddSnap(info)
	if err != nil {
		return nil, fmt.Errorf("cannot add snap %q: %w", info.InstanceName(), err)
	}
	rev := &revision{profiles: map[string]*apparmor.Profile{}, policies: map[string]*seccomp.Policy{}}
	psys := policy.System{OnCore: opts.System == builtin.Core}
	ic := &policy.InstallCandidate{Snap: info, SnapDeclaration: opts.SnapDeclarations[info.SuggestedName], BaseDeclaration: base, System: psys}
	for _, name := range sortedNames(info.Slots) {
		d := ic.CheckSlot(name)
		rev.decisions = append(rev.decisions, installDecided("slot", info, name, info.Slots[name].Interface, d))
	}
	for _, name := range sortedNames(info.Plugs) {
		d := ic.CheckPlug(name)
		rev.decisions = append(rev.decisions, installDecided("plug", info, name, info.Plugs[name].Interface, d))
	}
	for _, d := range dropped {
		if d.Side == "plug" {
			rev.decisions = append(rev.decisions, decided{subject: "connection of plug " + info.InstanceName() + ":" + d.Name, iface: d.Interface, decision: DecisionDenied, reason: d.Reason})
		}
	}
	for _, name := range sortedNames(info.Plugs) {
		if repo.Plug(info.InstanceName(), name) == nil {
			continue // dropped
		}
		plugRef := interfaces.PlugRef{Snap: info.InstanceName(), Name: name}
		res, err := policy.EvaluatePlug(repo, base, opts.SnapDeclarations, psys, plugRef)
		if err != nil {
			return nil, fmt.Errorf("internal error: %v", err)
		}
		d := decided{subject: "connection of plug " + plugRef.String(), iface: res.Interface}
		slotRef := interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: res.Interface}
		how, reason, candidate := res.ConnectionTo(slotRef)
		if candidate {
			d.decision, d.reason = how, reason
		} else {
			d.decision, d.reason = DecisionNoSlot, fmt.Sprintf("the %s system has no %q slot; another snap's slot is not compared", opts.System, res.Interface)
		}
		rev.decisions = append(rev.decisions, d)
		if candidate {
			if _, err := repo.Connect(interfaces.ConnRef{PlugRef: plugRef, SlotRef: slotRef}, nil, nil); err != nil {
				return nil, fmt.Errorf("cannot connect plug %s: %w", plugRef, err)
			}
		}
	}
	aa := &apparmor.Specification{}
	if err := repo.SnapSpecification(aa, info.InstanceName()); err != nil {
		return nil, fmt.Errorf("cannot render snap %q: %w", info.InstanceName(), err)
	}
	profiles, err := apparmor.RenderSnapProfiles(info, aa, apparmor.Host{Revision: "x1"})
	if err != nil {
		return nil, fmt.Errorf("cannot render snap %q: %w", info.InstanceName(), err)
	}
	for _, p := range profiles {
		rev.profiles[p.Tag] = p
	}
	sc := &seccomp.Specification{}
	if err := repo.SnapSpecification(sc, info.InstanceName()); err != nil {
		return nil, fmt.Errorf("cannot render snap %q: %w", info.InstanceName(), err)
	}
	policies, err := seccomp.RenderSnapPolicies(info, sc)
	if err != nil {
		return nil, fmt.Errorf("cannot render snap %q: %w", info.InstanceName(), err)
	}
	for _, p := range policies {
		rev.policies[p.Tag] = p
	}
	return rev, nil
}

func installDecided(side string, info *snap.Info, name, iface string, d policy.Decision) decided {
	out := decided{subject: fmt.Sprintf("installation of %s %s:%s", side, info.InstanceName(), name), iface: iface, decision: DecisionAllowed, reason: d.String()}
	if !d.Allowed {
		out.decision = DecisionDenied
	}
	return out
}

func sortedNames[T any](m map[string]T) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// decisionChanges pairs the decisions of two revisions by subject. A
// decision widens when it is more permissive than the old one; a new
// plug's (or a renamed one's) when it is more permissive than every
// old decision of the same kind about the same interface.
func decisionChanges(old, new []decided) []DecisionChange {
	byOld := map[string]decided{}
	best := map[string]int{}
	var subjects []string
	for _, d := range old {
		byOld[d.subject] = d
		subjects = append(subjects, d.subject)
		if k := d.kind() + "|" + d.iface; permissiveness[d.decision] > best[k] {
			best[k] = permissiveness[d.decision]
		}
	}
	byNew := map[string]decided{}
	for _, d := range new {
		byNew[d.subject] = d
		if _, ok := byOld[d.subject]; !ok {
			subjects = append(subjects, d.subject)
		}
	}
	out := []DecisionChange{}
	for _, s := range subjects {
		o, n := byOld[s], byNew[s]
		if o.decision == n.decision {
			continue
		}
		iface := n.iface
		if iface == "" {
			iface = o.iface
		}
		was := permissiveness[o.decision]
		if o.decision == DecisionAbsent {
			was = best[n.kind()+"|"+n.iface]
		}
		out = append(out, DecisionChange{Subject: s, Interface: iface, Old: o.decision, New: n.decision,
			OldReason: o.reason, NewReason: n.reason, Widens: permissiveness[n.decision] > was && n.decision != DecisionDenied && n.decision != DecisionDeclaration})
	}
	return out
}

// kind is the first word of the subject: installation or connection.
func (d decided) kind() string {
	k, _, _ := strings.Cut(d.subject, " ")
	return k
}

// tagChanges compares the rules of every tag of two revisions.
func tagChanges(old, new *revision) ([]TagChange, error) {
	tags := map[string]bool{}
	for tag := range old.profiles {
		tags[tag] = true
	}
	for tag := range new.profiles {
		tags[tag] = true
	}
	out := []TagChange{}
	for _, tag := range sortedKeys(tags) {
		tc, err := compareTag(tag, old, new)
		if err != nil {
			return nil, err
		}
		if len(tc.Interfaces) > 0 || tc.Change != "changed" {
			out = append(out, tc)
		}
	}
	return out, nil
}

// ruleOf is a rule of a parsed profile, and the interface that added
// it.
type ruleOf struct {
	origin string
	text   string
	rule   *aare.Rule
}

// profileRules parses a profile and returns its rules; nil for a tag
// the revision does not have.
func profileRules(p *apparmor.Profile) (*aare.Profile, []ruleOf, error) {
	if p == nil {
		return nil, nil, nil
	}
	pol, err := aare.Parse(p.Tag, p.Text.AppendTo(nil))
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read the profile of %s: %w", p.Tag, err)
	}
	prof := pol.Profile(p.Tag)
	if prof == nil {
		return nil, nil, fmt.Errorf("internal error: the profile of %s has no profile %q", p.Tag, p.Tag)
	}
	var rules []ruleOf
	for _, r := range prof.Rules {
		rules = append(rules, ruleOf{origin: p.Origin(r.Line), text: ruleText(r), rule: r})
	}
	return prof, rules, nil
}

// ruleText writes a rule as the profile has it, with the abstraction
// it comes from.
func ruleText(r *aare.Rule) string {
	if r.Source.Line == r.Line {
		return r.Text + ","
	}
	file := strings.TrimPrefix(r.Source.File, aare.DefaultIncludeDir+"/")
	return fmt.Sprintf("%s, (%s:%d)", r.Text, file, r.Source.Line)
}

// minus returns the rules of a whose text b does not have (as many
// times).
func minus(a, b []ruleOf) []ruleOf {
	count := map[string]int{}
	for _, r := range b {
		count[r.text]++
	}
	var out []ruleOf
	for _, r := range a {
		if count[r.text] > 0 {
			count[r.text]--
			continue
		}
		out = append(out, r)
	}
	return out
}

// compareTag compares the profile and policy of a tag.
func compareTag(tag string, old, new *revision) (TagChange, error) {
	tc := TagChange{Tag: tag, Change: "changed", Interfaces: []InterfaceChange{}}
	switch {
	case old.profiles[tag] == nil:
		tc.Change = "added"
	case new.profiles[tag] == nil:
		tc.Change = "removed"
	}
	oldProf, oldRules, err := profileRules(old.profiles[tag])
	if err != nil {
		return tc, err
	}
	newProf, newRules, err := profileRules(new.profiles[tag])
	if err != nil {
		return tc, err
	}
	byIface := map[string]*InterfaceChange{}
	get := func(iface string) *InterfaceChange {
		if byIface[iface] == nil {
			byIface[iface] = &InterfaceChange{Interface: iface}
		}
		return byIface[iface]
	}
	// A tag added or removed whole: its template rules are every
	// app's; only its interfaces' rules are listed.
	whole := tc.Change != "changed"
	for _, r := range minus(newRules, oldRules) {
		if whole && r.origin == "" {
			continue
		}
		get(r.origin).Gained = append(get(r.origin).Gained, judge(r, oldProf))
	}
	for _, r := range minus(oldRules, newRules) {
		if whole && r.origin == "" {
			continue
		}
		get(r.origin).Lost = append(get(r.origin).Lost, judge(r, newProf))
	}
	oldSc, err := syscallRules(old.policies[tag])
	if err != nil {
		return tc, err
	}
	newSc, err := syscallRules(new.policies[tag])
	if err != nil {
		return tc, err
	}
	for _, r := range minus(newSc, oldSc) {
		if whole && r.origin == "" {
			continue
		}
		get(r.origin).SyscallsGained = append(get(r.origin).SyscallsGained, judgeSyscall(r, oldSc, true))
	}
	for _, r := range minus(oldSc, newSc) {
		if whole && r.origin == "" {
			continue
		}
		get(r.origin).SyscallsLost = append(get(r.origin).SyscallsLost, judgeSyscall(r, newSc, false))
	}
	for _, name := range sortedNames(byIface) {
		tc.Interfaces = append(tc.Interfaces, *byIface[name])
	}
	return tc, nil
}

// judge says which accesses of a rule the other profile does not
// allow; with no other profile (a tag added or removed), all of them.
func judge(r ruleOf, other *aare.Profile) RuleChange {
	rc := RuleChange{Rule: r.text}
	if r.rule.Deny {
		// A deny rule gained narrows, lost widens what the allow
		// rules give: the matcher's answer on the allow rules'
		// witnesses would be needed; say it changes.
		rc.Changes, rc.Unsampled = true, true
		return rc
	}
	ws := r.rule.Witnesses()
	if len(ws) == 0 {
		rc.Changes, rc.Unsampled = true, true
		return rc
	}
	for _, w := range ws {
		if other == nil || !other.Check(w).Allowed() {
			rc.Accesses = append(rc.Accesses, w.String())
		}
	}
	rc.Changes = len(rc.Accesses) > 0
	return rc
}

// syscallRules parses a seccomp policy into rules with their origin.
func syscallRules(p *seccomp.Policy) ([]ruleOf, error) {
	if p == nil {
		return nil, nil
	}
	rs, err := seccomp.Parse(p.Text.String())
	if err != nil {
		return nil, fmt.Errorf("cannot read the seccomp policy of %s: %w", p.Tag, err)
	}
	var out []ruleOf
	for _, r := range rs.Rules {
		out = append(out, ruleOf{origin: p.InterfaceAt(r.Line), text: r.String()})
	}
	return out, nil
}

// judgeSyscall says whether a seccomp rule gained (or lost) changes
// what the other policy allows: not when the other allows the
// syscall whatever its arguments.
func judgeSyscall(r ruleOf, other []ruleOf, gained bool) RuleChange {
	rc := RuleChange{Rule: r.text, Changes: true}
	name := strings.TrimPrefix(strings.Fields(r.text)[0], "~")
	for _, o := range other {
		if o.text == name {
			rc.Changes = false
		}
	}
	if rc.Changes {
		verb := "allowed"
		if !gained {
			verb = "no longer allowed"
		}
		rc.Accesses = []string{fmt.Sprintf("syscall %s %s", name, verb)}
	}
	return rc
}
