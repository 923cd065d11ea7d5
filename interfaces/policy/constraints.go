// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/snapiface/snapiface/snap"
)

// constraintKey is a constraint's key. Their order is the order in which
// an alternative checks them: the cheap ones first.
type constraintKey int

const (
	keyOnClassic constraintKey = iota
	keyOnCoreDesktop
	keyOnStore
	keyOnBrand
	keyOnModel
	keyPlugSnapType
	keySlotSnapType
	keyPlugSnapID
	keySlotSnapID
	keyPlugPublisherID
	keySlotPublisherID
	keyPlugNames
	keySlotNames
	keyPlugAttributes
	keySlotAttributes
	keySlotsPerPlug
	keyPlugsPerSlot
	numKeys
)

var constraintKeyNames = [numKeys]string{
	"on-classic",
	"on-core-desktop",
	"on-store",
	"on-brand",
	"on-model",
	"plug-snap-type",
	"slot-snap-type",
	"plug-snap-id",
	"slot-snap-id",
	"plug-publisher-id",
	"slot-publisher-id",
	"plug-names",
	"slot-names",
	"plug-attributes",
	"slot-attributes",
	"slots-per-plug",
	"plugs-per-slot",
}

// String returns the key as written in declarations.
func (k constraintKey) String() string { return constraintKeyNames[k] }

func constraintKeyByName(name string) (constraintKey, bool) {
	for i, n := range constraintKeyNames {
		if n == name {
			return constraintKey(i), true
		}
	}
	return 0, false
}

// side returns the side a plug-* or slot-* key is about; ok is false
// for the on-* keys.
func (k constraintKey) side() (side Side, ok bool) {
	switch {
	case strings.HasPrefix(k.String(), "plug-"):
		return PlugSide, true
	case strings.HasPrefix(k.String(), "slot-"):
		return SlotSide, true
	}
	return 0, false
}

// notAllowedIn says why a key cannot be used in a subrule of a rule of
// the given side, or "" when it can.
func (k constraintKey) notAllowedIn(kind SubruleKind, ruleSide Side) string {
	switch k {
	case keySlotsPerPlug, keyPlugsPerSlot:
		if kind != AllowConnection && kind != AllowAutoConnection {
			return "only allow-connection and allow-auto-connection set an arity"
		}
		return ""
	case keyPlugPublisherID, keySlotPublisherID:
		if kind.Kind() == Installation {
			return "publishers are only compared when connecting"
		}
		return ""
	}
	if side, ok := k.side(); ok && kind.Kind() == Installation && side != ruleSide {
		return fmt.Sprintf("installation of a %s is only constrained by %s-* and on-* keys", ruleSide, ruleSide)
	}
	return ""
}

// snapTypes is a set of the snap types a constraint names.
type snapTypes uint8

const (
	typeCore snapTypes = 1 << iota
	typeKernel
	typeGadget
	typeApp
)

var snapTypeNames = []struct {
	name string
	bit  snapTypes
}{{"core", typeCore}, {"kernel", typeKernel}, {"gadget", typeGadget}, {"app", typeApp}}

// snapTypeBit returns the constraint type of a snap: the system snap
// counts as core, whatever its type says; a snap that says os or snapd
// but is not the system, and a base snap, match no type.
func snapTypeBit(t snap.Type, system bool) snapTypes {
	if system {
		return typeCore
	}
	switch t {
	case snap.TypeOS, snap.TypeSnapd:
		return 0
	case snap.TypeKernel:
		return typeKernel
	case snap.TypeGadget:
		return typeGadget
	case snap.TypeApp, "":
		return typeApp
	}
	return 0
}

// nameMatcher is one pattern of a plug-names or slot-names constraint.
type nameMatcher struct {
	iface bool // $INTERFACE: the name of the interface
	pat   pattern
}

// distro is one entry of an on-classic list.
type distro struct {
	id, variant string
	anyVariant  bool
}

func (d distro) matches(id, variant string) bool {
	return d.id == id && (d.anyVariant || d.variant == variant)
}

// constraint is one compiled constraint of an alternative. It is a
// plain struct switched on its key, so that checking it neither
// allocates nor goes through an interface.
type constraint struct {
	key constraintKey
	// text is the value as written, for explanations.
	text []string

	types   snapTypes     // *-snap-type
	ids     []string      // *-snap-id, *-publisher-id, on-store, on-brand, on-model
	sameAs  bool          // *-publisher-id: the other side's publisher may match too
	names   []nameMatcher // *-names
	attrs   *attrMatcher  // *-attributes
	flag    bool          // on-classic, on-core-desktop: true or false
	distros []distro      // on-classic as a list
}

// compileConstraint compiles the value of one constraint key. Errors
// are worded to follow the key and its context ("plug-names in ...
// has ...").
func compileConstraint(key constraintKey, raw interface{}) (*constraint, error) {
	c := &constraint{key: key}
	switch key {
	case keyPlugSnapType, keySlotSnapType:
		list, ok := stringList(raw)
		if !ok {
			return nil, fmt.Errorf("must be a snap type or a list of snap types")
		}
		for _, s := range list {
			found := false
			for _, t := range snapTypeNames {
				if t.name == s {
					c.types |= t.bit
					found = true
				}
			}
			if !found {
				return nil, fmt.Errorf("has unknown snap type %q (want core, kernel, gadget or app)", s)
			}
		}
		c.text = list
	case keyPlugSnapID, keySlotSnapID:
		list, err := checkedList(raw, "a snap id or a list of snap ids", validSnapID, "has invalid snap id %q")
		if err != nil {
			return nil, err
		}
		c.ids, c.text = list, list
	case keyPlugPublisherID, keySlotPublisherID:
		list, ok := stringList(raw)
		if !ok {
			return nil, fmt.Errorf("must be a publisher id or a list of publisher ids")
		}
		side, _ := key.side()
		want := "$" + strings.ToUpper(otherSide(side).String()) + "_PUBLISHER_ID"
		for _, s := range list {
			switch {
			case s == want:
				c.sameAs = true
			case strings.HasPrefix(s, "$"):
				return nil, fmt.Errorf("has unknown variable %q (want %s)", s, want)
			case !validAccountID(s):
				return nil, fmt.Errorf("has invalid publisher id %q", s)
			default:
				c.ids = append(c.ids, s)
			}
		}
		c.text = list
	case keyPlugNames, keySlotNames:
		list, ok := stringList(raw)
		if !ok {
			return nil, fmt.Errorf("must be a regular expression or a list of them")
		}
		for _, s := range list {
			if strings.HasPrefix(s, "$") {
				if s != "$INTERFACE" {
					return nil, fmt.Errorf("has unknown variable %q (want $INTERFACE)", s)
				}
				c.names = append(c.names, nameMatcher{iface: true})
				continue
			}
			pat, err := compilePattern(s)
			if err != nil {
				return nil, err
			}
			c.names = append(c.names, nameMatcher{pat: pat})
		}
		c.text = list
	case keyPlugAttributes, keySlotAttributes:
		side, _ := key.side()
		m, err := compileAttrConstraint(raw, side)
		if err != nil {
			return nil, err
		}
		c.attrs = m
	case keyOnClassic:
		// As the reference: true, false (also written as the strings
		// of assertion headers) or a list; a lone string, such as
		// "maybe" or "ubuntu", is none of them.
		switch v := raw.(type) {
		case bool:
			c.flag = v
		case string:
			if v != "true" && v != "false" {
				return nil, fmt.Errorf("must be true, false or a list of distribution ids, not %q", v)
			}
			c.flag = v == "true"
		case []interface{}:
			list, ok := stringList(v)
			if !ok {
				return nil, fmt.Errorf("must be true, false or a list of distribution ids")
			}
			c.flag = true
			for _, s := range list {
				d, ok := parseDistro(s)
				if !ok {
					return nil, fmt.Errorf("has invalid distribution id %q (want ID, ID/VARIANT or ID/*)", s)
				}
				c.distros = append(c.distros, d)
			}
			c.text = list
		default:
			return nil, fmt.Errorf("must be true, false or a list of distribution ids")
		}
	case keyOnCoreDesktop:
		v, ok := raw.(bool)
		if !ok {
			return nil, fmt.Errorf("must be true or false")
		}
		c.flag = v
	case keyOnStore, keyOnBrand, keyOnModel:
		shape, invalid := "a store id or a list of them", "has invalid store id %q"
		switch key {
		case keyOnBrand:
			shape, invalid = "a brand id or a list of them", "has invalid brand id %q"
		case keyOnModel:
			shape, invalid = "a model or a list of them", "has invalid model %q (want BRAND/MODEL)"
		}
		list, err := checkedList(raw, shape, func(s string) bool { return validOnValue(key, s) }, invalid)
		if err != nil {
			return nil, err
		}
		c.ids, c.text = list, list
	}
	return c, nil
}

// checkedList reads a string or a non-empty list of strings, each of
// which must be valid; shape says what the value must be, invalid
// formats the error for a bad element.
func checkedList(raw interface{}, shape string, valid func(string) bool, invalid string) ([]string, error) {
	list, ok := stringList(raw)
	if !ok {
		return nil, fmt.Errorf("must be %s", shape)
	}
	for _, s := range list {
		if !valid(s) {
			return nil, fmt.Errorf(invalid, s)
		}
	}
	return list, nil
}

func validOnValue(key constraintKey, s string) bool {
	switch key {
	case keyOnStore:
		return validStoreID(s)
	case keyOnBrand:
		return validAccountID(s)
	}
	brand, model, ok := strings.Cut(s, "/")
	return ok && validAccountID(brand) && validModelName(model)
}

func parseDistro(s string) (distro, bool) {
	id, variant, hasVariant := strings.Cut(s, "/")
	if !validDistroID(id) {
		return distro{}, false
	}
	if !hasVariant {
		return distro{id: id}, true
	}
	if variant == "*" {
		return distro{id: id, anyVariant: true}, true
	}
	if !validDistroID(variant) {
		return distro{}, false
	}
	return distro{id: id, variant: variant}, true
}

// pattern is a regular expression that must match a whole value. One
// without metacharacters, as most are ("true", a bus name), matches by
// equality, and needs no compiled expression.
type pattern struct {
	// literal is the value an expression without metacharacters
	// matches.
	literal string
	// re is the compiled expression, anchored; nil for a literal.
	re *regexp.Regexp
}

// compilePattern compiles a regular expression that must match a whole
// value.
func compilePattern(expr string) (pattern, error) {
	if !hasMeta(expr) {
		return pattern{literal: expr}, nil
	}
	if literal, ok := escapedLiteral(expr); ok {
		return pattern{literal: literal}, nil
	}
	if re := compiledPatterns.get(expr); re != nil {
		return pattern{re: re}, nil
	}
	re, err := regexp.Compile("^(?:" + expr + ")$")
	if err != nil {
		// Report the pattern as written, not as anchored.
		if _, err2 := regexp.Compile(expr); err2 != nil {
			err = err2
		}
		return pattern{}, fmt.Errorf("has invalid regular expression %q: %v", expr, err)
	}
	compiledPatterns.put(expr, re)
	return pattern{re: re}, nil
}

// hasMeta says whether an expression has a character that
// regexp.QuoteMeta would escape: one without matches itself only.
func hasMeta(expr string) bool {
	for i := 0; i < len(expr); i++ {
		switch expr[i] {
		case '\\', '.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$':
			return true
		}
	}
	return false
}

// escapedLiteral returns the text an expression matches when it is
// literal text with its metacharacters escaped, as a path often is
// ("\$HOME/\.config/foo"): then, as for RE2, each backslash escapes
// the ASCII punctuation after it, and the expression matches that text
// alone. An expression with anything else (an unescaped
// metacharacter, an escape of a letter or digit such as \d or \Q, a
// trailing backslash), with invalid UTF-8 or with U+FFFD, which an
// expression matches for any invalid byte, is not.
func escapedLiteral(expr string) (string, bool) {
	if !utf8.ValidString(expr) || strings.ContainsRune(expr, utf8.RuneError) {
		return "", false
	}
	b := make([]byte, 0, len(expr))
	for i := 0; i < len(expr); i++ {
		c := expr[i]
		if c == '\\' {
			if i+1 == len(expr) {
				return "", false
			}
			i++
			c = expr[i]
			if c >= utf8.RuneSelf || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') {
				return "", false
			}
			b = append(b, c)
			continue
		}
		if hasMeta(expr[i : i+1]) {
			return "", false
		}
		b = append(b, c)
	}
	return string(b), true
}

// compiledPatterns holds the patterns compiled so far, by expression:
// declarations repeat their expressions (a store's declarations the
// same paths, bus names and content tags), a compiled expression is
// safe for concurrent use, and compiling one costs more than parsing
// the YAML it came in. It is bounded, and starts again when full.
var compiledPatterns = patternCache{max: 4096}

// patternCache is a bounded, concurrent cache of compiled expressions.
type patternCache struct {
	mu  sync.RWMutex
	max int
	m   map[string]*regexp.Regexp
}

func (c *patternCache) get(expr string) *regexp.Regexp {
	c.mu.RLock()
	re := c.m[expr]
	c.mu.RUnlock()
	return re
}

func (c *patternCache) put(expr string, re *regexp.Regexp) {
	c.mu.Lock()
	if c.m == nil || len(c.m) >= c.max {
		c.m = make(map[string]*regexp.Regexp)
	}
	c.m[expr] = re
	c.mu.Unlock()
}

// match says whether the pattern matches all of s.
func (p *pattern) match(s string) bool {
	if p.re == nil {
		return s == p.literal
	}
	return p.re.MatchString(s)
}

func otherSide(side Side) Side {
	if side == PlugSide {
		return SlotSide
	}
	return PlugSide
}

// holds checks the constraint. When why is not nil and the constraint
// does not hold, it says why.
func (c *constraint) holds(e *env, why *string) bool {
	switch c.key {
	case keyOnClassic:
		return c.holdsOnClassic(e, why)
	case keyOnCoreDesktop:
		coreDesktop := e.sys.OnCore && e.sys.CoreDesktop
		if coreDesktop == c.flag {
			return true
		}
		if why != nil {
			if c.flag {
				*why = "the system is not Ubuntu Core Desktop"
			} else {
				*why = "the system is Ubuntu Core Desktop"
			}
		}
		return false
	case keyOnStore:
		return c.holdsIn(e.sys.Store, "store", why)
	case keyOnBrand:
		return c.holdsIn(e.sys.Brand, "brand", why)
	case keyOnModel:
		for _, id := range c.ids {
			if brand, model, _ := strings.Cut(id, "/"); brand == e.sys.Brand && model == e.sys.Model {
				return true
			}
		}
		model := ""
		if e.sys.Brand != "" && e.sys.Model != "" {
			model = e.sys.Brand + "/" + e.sys.Model
		}
		return c.holdsIn(model, "model", why)
	}
	side, _ := c.key.side()
	p := e.party(side)
	switch c.key {
	case keyPlugSnapType, keySlotSnapType:
		system := p.isSystem(e.sys)
		if snapTypeBit(p.snapType(), system)&c.types != 0 {
			return true
		}
		if why != nil {
			t := string(p.snapType())
			if t == "" {
				t = string(snap.TypeApp)
			}
			switch {
			case system && t != "core":
				t += " (which counts as core)"
			case p.snapType() == snap.TypeOS || p.snapType() == snap.TypeSnapd:
				t += " but is not the system snap"
			}
			*why = fmt.Sprintf("%s snap %q has type %s, want one of [%s]", side, p.snapName(), t, strings.Join(c.text, ", "))
		}
		return false
	case keyPlugSnapID, keySlotSnapID:
		if p.snapID() != "" && contains(c.ids, p.snapID()) {
			return true
		}
		if why != nil {
			if p.snapID() == "" {
				*why = fmt.Sprintf("%s snap %q has no snap id (it has no snap declaration saying one), want one of [%s]", side, p.snapName(), strings.Join(c.text, ", "))
			} else {
				*why = fmt.Sprintf("%s snap %q has snap id %q, want one of [%s]", side, p.snapName(), p.snapID(), strings.Join(c.text, ", "))
			}
		}
		return false
	case keyPlugPublisherID, keySlotPublisherID:
		other := e.party(otherSide(side))
		if p.publisherID() != "" && (contains(c.ids, p.publisherID()) || (c.sameAs && p.publisherID() == other.publisherID())) {
			return true
		}
		if why != nil {
			pub := "no known publisher (it has no snap declaration saying one)"
			if p.publisherID() != "" {
				pub = fmt.Sprintf("publisher %q", p.publisherID())
			}
			want := strings.Join(c.text, ", ")
			if c.sameAs {
				want += fmt.Sprintf("; the %s snap's publisher is %q", otherSide(side), other.publisherID())
			}
			*why = fmt.Sprintf("%s snap %q has %s, want one of [%s]", side, p.snapName(), pub, want)
		}
		return false
	case keyPlugNames, keySlotNames:
		for _, m := range c.names {
			if (m.iface && p.name == e.iface) || (!m.iface && m.pat.match(p.name)) {
				return true
			}
		}
		if why != nil {
			*why = fmt.Sprintf("%s name %q does not match any of [%s]", side, p.name, strings.Join(c.text, ", "))
		}
		return false
	case keyPlugAttributes, keySlotAttributes:
		return c.attrs.matchRoot(e, side, why)
	}
	if why != nil {
		*why = "internal error: unknown constraint"
	}
	return false
}

func (c *constraint) holdsOnClassic(e *env, why *string) bool {
	if e.sys.OnCore {
		if !c.flag {
			return true
		}
		if why != nil {
			*why = "the system is Ubuntu Core, want a classic distribution"
			if c.distros != nil {
				*why += fmt.Sprintf(" among [%s]", strings.Join(c.text, ", "))
			}
		}
		return false
	}
	if !c.flag {
		if why != nil {
			*why = "the system is a classic distribution, want Ubuntu Core"
		}
		return false
	}
	if c.distros == nil {
		return true
	}
	for _, d := range c.distros {
		if d.matches(e.sys.Distribution, e.sys.Variant) {
			return true
		}
	}
	if why != nil {
		name := e.sys.Distribution
		if e.sys.Variant != "" {
			name += "/" + e.sys.Variant
		}
		if name == "" {
			*why = fmt.Sprintf("the distribution is unknown, want one of [%s]", strings.Join(c.text, ", "))
		} else {
			*why = fmt.Sprintf("the distribution is %q, want one of [%s]", name, strings.Join(c.text, ", "))
		}
	}
	return false
}

// holdsIn checks a system property against a list of values.
func (c *constraint) holdsIn(value, what string, why *string) bool {
	if value != "" && contains(c.ids, value) {
		return true
	}
	if why != nil {
		if value == "" {
			*why = fmt.Sprintf("the %s of the system is unknown, want one of [%s]", what, strings.Join(c.text, ", "))
		} else {
			*why = fmt.Sprintf("the %s of the system is %q, want one of [%s]", what, value, strings.Join(c.text, ", "))
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, item := range list {
		if item == s {
			return true
		}
	}
	return false
}
