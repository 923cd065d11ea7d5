// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/internal/yamlpos"
)

// subruleNames are the keys a plug or slot rule may have.
var subruleNames = []string{
	"allow-installation",
	"deny-installation",
	"allow-connection",
	"deny-connection",
	"allow-auto-connection",
	"deny-auto-connection",
}

// topLevelKeys are the keys a declaration may have.
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

// Rule is the rule of one interface on one side of a declaration: its
// subrules by name, each as YAML decoded it (bool, map or list).
type Rule struct {
	Interface string
	Side      string
	Subrules  map[string]interface{}
}

// Declaration is a parsed base or snap declaration.
type Declaration struct {
	Plugs map[string]*Rule
	Slots map[string]*Rule
}

// Error is one problem of a declaration, with where it is.
type Error struct {
	File string
	Line int
	Msg  string
}

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

// ErrorList is every problem found in a declaration, in file order. Its
// Error is one line per problem.
type ErrorList []*Error

func (list ErrorList) Error() string {
	lines := make([]string, len(list))
	for i, e := range list {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

var yamlLine = regexp.MustCompile(`line (\d+): `)

// ParseDeclaration parses and validates a declaration. filename is only
// used in error messages; it may be "". On failure the error is an
// ErrorList.
func ParseDeclaration(data []byte, filename string) (*Declaration, error) {
	p := &parser{src: data, file: filename}
	var doc interface{}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 0
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = strings.Replace(msg, m[0], "", 1)
		}
		return nil, ErrorList{{File: filename, Line: line, Msg: "cannot parse declaration: " + msg}}
	}
	top, ok := doc.(map[interface{}]interface{})
	if !ok && doc != nil {
		return nil, ErrorList{{File: filename, Line: 1, Msg: "declaration must be a map of keys to values"}}
	}
	decl := &Declaration{Plugs: map[string]*Rule{}, Slots: map[string]*Rule{}}
	for _, key := range sortedStringKeys(top) {
		if !topLevelKeys[key] {
			p.errorf([]string{key}, "unknown top-level key %q", key)
		}
	}
	for _, side := range []string{"plugs", "slots"} {
		raw, ok := top[side]
		if !ok || raw == nil {
			continue
		}
		rules, ok := raw.(map[interface{}]interface{})
		if !ok {
			p.errorf([]string{side}, "%s must be a map of interface names to rules", side)
			continue
		}
		into := decl.Plugs
		if side == "slots" {
			into = decl.Slots
		}
		for _, name := range sortedStringKeys(rules) {
			if rule := p.parseRule(side, name, rules[name]); rule != nil {
				into[name] = rule
			}
		}
	}
	if len(p.errs) > 0 {
		sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Line < p.errs[j].Line })
		return nil, p.errs
	}
	return decl, nil
}

type parser struct {
	src  []byte
	file string
	errs ErrorList
}

func (p *parser) errorf(path []string, format string, args ...interface{}) {
	p.errs = append(p.errs, &Error{File: p.file, Line: yamlpos.Line(p.src, path...), Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) parseRule(side, name string, raw interface{}) *Rule {
	sideName := side[:4]
	rule := &Rule{Interface: name, Side: sideName, Subrules: map[string]interface{}{}}
	switch v := raw.(type) {
	case bool:
		// A rule of true allows everything and denies nothing; false the reverse.
		for _, sub := range subruleNames {
			rule.Subrules[sub] = strings.HasPrefix(sub, "allow-") == v
		}
		return rule
	case map[interface{}]interface{}:
		if len(v) == 0 {
			p.errorf([]string{side, name}, "%s rule for interface %q must name at least one subrule", sideName, name)
			return nil
		}
		for _, key := range sortedStringKeys(v) {
			if !isSubrule(key) {
				p.errorf([]string{side, name, key}, "%s rule for interface %q has unknown subrule %q", sideName, name, key)
				continue
			}
			switch v[key].(type) {
			case bool, map[interface{}]interface{}, []interface{}:
				rule.Subrules[key] = v[key]
			default:
				p.errorf([]string{side, name, key}, "%s in %s rule for interface %q must be a map or one of the shortcuts 'true' or 'false'", key, sideName, name)
			}
		}
		return rule
	}
	p.errorf([]string{side, name}, "%s rule for interface %q must be a map or one of the shortcuts 'true' or 'false'", sideName, name)
	return nil
}

func isSubrule(key string) bool {
	for _, sub := range subruleNames {
		if sub == key {
			return true
		}
	}
	return false
}

// sortedStringKeys returns the keys of a YAML map as strings, sorted;
// non-string keys are rendered with %v.
func sortedStringKeys(m map[interface{}]interface{}) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, fmt.Sprint(k))
	}
	sort.Strings(keys)
	return keys
}
