// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/snapiface/snapiface/snap"
)

// matcherKind is what an attribute matcher checks.
type matcherKind int

const (
	// matchRegexp: a scalar value matches an anchored regular expression.
	matchRegexp matcherKind = iota
	// matchMissing ($MISSING): the attribute is absent.
	matchMissing
	// matchOther ($PLUG(attr), $SLOT(attr)): the value equals the other
	// side's attribute.
	matchOther
	// matchMap: a map value whose entries match, each by its path.
	matchMap
	// matchAlt: any of the alternatives matches.
	matchAlt
)

// attrMatcher is a compiled attribute constraint, or one node of it.
type attrMatcher struct {
	kind matcherKind
	text string // the expression or variable as written

	pat        pattern
	other      Side
	otherPath  string
	otherElems []string

	entries []attrEntry
	alts    []*attrMatcher
}

// attrEntry matches the value at a dotted path below a map.
type attrEntry struct {
	path []string
	text string
	m    *attrMatcher
}

// compileAttrConstraint compiles the value of plug-attributes or
// slot-attributes: a map of attribute paths to matchers, or a list of
// such maps, any of which may match.
func compileAttrConstraint(raw interface{}, side Side) (*attrMatcher, error) {
	c := &attrCompiler{side: side}
	switch v := raw.(type) {
	case map[interface{}]interface{}:
		return c.compileMap(v)
	case []interface{}:
		if len(v) == 0 {
			return nil, fmt.Errorf("must list at least one alternative")
		}
		m := &attrMatcher{kind: matchAlt}
		for i, item := range v {
			switch item := item.(type) {
			case map[interface{}]interface{}:
				alt, err := c.compileMap(item)
				if err != nil {
					return nil, err
				}
				m.alts = append(m.alts, alt)
			case []interface{}:
				return nil, fmt.Errorf("has alternative %d that is a list: alternatives cannot be nested", i+1)
			default:
				return nil, fmt.Errorf("has alternative %d that is not a map of attributes", i+1)
			}
		}
		return m, nil
	}
	return nil, fmt.Errorf("must be a map of attributes or a list of such maps")
}

// attrCompiler compiles an attribute constraint. It keeps the keys
// leading to the matcher it is at, and how deeply maps and lists nest
// there in the attribute's value, pushing and popping as it goes down
// and up: the path is only rendered for an error, so that compiling
// costs time and memory linear in the constraint whatever its depth.
type attrCompiler struct {
	side  Side
	path  []string
	depth int
}

// Error messages show at most shownSteps keys of a path and
// shownKeyBytes bytes of a key, as snap.yaml errors do.
const (
	shownSteps    = 6
	shownKeyBytes = 40
)

// shown renders the path for messages, "a.b.c", cut to a readable
// length: a path of more than 6 keys shows its first 4 and its last 2
// with "..." between them ("a.b.c.d...y.z"), and a key longer than 40
// bytes its first 40 and "...".
func (c *attrCompiler) shown() string {
	var b strings.Builder
	cut := len(c.path) > shownSteps
	for i, key := range c.path {
		if cut && i >= shownSteps-2 && i < len(c.path)-2 {
			if i == shownSteps-2 {
				b.WriteString("...")
			}
			continue
		}
		if i > 0 && !(cut && i == len(c.path)-2) {
			b.WriteByte('.')
		}
		if len(key) > shownKeyBytes {
			n := shownKeyBytes
			for n > 0 && !utf8.RuneStart(key[n]) {
				n--
			}
			key = key[:n] + "..."
		}
		b.WriteString(key)
	}
	return b.String()
}

// compileMap compiles a map of attribute paths to matchers, at c.path.
func (c *attrCompiler) compileMap(v map[interface{}]interface{}) (*attrMatcher, error) {
	if len(v) == 0 {
		if len(c.path) == 0 {
			return nil, fmt.Errorf("must name at least one attribute")
		}
		return nil, fmt.Errorf("has attribute %q with an empty map", c.shown())
	}
	m := &attrMatcher{kind: matchMap}
	for _, e := range sortedEntries(v) {
		c.path = append(c.path, e.key)
		path := strings.Split(e.key, ".")
		for _, elem := range path {
			if !validAttrName(elem) {
				return nil, fmt.Errorf("has invalid attribute name %q", c.shown())
			}
		}
		sub, err := c.matcher(e.value, false)
		if err != nil {
			return nil, err
		}
		c.path = c.path[:len(c.path)-1]
		m.entries = append(m.entries, attrEntry{path: path, text: e.key, m: sub})
	}
	return m, nil
}

// matcher compiles the matcher of the attribute at c.path.
func (c *attrCompiler) matcher(raw interface{}, inList bool) (*attrMatcher, error) {
	switch raw.(type) {
	case map[interface{}]interface{}, []interface{}:
		if c.depth >= snap.MaxAttrDepth {
			return nil, fmt.Errorf("has attribute %q that nests lists and maps more than %d deep", c.shown(), snap.MaxAttrDepth)
		}
		c.depth++
		defer func() { c.depth-- }()
	}
	switch v := raw.(type) {
	case string:
		return c.str(v)
	case bool, int, int64, uint64, float64:
		// A scalar stands for itself.
		text := fmt.Sprint(v)
		return &attrMatcher{kind: matchRegexp, text: text, pat: pattern{literal: text}}, nil
	case map[interface{}]interface{}:
		return c.compileMap(v)
	case []interface{}:
		if inList {
			return nil, fmt.Errorf("has attribute %q with nested alternatives", c.shown())
		}
		if len(v) == 0 {
			return nil, fmt.Errorf("has attribute %q with no alternatives", c.shown())
		}
		m := &attrMatcher{kind: matchAlt}
		for _, item := range v {
			alt, err := c.matcher(item, true)
			if err != nil {
				return nil, err
			}
			m.alts = append(m.alts, alt)
		}
		return m, nil
	}
	return nil, fmt.Errorf("has attribute %q with a value that is not a regular expression, a map or a list of alternatives", c.shown())
}

func (c *attrCompiler) str(s string) (*attrMatcher, error) {
	if s == "$MISSING" {
		return &attrMatcher{kind: matchMissing, text: s}, nil
	}
	if sideName, path, ok := otherSideAttr(s); ok {
		other := PlugSide
		if sideName == "SLOT" {
			other = SlotSide
		}
		if other == c.side {
			return nil, fmt.Errorf("has attribute %q referring to %s: %s-attributes refer to the %s with $%s(ATTR)",
				c.shown(), s, c.side, otherSide(c.side), strings.ToUpper(otherSide(c.side).String()))
		}
		for _, elem := range strings.Split(path, ".") {
			if !validAttrName(elem) {
				return nil, fmt.Errorf("has attribute %q referring to %s, which is not a valid attribute name", c.shown(), s)
			}
		}
		return &attrMatcher{kind: matchOther, text: s, other: other, otherPath: path, otherElems: strings.Split(path, ".")}, nil
	}
	if strings.HasPrefix(s, "$") {
		return nil, fmt.Errorf("has attribute %q with unknown variable %q (want $MISSING, $PLUG(ATTR) or $SLOT(ATTR))", c.shown(), s)
	}
	pat, err := compilePattern(s)
	if err != nil {
		return nil, fmt.Errorf("has attribute %q that %v", c.shown(), err)
	}
	return &attrMatcher{kind: matchRegexp, text: s, pat: pat}, nil
}

// joinPath joins the path of a map and a key below it, for
// explanations.
func joinPath(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// matchRoot matches an attribute constraint against the attributes of
// one side of e.
func (m *attrMatcher) matchRoot(e *env, side Side, why *string) bool {
	switch m.kind {
	case matchMap:
		return m.matchEntries(e, side, true, nil, "", why)
	case matchAlt:
		return anyAlternative(len(m.alts), func(i int, why *string) bool {
			return m.alts[i].matchEntries(e, side, true, nil, "", why)
		}, side.String()+" attributes match", why)
	}
	if why != nil {
		*why = "internal error: attribute constraint is not a map"
	}
	return false
}

// matchEntries matches every entry of a map matcher: against the side's
// attributes at the root, else against the map value v found at prefix.
func (m *attrMatcher) matchEntries(e *env, side Side, root bool, v map[string]interface{}, prefix string, why *string) bool {
	for i := range m.entries {
		entry := &m.entries[i]
		var val interface{}
		var ok bool
		if root {
			val, ok = e.party(side).lookup(entry.path, entry.text)
		} else {
			val, ok = walkPath(v, entry.path)
		}
		if !entry.m.match(e, side, val, ok, joinPath(prefix, entry.text), why) {
			return false
		}
	}
	return true
}

// match matches one value, present or not, found at path of side.
func (m *attrMatcher) match(e *env, side Side, v interface{}, present bool, path string, why *string) bool {
	switch m.kind {
	case matchMissing:
		if !present {
			return true
		}
		if why != nil {
			*why = fmt.Sprintf("%s attribute %q is %s, want it missing", side, path, show(v))
		}
		return false
	case matchOther:
		if !present {
			if why != nil {
				*why = fmt.Sprintf("%s attribute %q is missing, want %s", side, path, m.text)
			}
			return false
		}
		if e.kind == Installation {
			if why != nil {
				*why = fmt.Sprintf("%s attribute %q cannot equal %s at installation: there is no %s", side, path, m.text, m.other)
			}
			return false
		}
		ov, ok := e.party(m.other).lookup(m.otherElems, m.otherPath)
		if ok && reflect.DeepEqual(v, ov) {
			return true
		}
		if why != nil {
			if !ok {
				*why = fmt.Sprintf("%s attribute %q is %s, but the %s has no attribute %q", side, path, show(v), m.other, m.otherPath)
			} else {
				*why = fmt.Sprintf("%s attribute %q is %s, but %s is %s", side, path, show(v), m.text, show(ov))
			}
		}
		return false
	}
	if !present {
		if m.kind == matchAlt {
			// One of the alternatives may be $MISSING.
			return m.matchAlternatives(e, side, v, false, path, why)
		}
		if why != nil {
			*why = fmt.Sprintf("%s attribute %q is missing", side, path)
		}
		return false
	}
	if list, ok := v.([]interface{}); ok {
		// A list matches when every element does.
		for i, item := range list {
			if !m.match(e, side, item, true, path+"["+strconv.Itoa(i)+"]", why) {
				return false
			}
		}
		return true
	}
	switch m.kind {
	case matchRegexp:
		s, ok := scalarString(v)
		if ok && m.pat.match(s) {
			return true
		}
		if why != nil {
			if ok {
				*why = fmt.Sprintf("%s attribute %q is %s, which does not match %q", side, path, show(v), m.text)
			} else {
				*why = fmt.Sprintf("%s attribute %q is a map, want a value matching %q", side, path, m.text)
			}
		}
		return false
	case matchMap:
		mv, ok := v.(map[string]interface{})
		if !ok {
			if why != nil {
				*why = fmt.Sprintf("%s attribute %q is %s, want a map", side, path, show(v))
			}
			return false
		}
		return m.matchEntries(e, side, false, mv, path, why)
	case matchAlt:
		return m.matchAlternatives(e, side, v, true, path, why)
	}
	return false
}

func (m *attrMatcher) matchAlternatives(e *env, side Side, v interface{}, present bool, path string, why *string) bool {
	return anyAlternative(len(m.alts), func(i int, why *string) bool {
		return m.alts[i].match(e, side, v, present, path, why)
	}, fmt.Sprintf("%s attribute %q matches", side, path), why)
}

// anyAlternative tries n alternatives in turn; when none holds and why
// is not nil, it says why each failed, after "WHAT no alternative".
func anyAlternative(n int, try func(i int, why *string) bool, what string, why *string) bool {
	var reasons []string
	for i := 0; i < n; i++ {
		var r string
		var rp *string
		if why != nil {
			rp = &r
		}
		if try(i, rp) {
			return true
		}
		if why != nil {
			reasons = append(reasons, fmt.Sprintf("(%d) %s", i+1, r))
		}
	}
	if why != nil {
		*why = what + " no alternative: " + strings.Join(reasons, "; ")
	}
	return false
}

// scalarString renders a scalar attribute value for a regular
// expression: strings as they are, booleans and numbers as YAML writes
// them.
func scalarString(v interface{}) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case bool:
		return strconv.FormatBool(v), true
	case int64:
		return strconv.FormatInt(v, 10), true
	case int:
		return strconv.Itoa(v), true
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), true
	}
	return "", false
}

// show renders a value in an explanation.
func show(v interface{}) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	if s, ok := scalarString(v); ok {
		return s
	}
	return fmt.Sprintf("%v", v)
}

// walkPath follows a path of keys through nested attribute maps.
func walkPath(attrs map[string]interface{}, path []string) (interface{}, bool) {
	var cur interface{} = attrs
	for _, key := range path {
		m, ok := cur.(map[string]interface{})
		if !ok {
			return nil, false
		}
		if cur, ok = m[key]; !ok {
			return nil, false
		}
	}
	return cur, true
}
