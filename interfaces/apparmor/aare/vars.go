// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare

import (
	"fmt"
	"strings"
)

// Variables are expanded as apparmor_parser expands them: textually,
// the leftmost reference first, until none is left. A variable with one
// value is replaced by it; one with several by the alternation
// "{v1,v2,...}", where each value loses its leading slashes when a '/'
// comes before the reference and its trailing slashes when a '/'
// follows it, so that "@{HOME}/x" with HOME "/home/*/ /root/" is
// "{/home/*,/root}/x". An alternation is one group whatever it holds,
// so expansion grows the text by the size of the values, never by
// their product: "@{pid}/task/@{tid}" is two groups of seven, matched
// side by side, not 49 paths. Definitions that refer to each other can
// still grow it fast ("@{A}=@{B}@{B}", "@{B}=@{C}@{C}", ...): expansion
// stops with an error past maxExpansions steps or maxGlobLen bytes.

// maxExpansions bounds the variable references expanded in one text.
const maxExpansions = 4096

// ProfileNameVar is the variable every profile defines as its own name,
// with the pattern characters of the name escaped.
const ProfileNameVar = "profile_name"

// variables holds definitions, by name, as written (values unexpanded).
type variables map[string][]string

// clone returns a copy that can be changed without changing v.
func (v variables) clone() variables {
	c := make(variables, len(v)+1)
	for k, vals := range v {
		c[k] = vals
	}
	return c
}

// define sets (or with add, extends) a variable.
func (v variables) define(name string, values []string, add bool) error {
	old, exists := v[name]
	switch {
	case add && !exists:
		return fmt.Errorf("cannot add to variable @{%s}: it is not defined", name)
	case !add && exists:
		return fmt.Errorf("cannot define variable @{%s}: it is already defined", name)
	case add:
		v[name] = append(old[:len(old):len(old)], values...)
	default:
		v[name] = values
	}
	return nil
}

// expand replaces every variable reference of s.
func (v variables) expand(s string) (string, error) {
	for steps := 0; ; steps++ {
		start, end, name := findVar(s)
		if start < 0 {
			return s, nil
		}
		if steps == maxExpansions {
			return "", fmt.Errorf("cannot expand variables: more than %d references", maxExpansions)
		}
		values, ok := v[name]
		if !ok {
			return "", fmt.Errorf("variable @{%s} is not defined", name)
		}
		prefix, suffix := s[:start], s[end:]
		var b strings.Builder
		b.WriteString(prefix)
		if len(values) == 1 {
			b.WriteString(values[0])
		} else {
			trimLeading := strings.HasSuffix(prefix, "/")
			trimTrailing := strings.HasPrefix(suffix, "/")
			b.WriteByte('{')
			for i, value := range values {
				if i > 0 {
					b.WriteByte(',')
				}
				if trimLeading {
					value = strings.TrimLeft(value, "/")
				}
				if trimTrailing {
					value = strings.TrimRight(value, "/")
				}
				b.WriteString(value)
			}
			b.WriteByte('}')
		}
		b.WriteString(suffix)
		if b.Len() > maxGlobLen {
			return "", fmt.Errorf("cannot expand variables: the text grows past %d bytes", maxGlobLen)
		}
		s = b.String()
	}
}

// findVar finds the first variable reference "@{NAME}" of s that is
// not escaped, and returns where it starts and ends, and NAME; start is
// -1 when there is none.
func findVar(s string) (start, end int, name string) {
	escaped := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			escaped = !escaped
			continue
		case '@':
			if !escaped && i+1 < len(s) && s[i+1] == '{' {
				if n := varNameLen(s[i+2:]); n > 0 && i+2+n < len(s) && s[i+2+n] == '}' {
					return i, i + 3 + n, s[i+2 : i+2+n]
				}
			}
		}
		escaped = false
	}
	return -1, -1, ""
}

// varNameLen returns the length of the variable name at the start of
// s: a letter, then letters, digits and underscores.
func varNameLen(s string) int {
	n := 0
	for n < len(s) {
		c := s[n]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (n == 0 || !(c == '_' || c >= '0' && c <= '9')) {
			break
		}
		n++
	}
	return n
}

// escapePattern escapes the bytes of s that a pattern reads as
// globbing, as the parser does for @{profile_name}.
func escapePattern(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			b.WriteString(s[i : i+2])
			i++
			continue
		}
		if strings.IndexByte("{}[]*?", s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// filterSlashes collapses runs of '/' to one, except a leading "//"
// followed by something else, as the parser does to file paths.
func filterSlashes(s string) string {
	if !strings.Contains(s, "//") {
		return s
	}
	var b strings.Builder
	i := 0
	if strings.HasPrefix(s, "//") && (len(s) == 2 || s[2] != '/') {
		b.WriteString("//")
		i = 2
	}
	seen := false
	for ; i < len(s); i++ {
		if s[i] == '/' {
			if seen {
				continue
			}
			seen = true
		} else {
			seen = false
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
