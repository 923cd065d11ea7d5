// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

import (
	"fmt"
	"strings"
)

// Decision is the outcome of one installation, connection or
// auto-connection check, with what decided it. Its String is one line;
// Explain gives the whole chain.
type Decision struct {
	Kind    Kind
	Allowed bool
	// Rule is the rule that decided: the first found of those
	// consulted. It is nil when no declaration has a rule for the
	// interface, which allows.
	Rule *Rule
	// Subrule is the subrule that decided: the deny subrule when one
	// of its alternatives held, else the allow subrule (which may be
	// absent from the rule, and then allows).
	Subrule SubruleKind
	// Alternative is the index of the alternative of Subrule that
	// held, or -1 when none did (or the subrule is absent).
	Alternative int
	// Vetoed is set when policy allowed auto-connection but the
	// interface itself refused it.
	Vetoed bool
	// SlotsPerPlug and PlugsPerSlot are the arity of a connection
	// allowed by policy: from the alternative that allowed it, else
	// the defaults (one slot per plug for auto-connection, any number
	// otherwise). They are 0 for installation.
	SlotsPerPlug Arity
	PlugsPerSlot Arity

	// What was decided about, to explain it: a connection candidate,
	// or an installation candidate and the side and name of the plug
	// or slot.
	conn *ConnectCandidate
	inst *InstallCandidate
	side Side
	name string
}

// env rebuilds what the decision looked at, or returns nil for a zero
// Decision.
func (d *Decision) env() *env {
	e := &env{}
	switch {
	case d.conn != nil:
		d.conn.env(e, d.Kind)
	case d.inst != nil:
		d.inst.env(e, d.side, d.name)
	default:
		return nil
	}
	return e
}

// Failure is a constraint that did not hold, and why.
type Failure struct {
	// Alternative is the index of the alternative it belongs to.
	Alternative int
	Key         string
	Reason      string
}

// String returns "KEY: REASON".
func (f Failure) String() string { return f.Key + ": " + f.Reason }

// DecisionError is the error of a decision that does not allow.
type DecisionError struct {
	Decision Decision
}

// Error returns the decision's one-line summary.
func (e *DecisionError) Error() string { return e.Decision.String() }

// Err returns nil when the decision allows, else a *DecisionError.
func (d Decision) Err() error {
	if d.Allowed {
		return nil
	}
	return &DecisionError{Decision: d}
}

// subject names what was decided: `installation of plug foo:bar`,
// `connection of plug foo:bar to slot snapd:x`.
func (d Decision) subject(e *env) string {
	switch {
	case e == nil:
		return d.Kind.String()
	case d.Kind != Installation:
		return fmt.Sprintf("%s of plug %s to slot %s", d.Kind, e.plug.ref(), e.slot.ref())
	case e.slot.present:
		return fmt.Sprintf("installation of slot %s", e.slot.ref())
	}
	return fmt.Sprintf("installation of plug %s", e.plug.ref())
}

// String sums the decision up in one line: what, the outcome, and the
// rule that decided.
func (d Decision) String() string {
	return d.summary(d.env())
}

func (d Decision) summary(e *env) string {
	subject := d.subject(e)
	switch {
	case e == nil:
		return subject + " not decided"
	case e.note != "":
		return fmt.Sprintf("%s denied: %s", subject, e.note)
	case d.Vetoed:
		return fmt.Sprintf("%s refused by interface %q", subject, d.conn.Interface.Name())
	case d.Rule == nil:
		return fmt.Sprintf("%s allowed: no declaration has a rule for interface %q", subject, e.iface)
	}
	outcome := "allowed"
	switch {
	case d.Subrule.IsDeny():
		outcome = "denied"
	case !d.Allowed:
		outcome = "not allowed"
	}
	return fmt.Sprintf("%s %s by %s in %s", subject, outcome, d.Rule, d.Rule.decl)
}

// Failures returns, when the decision does not allow because no
// alternative of an allow subrule held, every constraint of every
// alternative that failed, and why. It is nil otherwise.
func (d Decision) Failures() []Failure {
	if d.Allowed || d.Rule == nil || d.Subrule.IsDeny() {
		return nil
	}
	e := d.env()
	if e == nil || e.note != "" {
		return nil
	}
	sub := d.Rule.Subrules[d.Subrule]
	if sub == nil {
		return nil
	}
	var out []Failure
	for _, alt := range sub.Alternatives {
		out = append(out, alt.failures(e)...)
	}
	return out
}

// Explain returns the whole chain of the decision, one line each: the
// summary, the rule chosen and why that one, the deny subrule, the
// allow subrule, and for each alternative that failed the constraints
// that did not hold and why. Lines after the first are indented.
func (d Decision) Explain() []string {
	e := d.env()
	lines := []string{d.summary(e)}
	if e == nil || e.note != "" {
		return lines
	}
	add := func(format string, args ...interface{}) {
		lines = append(lines, "  "+fmt.Sprintf(format, args...))
	}
	add("%s", d.consulted(e))
	if d.Rule == nil {
		return lines
	}
	allowKind, denyKind := subrulesOf(d.Kind)
	deny := d.Rule.Subrules[denyKind]
	switch {
	case deny == nil:
		add("%s: absent, denies nothing", denyKind)
	case d.Subrule == denyKind:
		add("%s", describeMatch(deny, d.Alternative))
		return lines
	case deny.Shortcut:
		add("%s%s: false", denyKind, at(d.Rule.decl, deny.Line()))
	default:
		add("%s%s: no alternative holds", denyKind, at(d.Rule.decl, deny.Line()))
	}
	allow := d.Rule.Subrules[allowKind]
	switch {
	case allow == nil:
		add("%s: absent, allows", allowKind)
	case d.Alternative >= 0:
		add("%s", describeMatch(allow, d.Alternative))
	case allow.Shortcut:
		add("%s%s: false", allowKind, at(d.Rule.decl, allow.Line()))
	default:
		add("%s%s: no alternative holds", allowKind, at(d.Rule.decl, allow.Line()))
		failures := d.Failures()
		for _, alt := range allow.Alternatives {
			prefix := ""
			if len(allow.Alternatives) > 1 {
				prefix = fmt.Sprintf("alternative %d%s: ", alt.Index+1, at(d.Rule.decl, alt.Line()))
			}
			for _, f := range failures {
				if f.Alternative == alt.Index {
					add("  %s%s", prefix, f)
				}
			}
		}
	}
	if allow == nil || d.Alternative >= 0 {
		if d.Kind != Installation {
			add("arity: slots-per-plug %s, plugs-per-slot %s", d.SlotsPerPlug, d.PlugsPerSlot)
		}
	}
	if d.Vetoed {
		add("policy allows it, but interface %q refuses to auto-connect this plug and slot", d.conn.Interface.Name())
	}
	return lines
}

// describeMatch says which alternative of a subrule held.
func describeMatch(sub *Subrule, index int) string {
	decl := sub.rule.decl
	if sub.Shortcut {
		return fmt.Sprintf("%s%s: true", sub.Kind, at(decl, sub.Line()))
	}
	alt := sub.Alternatives[index]
	if !sub.List {
		return fmt.Sprintf("%s%s: all constraints hold (%s)", sub.Kind, at(decl, sub.Line()), strings.Join(alt.Keys(), ", "))
	}
	return fmt.Sprintf("%s: alternative %d%s holds (%s)", sub.Kind, index+1, at(decl, alt.Line()), strings.Join(alt.Keys(), ", "))
}

// at renders " (FILE:LINE)" for a line of a declaration, or "".
func at(decl *Declaration, line int) string {
	if w := decl.where(line); w != "" {
		return " (" + w + ")"
	}
	return ""
}

// consulted says which rules were looked for, in order, and which one
// was found.
func (d Decision) consulted(e *env) string {
	type step struct {
		what string
		decl *Declaration
		rule func(*Declaration, string) *Rule
	}
	var steps []step
	if d.Kind == Installation {
		side, own := "plug", e.plugDecl
		lookup := (*Declaration).PlugRule
		if e.slot.present {
			side, own, lookup = "slot", e.slotDecl, (*Declaration).SlotRule
		}
		steps = []step{
			{side + " rule of the snap's declaration", own, lookup},
			{side + " rule of the base declaration", e.base, lookup},
		}
	} else {
		steps = []step{
			{"plug rule of the plug snap's declaration", e.plugDecl, (*Declaration).PlugRule},
			{"slot rule of the slot snap's declaration", e.slotDecl, (*Declaration).SlotRule},
			{"plug rule of the base declaration", e.base, (*Declaration).PlugRule},
			{"slot rule of the base declaration", e.base, (*Declaration).SlotRule},
		}
	}
	var parts []string
	for _, s := range steps {
		switch {
		case s.decl == nil:
			parts = append(parts, s.what+": no declaration")
		case s.rule(s.decl, e.iface) == nil:
			parts = append(parts, s.what+": none")
		default:
			r := s.rule(s.decl, e.iface)
			parts = append(parts, s.what+": found"+at(r.decl, r.Line())+", it decides")
			return "rules consulted in order: " + strings.Join(parts, "; ")
		}
	}
	return fmt.Sprintf("rules consulted in order: %s; none found, so it is allowed", strings.Join(parts, "; "))
}
