// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package explain says which interfaces of the catalogue would allow
// what a snap was denied. It takes the records of package auditlog
// and, for each, renders the profile and policy of a sample app of the
// denied snap (its name, app or hook and revision, so that
// @{SNAP_NAME} and @{SNAP_REVISION} rules resolve) with one interface
// connected on its plug side, every interface in turn, and asks the
// matcher (package aare) or the seccomp rules whether that profile or
// policy allows the access: the answer is computed from what is
// rendered, never guessed from rule text. Policy (package policy) then
// says whether that plug auto-connects, needs a manual connection, or
// a snap declaration.
//
// Renderings are cached per snap, app, revision and interface: the
// lines of a log that name the same app render the catalogue once.
//
// An interface whose plug or slot needs attributes is tried with
// attributes taken from the denial where one says what they must be:
// the file of personal-files and system-files, the device node of a
// serial-port, i2c, spi, hidraw, iio, uio or raw-volume slot, the GPIO
// line, the D-Bus name of a dbus plug. A slot that no system carries
// is served by a sample provider snap, named after the peer the denial
// names when that is a snap.
package explain

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/auditlog"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
)

// Options say what denials are explained against.
type Options struct {
	// System is the kind of system the snap runs on: which slots are
	// implicit, and the policy of which system decides.
	System builtin.System
	// Base is the base declaration; the built-in one when nil.
	Base *policy.Declaration
	// SnapDeclarations are snap declarations by snap name.
	SnapDeclarations map[string]*policy.Declaration
	// Snaps are the denied snaps' own metadata, when known: a snap's
	// plug of an interface gives the plug name to connect, and its
	// attributes. A denial of a snap not among them is explained with
	// a plug named after the interface.
	Snaps []*snap.Info
	// Connected are the plugs ("SNAP:PLUG") that are connected now:
	// a grant through one of them is marked Connected.
	Connected []string
}

// The decisions about a plug that would allow a denied access.
const (
	// DecisionAuto: the plug auto-connects.
	DecisionAuto = policy.ConnectAuto
	// DecisionManual: the plug connects with snap connect.
	DecisionManual = policy.ConnectManual
	// DecisionDeclaration: policy lets the snap carry or connect the
	// plug only with a snap declaration from the store.
	DecisionDeclaration = policy.ConnectDeclaration
)

var decisionRank = map[string]int{DecisionAuto: 0, DecisionManual: 1, DecisionDeclaration: 2}

// Explanation is what a log line says and which interfaces would
// allow it.
type Explanation struct {
	Line int    `json:"line"`
	Text string `json:"text"`
	// Understood is false when the line holds no record this reader
	// knows; Error says why.
	Understood bool   `json:"understood"`
	Error      string `json:"error,omitempty"`
	Kind       string `json:"kind,omitempty"`
	Outcome    string `json:"outcome,omitempty"`
	Operation  string `json:"operation,omitempty"`
	// Label is the denied process's label, Tag its security tag when
	// it is a snap's, Snap its instance name.
	Label string `json:"label,omitempty"`
	Tag   string `json:"tag,omitempty"`
	Snap  string `json:"snap,omitempty"`
	// Revision is the revision the sample app was rendered at: from a
	// path of the record, else x1.
	Revision string `json:"revision,omitempty"`
	// Accesses are what AppArmor denied, in the matcher's text form.
	Accesses []string    `json:"accesses,omitempty"`
	Syscall  *SyscallRef `json:"syscall,omitempty"`
	// Base is what the profile or policy of an app with no plugs
	// decides: the denial is unexplained when it allows.
	Base string `json:"base,omitempty"`
	// Grants are the interfaces that would allow it, auto-connecting
	// ones first.
	Grants []Grant `json:"grants"`
	// Verdict sums it up in one line.
	Verdict string `json:"verdict"`
}

// SyscallRef is the syscall of a seccomp record.
type SyscallRef struct {
	Name   string `json:"name"`
	Number uint32 `json:"number"`
	Arch   string `json:"arch"`
}

// Grant is an interface that would allow a denied access, and how to
// connect it.
type Grant struct {
	Interface string `json:"interface"`
	// Decision is DecisionAuto, DecisionManual or DecisionDeclaration;
	// Reason is policy's one line for it.
	Decision string `json:"decision"`
	Reason   string `json:"reason"`
	// Plug is the plug to connect: the snap's own plug of the
	// interface when Options.Snaps has one (PlugDeclared), else one
	// named after the interface, which snap.yaml must then declare.
	Plug         string `json:"plug"`
	PlugDeclared bool   `json:"plug-declared"`
	// Connected says the plug is connected already (Options.Connected):
	// the profile loaded is then older than the connection, or the
	// connection is to a slot that does not give this access.
	Connected bool `json:"connected,omitempty"`
	// Slot is the slot it was connected to: the system's, or a
	// provider snap's; Provider is then the label of the provider's
	// app (a snap the denial names as its peer, or a sample,
	// snap.provider.service).
	Slot     string `json:"slot"`
	Provider string `json:"provider,omitempty"`
	// Command is the snap connect command to try.
	Command string `json:"command"`
	// PlugAttrs and SlotAttrs are the attributes the plug and slot
	// were given, taken from the denial, when the interface needs
	// some.
	PlugAttrs map[string]interface{} `json:"plug-attributes,omitempty"`
	SlotAttrs map[string]interface{} `json:"slot-attributes,omitempty"`
	// Rules are the rules that allow it: AppArmor rules as written
	// (with the abstraction they are in), or seccomp rule lines.
	Rules []string `json:"rules"`
}

// Stats count what an Explainer rendered.
type Stats struct {
	// Renders is the number of sample apps rendered, one per
	// interface (and attributes) per app; Reused the renderings taken
	// from the cache instead.
	Renders, Reused int
}

// Explainer explains denials. It keeps what it rendered; it is safe
// for concurrent use.
type Explainer struct {
	opts   Options
	base   *policy.Declaration
	ifaces []interfaces.Interface
	parser aare.Parser

	// systemSlots are the interfaces the system has a slot of.
	systemSlots map[string]bool
	// snaps are Options.Snaps by instance name.
	snaps map[string]*snap.Info
	// connected is the set of Options.Connected.
	connected map[string]bool

	mu    sync.Mutex
	cache map[sampleKey]*sample
	stats Stats
}

// New returns an Explainer.
func New(opts Options) (*Explainer, error) {
	base := opts.Base
	if base == nil {
		var err error
		if base, err = policy.BuiltinDeclaration(); err != nil {
			return nil, fmt.Errorf("cannot compile the built-in base declaration: %w", err)
		}
	}
	systemSlots := map[string]bool{}
	for _, slot := range builtin.SystemSnap(opts.System).Slots {
		systemSlots[slot.Interface] = true
	}
	snaps := map[string]*snap.Info{}
	for _, info := range opts.Snaps {
		if snaps[info.InstanceName()] != nil {
			return nil, fmt.Errorf("cannot explain denials of snap %q: its snap.yaml is given twice", info.InstanceName())
		}
		snaps[info.InstanceName()] = info
	}
	connected := map[string]bool{}
	for _, ref := range opts.Connected {
		connected[ref] = true
	}
	return &Explainer{opts: opts, base: base, ifaces: builtin.Interfaces(), systemSlots: systemSlots, snaps: snaps, connected: connected, cache: map[sampleKey]*sample{}}, nil
}

// Stats returns what the Explainer has rendered so far.
func (e *Explainer) Stats() Stats {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.stats
}

// ExplainLines explains each line of a log. A snap's revision is the
// first that a path of its lines names (the executable of a seccomp
// record, a file under /snap/NAME/REV/...), for all its lines: the
// lines of one app then share one rendering of the catalogue.
func (e *Explainer) ExplainLines(lines []auditlog.Line) []*Explanation {
	revisions := map[string]string{}
	for _, l := range lines {
		if l.Record == nil {
			continue
		}
		if rev := revisionOf(l.Record); rev != "" && revisions[l.Record.Tag.Snap] == "" {
			revisions[l.Record.Tag.Snap] = rev
		}
	}
	out := make([]*Explanation, 0, len(lines))
	for _, l := range lines {
		out = append(out, e.explainLine(l, revisions))
	}
	return out
}

// ExplainLine explains one line of a log.
func (e *Explainer) ExplainLine(l auditlog.Line) *Explanation {
	return e.explainLine(l, nil)
}

func (e *Explainer) explainLine(l auditlog.Line, revisions map[string]string) *Explanation {
	if l.Err != nil {
		return &Explanation{Line: l.Number, Text: l.Text, Error: l.Err.Error(), Grants: []Grant{},
			Verdict: "not understood: " + l.Err.Error()}
	}
	rev := ""
	if l.Record.Tag.Snap != "" {
		rev = revisions[l.Record.Tag.Snap]
	}
	ex := e.explain(l.Record, rev)
	ex.Line, ex.Text = l.Number, l.Text
	return ex
}

// Explain explains one record, at the revision a path of it names, or
// x1.
func (e *Explainer) Explain(rec *auditlog.Record) *Explanation {
	return e.explain(rec, "")
}

func (e *Explainer) explain(rec *auditlog.Record, revision string) *Explanation {
	ex := &Explanation{Understood: true, Kind: string(rec.Kind), Outcome: rec.Outcome, Operation: rec.Operation,
		Label: rec.Label, Tag: rec.Tag.String(), Snap: rec.Tag.Snap, Grants: []Grant{}}
	for _, a := range rec.Accesses {
		ex.Accesses = append(ex.Accesses, a.String())
	}
	if rec.Syscall != nil {
		ex.Syscall = &SyscallRef{Name: rec.Syscall.Name, Number: rec.Syscall.Number, Arch: rec.Syscall.Arch}
	}
	if rec.Tag.Snap == "" {
		ex.Tag = ""
		ex.Verdict = fmt.Sprintf("label %q is not a snap's: no interface applies", rec.Label)
		return ex
	}
	subj := subjectOf(rec, revision)
	ex.Revision = subj.revision
	base, err := e.sample(subj, nil, variant{})
	if err != nil {
		ex.Verdict = err.Error()
		return ex
	}
	if res := base.decide(e, rec); res.err != nil {
		ex.Verdict = res.err.Error()
		return ex
	} else {
		ex.Base = res.decision
		if res.allowed {
			ex.Verdict = "the base policy of every app allows it: no interface is missing (" + res.decision + ")"
			return ex
		}
	}
	for _, iface := range e.ifaces {
		if g, ok := e.tryInterface(subj, iface, rec); ok {
			ex.Grants = append(ex.Grants, g)
		}
	}
	sort.SliceStable(ex.Grants, func(i, j int) bool {
		return decisionRank[ex.Grants[i].Decision] < decisionRank[ex.Grants[j].Decision]
	})
	ex.Verdict = verdict(ex.Grants)
	return ex
}

func verdict(grants []Grant) string {
	if len(grants) == 0 {
		return "no interface of the catalogue grants it"
	}
	counts := map[string]int{}
	for _, g := range grants {
		counts[g.Decision]++
	}
	var parts []string
	for _, d := range []string{DecisionAuto, DecisionManual, DecisionDeclaration} {
		if counts[d] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[d], d))
		}
	}
	noun := "interfaces grant"
	if len(grants) == 1 {
		noun = "interface grants"
	}
	return fmt.Sprintf("%d %s it (%s)", len(grants), noun, strings.Join(parts, ", "))
}

// subject is the app or hook a sample is rendered for.
type subject struct {
	instance string
	app      string
	hook     string
	revision string
	// abi4 renders profiles of AppArmor's ABI 4.0, for accesses only
	// it mediates (userns).
	abi4 bool
}

func (s subject) tag() string {
	if s.hook != "" {
		return snap.HookSecurityTag(s.instance, s.hook)
	}
	return snap.AppSecurityTag(s.instance, s.app)
}

var validRevision = regexp.MustCompile(`^x?[1-9][0-9]{0,8}$`)

// subjectOf returns the app or hook of a record, at the given
// revision, else at the revision a path of the record names, else x1.
func subjectOf(rec *auditlog.Record, revision string) subject {
	s := subject{instance: rec.Tag.Snap, app: rec.Tag.App, hook: rec.Tag.Hook, revision: revision}
	if s.app == "" && s.hook == "" {
		// A seccomp record that names the snap only: its filter
		// depends on the plugs, not on the app.
		s.app = "app"
	}
	if s.revision == "" {
		s.revision = revisionOf(rec)
	}
	if s.revision == "" {
		s.revision = "x1"
	}
	for _, a := range rec.Accesses {
		if a.Class == aare.ClassUserns {
			s.abi4 = true
		}
	}
	return s
}

// revisionOf returns the revision of the snap a path of the record
// names (/snap/NAME/REV/, /var/snap/NAME/REV/, ~/snap/NAME/REV/), or "".
func revisionOf(rec *auditlog.Record) string {
	name := rec.Tag.Snap
	for _, key := range []string{"exe", "name", "target", "path"} {
		v := rec.Fields[key]
		for _, prefix := range []string{"/snap/" + name + "/", "/var/snap/" + name + "/", "/snap/" + name + "/"} {
			i := strings.Index(v, prefix)
			if i < 0 || (prefix[1] == 's' && i > 0 && !strings.HasPrefix(v, "/home/") && !strings.HasPrefix(v, "/root/")) {
				continue
			}
			rev, _, _ := strings.Cut(v[i+len(prefix):], "/")
			if validRevision.MatchString(rev) {
				return rev
			}
		}
	}
	return ""
}

// decision is what a sample's profile or policy decides of a record.
type decision struct {
	allowed bool
	// decision is the matcher's or the policy's decision in words.
	decision string
	// rules are the rules that allow, with the lines they are on.
	rules []ruleRef
	err   error
}

// ruleRef is a rule that decided, and the interface that added it
// ("" for the base policy).
type ruleRef struct {
	origin string
	text   string
}

// tryInterface renders the subject with iface connected, in each way
// that may allow the record, and returns the grant of the first that
// does.
func (e *Explainer) tryInterface(subj subject, iface interfaces.Interface, rec *auditlog.Record) (Grant, bool) {
	for _, v := range e.variants(subj, iface, rec) {
		s, err := e.sample(subj, iface, v)
		if err != nil || s.skip != "" {
			continue
		}
		res := s.decide(e, rec)
		if res.err != nil || !res.allowed {
			continue
		}
		var rules []string
		seen := map[string]bool{}
		for _, own := range []bool{true, false} {
			for _, r := range res.rules {
				if (r.origin == iface.Name()) == own && !seen[r.text] {
					seen[r.text] = true
					rules = append(rules, r.text)
				}
			}
			if len(rules) > 0 {
				// The interface's own rules; when it has none, the
				// base allows part and the interface the rest.
				break
			}
		}
		g := s.grant
		g.Rules = rules
		g.Connected = e.connected[subj.instance+":"+g.Plug]
		return g, true
	}
	return Grant{}, false
}
