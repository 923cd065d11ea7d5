// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/snapiface/snapiface/internal/yamlpos"
)

// Side is the side of a connection a rule is about.
type Side int

// The sides.
const (
	PlugSide Side = iota
	SlotSide
)

// String returns "plug" or "slot".
func (s Side) String() string {
	if s == SlotSide {
		return "slot"
	}
	return "plug"
}

// Kind is the kind of decision a subrule takes part in.
type Kind int

// The kinds of decision.
const (
	Installation Kind = iota
	Connection
	AutoConnection
)

// String returns "installation", "connection" or "auto-connection".
func (k Kind) String() string {
	switch k {
	case Connection:
		return "connection"
	case AutoConnection:
		return "auto-connection"
	}
	return "installation"
}

// SubruleKind names one of the six subrules of a rule.
type SubruleKind int

// The subrules, in the order they are written in declarations.
const (
	AllowInstallation SubruleKind = iota
	DenyInstallation
	AllowConnection
	DenyConnection
	AllowAutoConnection
	DenyAutoConnection
	numSubrules
)

var subruleNames = [numSubrules]string{
	"allow-installation",
	"deny-installation",
	"allow-connection",
	"deny-connection",
	"allow-auto-connection",
	"deny-auto-connection",
}

// String returns the subrule's key, such as "allow-installation".
func (k SubruleKind) String() string {
	if k < 0 || k >= numSubrules {
		return "subrule(" + strconv.Itoa(int(k)) + ")"
	}
	return subruleNames[k]
}

// IsDeny says whether the subrule denies when it matches.
func (k SubruleKind) IsDeny() bool { return k%2 == 1 }

// Kind returns the kind of decision the subrule takes part in.
func (k SubruleKind) Kind() Kind { return Kind(k / 2) }

// subrulesOf returns the allow and deny subrules of a kind of decision.
func subrulesOf(kind Kind) (allow, deny SubruleKind) {
	return SubruleKind(2 * kind), SubruleKind(2*kind + 1)
}

// Arity is how many slots a plug (or plugs a slot) may connect to at
// once: a number >= 1, or AnyNumber. Zero means not said.
type Arity int

// AnyNumber is the arity written "*".
const AnyNumber Arity = -1

// String returns the arity as written: a number or "*".
func (a Arity) String() string {
	if a == AnyNumber {
		return "*"
	}
	return strconv.Itoa(int(a))
}

// Declaration is a parsed and validated base or snap declaration. Its
// rules are compiled: regular expressions once, at parse time, so that
// decisions walk no YAML. A Declaration is read-only once parsed and
// safe for concurrent use.
type Declaration struct {
	// Type is "base-declaration" or "snap-declaration", as the
	// declaration says; "" when it does not say.
	Type string
	// SnapName, SnapID and PublisherID identify the snap a snap
	// declaration is about; they are "" in a base declaration.
	SnapName    string
	SnapID      string
	PublisherID string

	// Plugs and Slots map interface names to their rule; every value
	// is non-nil.
	Plugs map[string]*Rule
	Slots map[string]*Rule

	// rules holds both rules of each interface, so that a decision
	// finds them with one lookup; it is nil in a declaration that
	// ParseDeclaration did not make.
	rules map[string]rulePair

	file string
	src  []byte
}

// rulePair is the plug and slot rules of one interface.
type rulePair struct{ plug, slot *Rule }

// index fills rules from Plugs and Slots.
func (d *Declaration) index() {
	d.rules = make(map[string]rulePair, max(len(d.Plugs), len(d.Slots)))
	for iface, rule := range d.Plugs {
		d.rules[iface] = rulePair{plug: rule}
	}
	for iface, rule := range d.Slots {
		pair := d.rules[iface]
		pair.slot = rule
		d.rules[iface] = pair
	}
}

// rulesOf returns the plug and slot rules of an interface.
func (d *Declaration) rulesOf(iface string) (plug, slot *Rule) {
	if d == nil {
		return nil, nil
	}
	if d.rules != nil {
		pair := d.rules[iface]
		return pair.plug, pair.slot
	}
	return d.Plugs[iface], d.Slots[iface]
}

// IsBase says whether the declaration is a base declaration: its type
// says so, or it names no snap.
func (d *Declaration) IsBase() bool {
	return d.Type == "base-declaration" || (d.Type == "" && d.SnapName == "" && d.SnapID == "")
}

// String names the declaration in explanations: "the base declaration"
// or `the snap declaration of "foo"`.
func (d *Declaration) String() string {
	if d.IsBase() {
		return "the base declaration"
	}
	name := d.SnapName
	if name == "" {
		name = d.SnapID
	}
	return fmt.Sprintf("the snap declaration of %q", name)
}

// File returns the file name the declaration was parsed with.
func (d *Declaration) File() string { return d.file }

// PlugRule returns the plug rule of an interface, or nil.
func (d *Declaration) PlugRule(iface string) *Rule {
	if d == nil {
		return nil
	}
	return d.Plugs[iface]
}

// SlotRule returns the slot rule of an interface, or nil.
func (d *Declaration) SlotRule(iface string) *Rule {
	if d == nil {
		return nil
	}
	return d.Slots[iface]
}

// line returns the line of a key path in the declaration's source, or 0.
func (d *Declaration) line(path ...string) int {
	if d == nil || d.src == nil {
		return 0
	}
	return yamlpos.Line(d.src, path...)
}

// where renders a line of the declaration as "FILE:LINE", "line LINE"
// or "".
func (d *Declaration) where(line int) string {
	switch {
	case line == 0:
		return ""
	case d.file != "":
		return fmt.Sprintf("%s:%d", d.file, line)
	}
	return fmt.Sprintf("line %d", line)
}

// Rule is the rule of one interface on one side of a declaration.
type Rule struct {
	Interface string
	Side      Side
	// Subrules holds the subrules the rule names, by kind; an absent
	// subrule is nil and takes its default: an absent allow-* allows,
	// an absent deny-* denies nothing. A rule written as true or false
	// names all six.
	Subrules [numSubrules]*Subrule

	decl *Declaration
}

// Subrule returns one subrule of the rule, or nil when it is absent.
func (r *Rule) Subrule(kind SubruleKind) *Subrule { return r.Subrules[kind] }

// Declaration returns the declaration the rule belongs to.
func (r *Rule) Declaration() *Declaration { return r.decl }

// String names the rule in explanations: `plug rule of interface "x"`.
func (r *Rule) String() string {
	return fmt.Sprintf("%s rule of interface %q", r.Side, r.Interface)
}

func (r *Rule) sideKey() string {
	if r.Side == SlotSide {
		return "slots"
	}
	return "plugs"
}

// Line returns the line the rule starts on in its declaration, or 0.
func (r *Rule) Line() int { return r.decl.line(r.sideKey(), r.Interface) }

// Subrule is one of a rule's subrules: alternatives, any of which may
// hold, each a set of constraints that must all hold.
type Subrule struct {
	Kind SubruleKind
	// Alternatives are the constraint sets; true is one empty set,
	// false none.
	Alternatives []*Alternative
	// Shortcut is set when the subrule was written (or implied by
	// the rule) as true or false.
	Shortcut bool
	// Implied is set when the rule was written as true or false.
	Implied bool
	// List is set when the alternatives were written as a list.
	List bool

	rule *Rule
}

// Line returns the line of the subrule in its declaration, or 0.
func (s *Subrule) Line() int {
	if s.Implied {
		return s.rule.Line()
	}
	return s.rule.decl.line(s.rule.sideKey(), s.rule.Interface, s.Kind.String())
}

// Alternative is one set of constraints of a subrule, all of which must
// hold for it to match.
type Alternative struct {
	// Index is the position of the alternative in its subrule's list,
	// from 0.
	Index int
	// SlotsPerPlug and PlugsPerSlot are the arity the alternative sets,
	// 0 when it does not.
	SlotsPerPlug Arity
	PlugsPerSlot Arity

	constraints []constraint
	sub         *Subrule
}

// Keys returns the constraint keys of the alternative, in the order
// they are checked.
func (a *Alternative) Keys() []string {
	keys := make([]string, len(a.constraints))
	for i := range a.constraints {
		keys[i] = a.constraints[i].key.String()
	}
	return keys
}

// Line returns the line of the alternative in its declaration, or 0.
func (a *Alternative) Line() int {
	s := a.sub
	if !s.List {
		return s.Line()
	}
	return s.rule.decl.line(s.rule.sideKey(), s.rule.Interface, s.Kind.String(), strconv.Itoa(a.Index))
}

// Error is one problem of a declaration, with where it is.
type Error struct {
	File string
	Line int
	Msg  string
}

// Error returns "FILE:LINE: message", leaving out what is unknown.
func (e *Error) Error() string {
	switch {
	case e.File != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	case e.File != "":
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return e.Msg
}

// ErrorList is every problem found in a declaration, in file order, up
// to MaxReportedErrors of them; past that, a last entry without a line
// says how many more there are. Its Error is one line per problem.
type ErrorList []*Error

// Error returns one line per problem.
func (list ErrorList) Error() string {
	lines := make([]string, len(list))
	for i, e := range list {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}
