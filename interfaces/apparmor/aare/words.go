// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare

import (
	"errors"
	"fmt"
	"strings"
)

// splitWords splits a statement at blanks outside quotes, parentheses
// and braces: "peer=(label=x, addr=y)" is one word.
func splitWords(s string) []string {
	var words []string
	var cur strings.Builder
	paren, brace := 0, 0
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, cur.String())
			cur.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			j := i + 1
			for ; j < len(s) && s[j] != '"'; j++ {
				if s[j] == '\\' {
					j++
				}
			}
			if j >= len(s) {
				j = len(s) - 1
			}
			cur.WriteString(s[i : j+1])
			i = j
			continue
		case c == '(':
			paren++
		case c == ')':
			paren--
		case c == '{':
			brace++
		case c == '}':
			brace--
		case (c == ' ' || c == '\t') && paren == 0 && brace == 0:
			flush()
			continue
		}
		cur.WriteByte(c)
	}
	flush()
	return words
}

// unquote removes the quotes around a word; what is inside, escapes
// included, is left for the pattern compiler.
func unquote(s string) (string, error) {
	if !strings.HasPrefix(s, `"`) {
		if strings.Contains(s, `"`) {
			return "", fmt.Errorf("stray quote in %q", s)
		}
		return s, nil
	}
	if len(s) < 2 || !strings.HasSuffix(s, `"`) || strings.HasSuffix(s, `\"`) && !strings.HasSuffix(s, `\\"`) {
		return "", fmt.Errorf("unterminated quoted string %s", s)
	}
	return s[1 : len(s)-1], nil
}

// condValues reads a condition's value: "(a, b c)" or "(a)" is a list,
// a word alone is a list of one; quotes are removed.
func condValues(v string) ([]string, error) {
	if v == "" {
		return nil, errors.New("empty value")
	}
	if !strings.HasPrefix(v, "(") {
		u, err := unquote(v)
		if err != nil {
			return nil, err
		}
		return []string{u}, nil
	}
	if !strings.HasSuffix(v, ")") {
		return nil, fmt.Errorf("unclosed '(' in %q", v)
	}
	var out []string
	for _, w := range splitList(v[1 : len(v)-1]) {
		u, err := unquote(w)
		if err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty list %q", v)
	}
	return out, nil
}

// splitList splits a list at commas and blanks outside quotes and
// braces.
func splitList(s string) []string {
	var out []string
	var cur strings.Builder
	brace := 0
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			j := i + 1
			for ; j < len(s) && s[j] != '"'; j++ {
				if s[j] == '\\' {
					j++
				}
			}
			if j >= len(s) {
				j = len(s) - 1
			}
			cur.WriteString(s[i : j+1])
			i = j
			continue
		case c == '{':
			brace++
		case c == '}':
			brace--
		case (c == ',' || c == ' ' || c == '\t') && brace == 0:
			flush()
			continue
		}
		cur.WriteByte(c)
	}
	flush()
	return out
}

// conds reads "key=value" words; a word without '=' ends them. Each
// key may come once. The "peer=(k=v, ...)" form is a nested list of
// conditions, returned under "peer.k".
func parseConds(words []string, allowed map[string]bool) (map[string][]string, []string, error) {
	conds := map[string][]string{}
	rest := words
	for len(rest) > 0 {
		w := rest[0]
		key, value, ok := strings.Cut(w, "=")
		if !ok {
			break
		}
		if key == "peer" && strings.HasPrefix(value, "(") && allowed["peer.label"] {
			inner := strings.TrimSuffix(strings.TrimPrefix(value, "("), ")")
			if !strings.HasSuffix(value, ")") {
				return nil, nil, fmt.Errorf("unclosed '(' in %q", w)
			}
			for _, sub := range splitList(inner) {
				k, v, ok := strings.Cut(sub, "=")
				if !ok {
					return nil, nil, fmt.Errorf("peer condition %q: want KEY=VALUE", sub)
				}
				if err := addCond(conds, "peer."+k, v, allowed); err != nil {
					return nil, nil, err
				}
			}
			rest = rest[1:]
			continue
		}
		if err := addCond(conds, key, value, allowed); err != nil {
			return nil, nil, err
		}
		rest = rest[1:]
	}
	return conds, rest, nil
}

func addCond(conds map[string][]string, key, value string, allowed map[string]bool) error {
	if !allowed[key] {
		return fmt.Errorf("unknown condition %q", strings.TrimPrefix(key, "peer.")+"=")
	}
	if _, dup := conds[key]; dup {
		return fmt.Errorf("condition %q given twice", key+"=")
	}
	values, err := condValues(value)
	if err != nil {
		return fmt.Errorf("condition %q: %v", key+"=", err)
	}
	conds[key] = values
	return nil
}
