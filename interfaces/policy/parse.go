// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/internal/yamlpos"
	"github.com/snapiface/snapiface/snap"
)

// topLevelKeys are the keys a declaration may have besides plugs and
// slots; the assertion headers are accepted and, but for the ones that
// identify the snap, ignored.
var topLevelKeys = map[string]bool{
	"type":         true,
	"authority-id": true,
	"series":       true,
	"revision":     true,
	"timestamp":    true,
	"snap-id":      true,
	"publisher-id": true,
	"snap-name":    true,
	"plugs":        true,
	"slots":        true,
}

var yamlLine = regexp.MustCompile(`line (\d+): `)

// The identifiers of declarations, checked by hand rather than with
// regular expressions, which cost a quarter of parsing a declaration
// besides yaml.v2 (CPU profile of SnapDeclarations1000); the tests check
// each against the expression it stands for.

// validSnapID: snap ids are alphanumeric, ^[A-Za-z0-9]{1,64}$.
func validSnapID(s string) bool {
	if len(s) < 1 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) {
			return false
		}
	}
	return true
}

// validAccountID: account ids (publishers, brands) are alphanumeric;
// short legacy ones ("canonical") keep inner hyphens:
// ^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?$.
func validAccountID(s string) bool {
	return validID(s, "-")
}

// validStoreID: ^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$.
func validStoreID(s string) bool {
	return validID(s, "._-")
}

// validID checks 1 to 64 alphanumerics and inner characters of inner.
func validID(s, inner string) bool {
	if len(s) < 1 || len(s) > 64 || !isAlnum(s[0]) || !isAlnum(s[len(s)-1]) {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if !isAlnum(s[i]) && strings.IndexByte(inner, s[i]) < 0 {
			return false
		}
	}
	return true
}

// validModelName: alphanumerics and single inner hyphens,
// ^[A-Za-z0-9](?:-?[A-Za-z0-9])*$.
func validModelName(s string) bool {
	if len(s) == 0 || !isAlnum(s[0]) || !isAlnum(s[len(s)-1]) {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if s[i] == '-' {
			if s[i-1] == '-' {
				return false
			}
		} else if !isAlnum(s[i]) {
			return false
		}
	}
	return true
}

// validDistroID: a distribution id is os-release's ID: lowercase
// letters, digits, ".", "_" and "-"; a variant is VARIANT_ID, the
// same: ^[a-z0-9._-]+$.
func validDistroID(s string) bool {
	if len(s) == 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z') && !('0' <= c && c <= '9') && c != '.' && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// validAttrName: an attribute path is dot-separated attribute names,
// ^[A-Za-z0-9_][A-Za-z0-9_-]*$.
func validAttrName(s string) bool {
	if len(s) == 0 || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isAlnum(c) && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// otherSideAttr returns the side and the attribute path of
// $PLUG(path) or $SLOT(path), as ^\$(PLUG|SLOT)\((.*)\)$ would
// (a path without newlines).
func otherSideAttr(s string) (side, path string, ok bool) {
	if len(s) < len("$PLUG()") || s[0] != '$' || s[5] != '(' || s[len(s)-1] != ')' {
		return "", "", false
	}
	side, path = s[1:5], s[6:len(s)-1]
	if (side != "PLUG" && side != "SLOT") || strings.IndexByte(path, '\n') >= 0 {
		return "", "", false
	}
	return side, path, true
}

func isAlnum(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

// ParseDeclaration parses and validates a declaration, compiling its
// constraints. filename is only used in error messages and
// explanations; it may be "". On failure the error is an ErrorList of
// every problem found, each with its line.
func ParseDeclaration(data []byte, filename string) (*Declaration, error) {
	p := &parser{src: data, file: filename}
	var doc interface{}
	if err := yaml.UnmarshalStrict(data, &doc); err != nil {
		return nil, yamlErrors(err, filename)
	}
	top, ok := doc.(map[interface{}]interface{})
	if !ok && doc != nil {
		return nil, ErrorList{{File: filename, Line: 1, Msg: "declaration must be a map of keys to values"}}
	}
	decl := &Declaration{Plugs: map[string]*Rule{}, Slots: map[string]*Rule{}, file: filename, src: data}
	for _, e := range sortedEntries(top) {
		if !topLevelKeys[e.key] {
			p.errorf([]string{e.key}, "unknown top-level key %q", e.key)
		}
	}
	decl.Type = p.header(top, "type", func(s string) error {
		if s != "base-declaration" && s != "snap-declaration" {
			return fmt.Errorf("unknown declaration type %q (want base-declaration or snap-declaration)", s)
		}
		return nil
	})
	decl.SnapName = p.header(top, "snap-name", func(s string) error {
		if err := snap.ValidateName(s); err != nil {
			return fmt.Errorf("snap-name: %w", err)
		}
		return nil
	})
	decl.SnapID = p.header(top, "snap-id", func(s string) error {
		if !validSnapID(s) {
			return fmt.Errorf("snap-id: invalid snap id %q", s)
		}
		return nil
	})
	decl.PublisherID = p.header(top, "publisher-id", func(s string) error {
		if !validAccountID(s) {
			return fmt.Errorf("publisher-id: invalid account id %q", s)
		}
		return nil
	})
	for _, side := range []Side{PlugSide, SlotSide} {
		key := side.String() + "s"
		raw, ok := top[key]
		if !ok || raw == nil {
			continue
		}
		rules, ok := raw.(map[interface{}]interface{})
		if !ok {
			p.errorf([]string{key}, "%s must be a map of interface names to rules", key)
			continue
		}
		into := decl.Plugs
		if side == SlotSide {
			into = decl.Slots
		}
		for _, e := range sortedEntries(rules) {
			if !e.isString {
				p.errorAt(p.nonStringKeyLine(key, e.key), "%s has a key that YAML reads as %s rather than as a name: quote it", key, e.key)
				continue
			}
			if rule := p.parseRule(decl, side, e.key, e.value); rule != nil {
				into[e.key] = rule
			}
		}
	}
	if len(p.errs) > 0 {
		sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Line < p.errs[j].Line })
		if p.unreported > 0 {
			p.errs = append(p.errs, &Error{File: filename, Msg: fmt.Sprintf("%d more problems not reported", p.unreported)})
		}
		return nil, p.errs
	}
	decl.index()
	return decl, nil
}

// yamlErrors turns a YAML error into an ErrorList, one entry (with its
// line) for each problem the decoder reports.
func yamlErrors(err error, filename string) ErrorList {
	msgs := []string{strings.TrimPrefix(err.Error(), "yaml: ")}
	if te, ok := err.(*yaml.TypeError); ok {
		msgs = te.Errors
	}
	var list ErrorList
	for _, msg := range msgs {
		line := 0
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = strings.Replace(msg, m[0], "", 1)
		}
		list = append(list, &Error{File: filename, Line: line, Msg: "cannot parse declaration: " + msg})
	}
	return list
}

// MaxReportedErrors is the most problems ParseDeclaration reports with
// their line, the rest being counted in a last entry: locating a line
// costs a pass over the source, so that reporting every problem of a
// hostile declaration would cost time quadratic in its size.
const MaxReportedErrors = 100

type parser struct {
	src  []byte
	file string
	errs ErrorList
	// pos is src scanned for lines, on the first error.
	pos *yamlpos.Source
	// unreported counts the problems past MaxReportedErrors.
	unreported int
}

// line returns the line of a key path, or 0.
func (p *parser) line(path ...string) int {
	if p.pos == nil {
		p.pos = yamlpos.Scan(p.src)
	}
	return p.pos.Line(path...)
}

func (p *parser) errorf(path []string, format string, args ...interface{}) {
	if len(p.errs) >= MaxReportedErrors {
		p.unreported++
		return
	}
	p.errorAt(p.line(path...), format, args...)
}

func (p *parser) errorAt(line int, format string, args ...interface{}) {
	if len(p.errs) >= MaxReportedErrors {
		p.unreported++
		return
	}
	p.errs = append(p.errs, &Error{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// boolSpellings are the ways YAML 1.1 writes true and false.
var boolSpellings = map[string][]string{
	"true":  {"y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE"},
	"false": {"n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE"},
}

// nonStringKeyLine finds the line of a key under side that YAML did not
// read as a string, trying the ways it may have been written.
func (p *parser) nonStringKeyLine(side, key string) int {
	if len(p.errs) >= MaxReportedErrors {
		return 0 // not reported: spare the search
	}
	spellings, ok := boolSpellings[key]
	if !ok {
		spellings = []string{key}
	}
	for _, s := range spellings {
		if line := p.line(side, s); line > 0 {
			return line
		}
	}
	return p.line(side)
}

// header reads an optional top-level string and checks it.
func (p *parser) header(top map[interface{}]interface{}, key string, check func(string) error) string {
	raw, ok := top[key]
	if !ok || raw == nil {
		return ""
	}
	s, ok := raw.(string)
	if !ok {
		p.errorf([]string{key}, "%s must be a string", key)
		return ""
	}
	if err := check(s); err != nil {
		p.errorf([]string{key}, "%v", err)
		return ""
	}
	return s
}

type entry struct {
	key   string
	value interface{}
	// isString is unset for keys YAML read as something else, such as
	// y, yes, on or 1.
	isString bool
}

// sortedEntries returns the entries of a YAML map sorted by key, keys
// rendered as strings.
func sortedEntries(m map[interface{}]interface{}) []entry {
	out := make([]entry, 0, len(m))
	for k, v := range m {
		if s, isString := k.(string); isString {
			out = append(out, entry{s, v, true})
			continue
		}
		out = append(out, entry{fmt.Sprint(k), v, false})
	}
	slices.SortFunc(out, func(a, b entry) int { return strings.Compare(a.key, b.key) })
	return out
}

func subruleKind(key string) (SubruleKind, bool) {
	for i, name := range subruleNames {
		if name == key {
			return SubruleKind(i), true
		}
	}
	return 0, false
}

func (p *parser) parseRule(decl *Declaration, side Side, name string, raw interface{}) *Rule {
	sideKey := side.String() + "s"
	if err := interfaces.ValidateName(name); err != nil {
		p.errorf([]string{sideKey, name}, "%s has invalid interface name %q", sideKey, name)
		return nil
	}
	rule := &Rule{Interface: name, Side: side, decl: decl}
	switch v := raw.(type) {
	case bool:
		// A rule of true allows everything and denies nothing; false
		// the reverse.
		for kind := SubruleKind(0); kind < numSubrules; kind++ {
			rule.Subrules[kind] = shortcutSubrule(rule, kind, kind.IsDeny() != v, true)
		}
		return rule
	case map[interface{}]interface{}:
		if len(v) == 0 {
			p.errorf([]string{sideKey, name}, "%s rule for interface %q must name at least one subrule", side, name)
			return nil
		}
		ok := true
		for _, e := range sortedEntries(v) {
			kind, known := subruleKind(e.key)
			if !known {
				p.errorf([]string{sideKey, name, e.key}, "%s rule for interface %q has unknown subrule %q", side, name, e.key)
				ok = false
				continue
			}
			sub := p.parseSubrule(rule, kind, e.value)
			if sub == nil {
				ok = false
				continue
			}
			rule.Subrules[kind] = sub
		}
		if !ok {
			return nil
		}
		return rule
	}
	p.errorf([]string{sideKey, name}, "%s rule for interface %q must be a map or one of the shortcuts 'true' or 'false'", side, name)
	return nil
}

// shortcutSubrule returns a subrule written as true (one alternative
// without constraints, which always holds) or false (none).
func shortcutSubrule(rule *Rule, kind SubruleKind, value, implied bool) *Subrule {
	sub := &Subrule{Kind: kind, Shortcut: true, Implied: implied, rule: rule}
	if value {
		sub.Alternatives = []*Alternative{{sub: sub}}
	}
	return sub
}

// subruleCtx locates a subrule, or an alternative of it, for messages.
type subruleCtx struct {
	rule *Rule
	kind SubruleKind
	// index is the alternative's index when the subrule is a list,
	// else -1.
	index int
}

func (c subruleCtx) path(more ...string) []string {
	path := []string{c.rule.sideKey(), c.rule.Interface, c.kind.String()}
	if c.index >= 0 {
		path = append(path, strconv.Itoa(c.index))
	}
	return append(path, more...)
}

// String locates the subrule or alternative, inside out.
func (c subruleCtx) String() string {
	s := fmt.Sprintf("%s in %s rule for interface %q", c.kind, c.rule.Side, c.rule.Interface)
	if c.index >= 0 {
		s = fmt.Sprintf("alternative %d of %s", c.index+1, s)
	}
	return s
}

func (p *parser) parseSubrule(rule *Rule, kind SubruleKind, raw interface{}) *Subrule {
	ctx := subruleCtx{rule: rule, kind: kind, index: -1}
	switch v := raw.(type) {
	case bool:
		return shortcutSubrule(rule, kind, v, false)
	case map[interface{}]interface{}:
		sub := &Subrule{Kind: kind, rule: rule}
		alt := p.parseAlternative(ctx, sub, v)
		if alt == nil {
			return nil
		}
		sub.Alternatives = []*Alternative{alt}
		return sub
	case []interface{}:
		if len(v) == 0 {
			p.errorf(ctx.path(), "%s must list at least one alternative", ctx)
			return nil
		}
		sub := &Subrule{Kind: kind, List: true, rule: rule}
		ok := true
		for i, item := range v {
			actx := subruleCtx{rule: rule, kind: kind, index: i}
			var alt *Alternative
			switch item := item.(type) {
			case map[interface{}]interface{}:
				alt = p.parseAlternative(actx, sub, item)
			case bool:
				p.errorf(actx.path(), "%s cannot be 'true' or 'false': shortcuts are not allowed in a list of alternatives", actx)
			case []interface{}:
				p.errorf(actx.path(), "%s cannot be a list: alternatives cannot be nested", actx)
			default:
				p.errorf(actx.path(), "%s must be a map of constraints", actx)
			}
			if alt == nil {
				ok = false
				continue
			}
			sub.Alternatives = append(sub.Alternatives, alt)
		}
		if !ok {
			return nil
		}
		return sub
	}
	p.errorf(ctx.path(), "%s must be a map, a list of maps, or one of the shortcuts 'true' or 'false'", ctx)
	return nil
}

func (p *parser) parseAlternative(ctx subruleCtx, sub *Subrule, m map[interface{}]interface{}) *Alternative {
	if len(m) == 0 {
		p.errorf(ctx.path(), "%s must name at least one constraint", ctx)
		return nil
	}
	alt := &Alternative{Index: max(ctx.index, 0), sub: sub}
	ok := true
	for _, e := range sortedEntries(m) {
		key, known := constraintKeyByName(e.key)
		if !known {
			p.errorf(ctx.path(e.key), "%s has unknown constraint %q", ctx, e.key)
			ok = false
			continue
		}
		if why := key.notAllowedIn(ctx.kind, ctx.rule.Side); why != "" {
			p.errorf(ctx.path(e.key), "%s cannot use constraint %q (%s)", ctx, e.key, why)
			ok = false
			continue
		}
		kctx := keyCtx{subruleCtx: ctx, key: key}
		switch key {
		case keySlotsPerPlug, keyPlugsPerSlot:
			arity, err := parseArity(e.value)
			if err != nil {
				p.errorf(kctx.path(), "%s %v", kctx, err)
				ok = false
				continue
			}
			if key == keySlotsPerPlug {
				alt.SlotsPerPlug = arity
			} else {
				alt.PlugsPerSlot = arity
			}
			continue
		}
		c, err := compileConstraint(key, e.value)
		if err != nil {
			p.errorf(kctx.path(), "%s %v", kctx, err)
			ok = false
			continue
		}
		if c != nil {
			alt.constraints = append(alt.constraints, *c)
		}
	}
	if !ok {
		return nil
	}
	// Cheap checks first: a failed one spares the rest.
	sort.SliceStable(alt.constraints, func(i, j int) bool { return alt.constraints[i].key < alt.constraints[j].key })
	return alt
}

// keyCtx locates a constraint for messages.
type keyCtx struct {
	subruleCtx
	key constraintKey
}

func (c keyCtx) path(more ...string) []string {
	return c.subruleCtx.path(append([]string{c.key.String()}, more...)...)
}

// String locates the constraint, inside out.
func (c keyCtx) String() string { return c.key.String() + " in " + c.subruleCtx.String() }

func parseArity(raw interface{}) (Arity, error) {
	switch v := raw.(type) {
	case string:
		if v == "*" {
			return AnyNumber, nil
		}
	case int:
		if v >= 1 {
			return Arity(v), nil
		}
	}
	return 0, fmt.Errorf(`must be an integer >= 1 or "*"`)
}

// stringList reads a string or a list of strings.
func stringList(raw interface{}) ([]string, bool) {
	switch v := raw.(type) {
	case string:
		return []string{v}, true
	case []interface{}:
		if len(v) == 0 {
			return nil, false
		}
		out := make([]string, len(v))
		for i, item := range v {
			s, ok := item.(string)
			if !ok {
				return nil, false
			}
			out[i] = s
		}
		return out, true
	}
	return nil, false
}
