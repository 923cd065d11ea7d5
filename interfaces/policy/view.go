// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

// A read-only view of the constraints of an alternative, for tools that
// describe a declaration to people (snapiface docs explains the base
// declaration in sentences). Decisions never use it: they walk the
// compiled constraints.

// Constraint is one constraint of an alternative, as written.
type Constraint struct {
	// Key is the constraint's key: "on-classic", "plug-snap-type",
	// "slot-attributes", ...
	Key string
	// Side is the side a plug-* or slot-* key is about; HasSide is
	// false for the on-* keys.
	Side    Side
	HasSide bool
	// Values are the values as written: snap types, snap or publisher
	// ids ($PLUG_PUBLISHER_ID, $SLOT_PUBLISHER_ID included), name
	// patterns ($INTERFACE included), distributions, stores, brands,
	// models. nil for on-classic written as true or false, for
	// on-core-desktop and for attributes.
	Values []string
	// Flag is the value of on-classic and on-core-desktop; on-classic
	// written as a list of distributions is true.
	Flag bool
	// Attributes is the constraint of plug-attributes and
	// slot-attributes.
	Attributes *AttrConstraint
}

// AttrConstraintKind is what an AttrConstraint checks.
type AttrConstraintKind int

// The kinds of AttrConstraint.
const (
	// AttrPattern: the value (each element of a list) matches a
	// regular expression, anchored at both ends.
	AttrPattern AttrConstraintKind = iota
	// AttrMissing ($MISSING): the attribute is absent.
	AttrMissing
	// AttrOther ($PLUG(attr), $SLOT(attr)): the value equals an
	// attribute of the other side.
	AttrOther
	// AttrMap: a map whose entries each match.
	AttrMap
	// AttrAny: any of the alternatives matches.
	AttrAny
)

// AttrConstraint is one node of an attribute constraint.
type AttrConstraint struct {
	Kind AttrConstraintKind
	// Text is the regular expression (AttrPattern) or the variable
	// (AttrMissing, AttrOther) as written.
	Text string
	// Literal is set for a pattern without metacharacters, which
	// matches only itself.
	Literal bool
	// OtherSide and OtherPath are the attribute AttrOther compares
	// with.
	OtherSide Side
	OtherPath string
	// Entries are the attributes an AttrMap constrains, by dotted
	// path, in key order.
	Entries []AttrEntry
	// Alternatives are AttrAny's.
	Alternatives []*AttrConstraint
}

// AttrEntry is one attribute of an AttrMap and its constraint.
type AttrEntry struct {
	Path       string
	Constraint *AttrConstraint
}

// Constraints returns the constraints of the alternative, in the order
// they are checked; the arity (SlotsPerPlug, PlugsPerSlot) is not among
// them. Each call makes a fresh view.
func (a *Alternative) Constraints() []Constraint {
	out := make([]Constraint, len(a.constraints))
	for i := range a.constraints {
		c := &a.constraints[i]
		v := Constraint{Key: c.key.String(), Flag: c.flag}
		v.Side, v.HasSide = c.key.side()
		if len(c.text) > 0 {
			v.Values = append([]string(nil), c.text...)
		}
		if c.attrs != nil {
			v.Attributes = c.attrs.view()
		}
		out[i] = v
	}
	return out
}

// view returns the view of an attribute matcher.
func (m *attrMatcher) view() *AttrConstraint {
	v := &AttrConstraint{Text: m.text}
	switch m.kind {
	case matchRegexp:
		v.Kind, v.Literal = AttrPattern, m.pat.re == nil
	case matchMissing:
		v.Kind = AttrMissing
	case matchOther:
		v.Kind, v.OtherSide, v.OtherPath = AttrOther, m.other, m.otherPath
	case matchMap:
		v.Kind = AttrMap
		for _, e := range m.entries {
			v.Entries = append(v.Entries, AttrEntry{Path: e.text, Constraint: e.m.view()})
		}
	case matchAlt:
		v.Kind = AttrAny
		for _, alt := range m.alts {
			v.Alternatives = append(v.Alternatives, alt.view())
		}
	}
	return v
}
