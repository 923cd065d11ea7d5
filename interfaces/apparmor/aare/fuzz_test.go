// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare_test

import (
	"strings"
	"testing"

	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
)

// FuzzGlob compares the compiled matcher with refMatch, a slow and
// plain reading of the same semantics (sets of positions, no regular
// expressions), on any pattern it compiles and any path. The seed
// corpus is in testdata/fuzz/FuzzGlob; `make fuzz` runs it further.
func FuzzGlob(f *testing.F) {
	for _, tc := range globCases {
		for _, p := range append(tc.match, tc.miss...) {
			f.Add(tc.pattern, p)
		}
	}
	f.Fuzz(func(t *testing.T, pattern, path string) {
		if len(pattern) > 48 || len(path) > 48 {
			return
		}
		g, err := aare.CompileGlob(pattern)
		ref, ok := parseRef(pattern)
		if err != nil {
			if ok {
				t.Fatalf("CompileGlob(%q) failed (%v), the reference reads it", pattern, err)
			}
			return
		}
		if !ok {
			t.Fatalf("CompileGlob(%q) succeeded, the reference cannot read it", pattern)
		}
		if got, want := g.Match(path), ref.match(path); got != want {
			t.Fatalf("pattern %q, path %q: Match says %v, the reference %v", pattern, path, got, want)
		}
	})
}

// refNode is a node of the reference's pattern tree.
type refNode struct {
	kind byte // 'l' literal, '*' star, '?' one byte, '[' class, '{' alternation
	b    byte
	// star: any run (**), at least one non-'/' byte first.
	any, minOne bool
	set         [256]bool
	alts        [][]refNode
}

type refPattern struct{ nodes []refNode }

// parseRef reads a pattern into a tree, or says it is malformed.
func parseRef(p string) (*refPattern, bool) {
	r := refParser{src: p}
	nodes, ok := r.seq(0)
	if !ok || r.pos != len(p) {
		return nil, false
	}
	return &refPattern{nodes: nodes}, true
}

type refParser struct {
	src       string
	pos       int
	lastSlash bool
}

func (r *refParser) seq(depth int) ([]refNode, bool) {
	var out []refNode
	for r.pos < len(r.src) {
		c := r.src[r.pos]
		switch {
		case c == '}' || c == ',' && depth > 0:
			return out, depth > 0 || c == ','
		case c == ',':
			out = append(out, refNode{kind: 'l', b: c})
			r.lastSlash = false
			r.pos++
		case c == '\\':
			b, n, ok := refEscape(r.src[r.pos:])
			if !ok {
				return nil, false
			}
			out = append(out, refNode{kind: 'l', b: b})
			r.lastSlash = b == '/'
			r.pos += n
		case c == '*':
			end := r.pos
			for end < len(r.src) && r.src[end] == '*' {
				end++
			}
			min := r.lastSlash && (end == len(r.src) || r.src[end] == '/')
			n := end - r.pos
			first := true
			for n > 0 {
				node := refNode{kind: '*', any: n >= 2, minOne: min && first}
				out = append(out, node)
				first = false
				if n >= 2 {
					n -= 2
				} else {
					n--
				}
			}
			r.pos = end
			r.lastSlash = false
		case c == '?':
			out = append(out, refNode{kind: '?'})
			r.pos++
			r.lastSlash = false
		case c == '[':
			node, ok := r.class()
			if !ok {
				return nil, false
			}
			out = append(out, node)
			r.lastSlash = false
		case c == ']':
			return nil, false
		case c == '{':
			if depth+1 >= 50 {
				return nil, false
			}
			r.pos++
			r.lastSlash = false
			node := refNode{kind: '{'}
			for {
				alt, ok := r.seq(depth + 1)
				if !ok || r.pos >= len(r.src) {
					return nil, false
				}
				node.alts = append(node.alts, alt)
				r.lastSlash = false
				if r.src[r.pos] == '}' {
					r.pos++
					break
				}
				r.pos++ // ','
			}
			if len(node.alts) < 2 {
				return nil, false
			}
			out = append(out, node)
		default:
			out = append(out, refNode{kind: 'l', b: c})
			r.lastSlash = c == '/'
			r.pos++
		}
	}
	return out, depth == 0
}

func (r *refParser) class() (refNode, bool) {
	node := refNode{kind: '['}
	i := r.pos + 1
	negate := i < len(r.src) && r.src[i] == '^'
	if negate {
		i++
	}
	start := i
	var members [256]bool
	for {
		if i >= len(r.src) {
			return node, false
		}
		if r.src[i] == ']' {
			if i == start {
				return node, false
			}
			i++
			break
		}
		lo, n, ok := refClassByte(r.src[i:])
		if !ok {
			return node, false
		}
		i += n
		hi := lo
		if i+1 < len(r.src) && r.src[i] == '-' && r.src[i+1] != ']' {
			h, n, ok := refClassByte(r.src[i+1:])
			if !ok || h < lo {
				return node, false
			}
			hi, i = h, i+1+n
		}
		for b := int(lo); b <= int(hi); b++ {
			members[b] = true
		}
	}
	any := false
	for b := 1; b < 256; b++ {
		node.set[b] = members[b] != negate
		any = any || node.set[b]
	}
	r.pos = i
	return node, any
}

func refClassByte(s string) (byte, int, bool) {
	if s[0] == '\\' {
		return refEscape(s)
	}
	return s[0], 1, true
}

// refEscape reads "\" and a byte, \xHH, \dNNN or \NNN (octal).
func refEscape(s string) (byte, int, bool) {
	if len(s) < 2 {
		return 0, 0, false
	}
	num := func(start, max, base int, digits string) (byte, int, bool) {
		end, v := start, 0
		for end < len(s) && end-start < max && strings.IndexByte(digits, s[end]) >= 0 {
			v = v*base + strings.IndexByte(digits, s[end])
			end++
		}
		if end == start || v > 255 {
			return 0, 0, false
		}
		return byte(v), end, true
	}
	switch s[1] {
	case 'x':
		if len(s) > 2 && strings.IndexByte("ABCDEF", s[2]) >= 0 || len(s) > 3 && strings.IndexByte("ABCDEF", s[3]) >= 0 {
			s = s[:2] + strings.ToLower(s[2:min(len(s), 4)]) + s[min(len(s), 4):]
		}
		return num(2, 2, 16, "0123456789abcdef")
	case 'd':
		return num(2, 3, 10, "0123456789")
	case '0', '1', '2', '3':
		return num(1, 3, 8, "01234567")
	case 'n':
		return '\n', 2, true
	case 't':
		return '\t', 2, true
	case 'r':
		return '\r', 2, true
	}
	return s[1], 2, true
}

// match says whether the whole path matches.
func (p *refPattern) match(path string) bool {
	for _, end := range refSeq(p.nodes, path, 0) {
		if end == len(path) {
			return true
		}
	}
	return false
}

// refSeq returns every position the nodes can end at, starting at i.
func refSeq(nodes []refNode, s string, i int) []int {
	at := map[int]bool{i: true}
	for _, n := range nodes {
		next := map[int]bool{}
		for pos := range at {
			for _, e := range refNodeEnds(n, s, pos) {
				next[e] = true
			}
		}
		at = next
	}
	out := make([]int, 0, len(at))
	for pos := range at {
		out = append(out, pos)
	}
	return out
}

func refNodeEnds(n refNode, s string, i int) []int {
	switch n.kind {
	case 'l':
		if i < len(s) && s[i] == n.b {
			return []int{i + 1}
		}
	case '?':
		if i < len(s) && s[i] != '/' && s[i] != 0 {
			return []int{i + 1}
		}
	case '[':
		if i < len(s) && n.set[s[i]] {
			return []int{i + 1}
		}
	case '*':
		var out []int
		j := i
		if n.minOne {
			if j >= len(s) || s[j] == '/' || s[j] == 0 {
				return nil
			}
			j++
		}
		out = append(out, j)
		for j < len(s) && s[j] != 0 && (n.any || s[j] != '/') {
			j++
			out = append(out, j)
		}
		return out
	case '{':
		var out []int
		for _, alt := range n.alts {
			out = append(out, refSeq(alt, s, i)...)
		}
		return out
	}
	return nil
}
