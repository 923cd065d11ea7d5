// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package yamlpos finds the line a key sits on in YAML source.
//
// gopkg.in/yaml.v2 decodes into plain values and forgets where they came
// from, so a validation error found after decoding cannot say where the
// offending key is. Line scans the source text again, following the
// indentation of block mappings and sequences, to recover that line.
//
// The scanner knows block mappings ("key: value", with plain or quoted
// keys), block sequences ("- item", including "- key: value" items and
// sequences indented at the level of their parent key), comments, blank
// lines, block scalars ("|" and ">"), and flow collections written on a
// single line ("key: [a, b]", "key: {a: b}"). It does not follow aliases
// or merge keys, nor look inside multi-line flow collections or scalars:
// for those, and for anything else it does not understand, it answers 0
// rather than guess, since a wrong line misleads more than none.
package yamlpos

import (
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v2"
)

// Line returns the 1-based line of the key (or sequence item) that path
// leads to in the first YAML document of src, or 0 when it cannot be
// located. Each path element is a mapping key, or, where the collection
// at that level is a block sequence, the decimal index of an item.
//
//	Line(src, "apps", "foo", "plugs", "1") // line of the second plug of app foo
func Line(src []byte, path ...string) int {
	if len(path) == 0 {
		return 0
	}
	return find(scan(src), path)
}

// Source is YAML source scanned once, to locate many keys in it: each
// Line then costs time linear in the lines below the keys of the path,
// and no allocation but for flow collections.
type Source struct {
	lines []line
}

// Scan scans src for Source.Line.
func Scan(src []byte) *Source {
	return &Source{lines: scan(src)}
}

// Line is Line of the source s was scanned from.
func (s *Source) Line(path ...string) int {
	if len(path) == 0 {
		return 0
	}
	return find(s.lines, path)
}

// line is one significant source line: its 1-based number, the column
// its content starts at, and the content without comment or trailing
// blanks.
type line struct {
	num    int
	indent int
	text   string
}

// scan splits src into significant lines, dropping blank lines,
// comments, directives and document markers, and stopping at the end of
// the first document.
func scan(src []byte) []line {
	var lines []line
	// One copy of the source, which every line's text shares.
	rest := string(src)
	for i := 0; rest != "" || i == 0; i++ {
		s := rest
		if end := strings.IndexByte(rest, '\n'); end >= 0 {
			s, rest = rest[:end], rest[end+1:]
		} else {
			rest = ""
		}
		s = strings.TrimSuffix(s, "\r")
		text := strings.TrimLeft(s, " ")
		indent := len(s) - len(text)
		if indent == 0 {
			if text == "---" || strings.HasPrefix(text, "--- ") {
				if len(lines) > 0 {
					break // the next document starts
				}
				// Content after a document start marker is rare
				// enough not to bother with.
				continue
			}
			if text == "..." {
				break
			}
			if strings.HasPrefix(text, "%") && len(lines) == 0 {
				continue // a directive
			}
		}
		text = strings.TrimRight(stripComment(text), " \t")
		if text == "" {
			continue
		}
		lines = append(lines, line{num: i + 1, indent: indent, text: text})
	}
	return lines
}

// stripComment drops a trailing comment: a '#' at the start or after a
// blank, outside quotes. A quote opens a quoted scalar only where a
// scalar may start, so "it's" in a plain scalar is not a quote.
func stripComment(text string) string {
	var quote byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case quote == '\'':
			if c == '\'' {
				if i+1 < len(text) && text[i+1] == '\'' {
					i++ // an escaped quote
				} else {
					quote = 0
				}
			}
		case quote == '"':
			if c == '\\' {
				i++
			} else if c == '"' {
				quote = 0
			}
		case c == '#':
			if i == 0 || text[i-1] == ' ' || text[i-1] == '\t' {
				return text[:i]
			}
		case c == '\'' || c == '"':
			if i == 0 || strings.IndexByte(" \t[{,:-?", text[i-1]) >= 0 {
				quote = c
			}
		}
	}
	return text
}

// find looks for path in the block collection whose entries start at the
// indentation of lines[0]; the rest of lines belong to those entries.
func find(lines []line, path []string) int {
	if len(lines) == 0 {
		return 0
	}
	if isSeqItem(lines[0].text) {
		return findInSeq(lines, path)
	}
	return findInMap(lines, path)
}

func isSeqItem(text string) bool {
	return text == "-" || strings.HasPrefix(text, "- ") || strings.HasPrefix(text, "-\t")
}

func findInSeq(lines []line, path []string) int {
	want, err := strconv.Atoi(path[0])
	if err != nil || want < 0 || path[0] != strconv.Itoa(want) {
		return 0
	}
	indent := lines[0].indent
	item := -1
	for i := 0; i < len(lines); {
		head := lines[i]
		if head.indent != indent || !isSeqItem(head.text) {
			return 0 // not the sequence we thought it was
		}
		end := i + 1
		for end < len(lines) && lines[end].indent > indent {
			end++
		}
		item++
		if item == want {
			if len(path) == 1 {
				return head.num
			}
			rest := strings.TrimLeft(head.text[1:], " \t")
			children := lines[i+1 : end]
			if isSeqItem(rest) || isMapEntry(rest) {
				// The item is a collection that starts on the
				// dash line: "- key: value" or "- - item".
				col := indent + len(head.text) - len(rest)
				sub := append([]line{{num: head.num, indent: col, text: rest}}, children...)
				return find(sub, path[1:])
			}
			return findInValue(rest, head.num, children, path[1:])
		}
		i = end
	}
	return 0
}

func findInMap(lines []line, path []string) int {
	indent := lines[0].indent
	// yaml.v2 keeps the last of duplicated keys, so the last one is
	// where the decoded value came from.
	match, matchEnd := -1, 0
	for i := 0; i < len(lines); {
		head := lines[i]
		if head.indent != indent {
			return 0 // not the mapping we thought it was
		}
		// An entry owns the lines indented below it, and a block
		// sequence that its key introduces at the same indentation.
		end := i + 1
		for end < len(lines) && lines[end].indent > indent {
			end++
		}
		for end < len(lines) && lines[end].indent == indent && isSeqItem(lines[end].text) {
			end++
			for end < len(lines) && lines[end].indent > indent {
				end++
			}
		}
		if !mayBeKey(head.text, path[0]) {
			// Not this key: spare splitting the entry.
		} else if key, _, ok := splitEntry(head.text); ok && key == path[0] {
			match, matchEnd = i, end
		}
		i = end
	}
	if match < 0 {
		return 0
	}
	head := lines[match]
	if len(path) == 1 {
		return head.num
	}
	_, value, _ := splitEntry(head.text)
	return findInValue(value, head.num, lines[match+1:matchEnd], path[1:])
}

// mayBeKey says cheaply whether an entry line may be the entry of key:
// a plain key is written as it is, a quoted one is left to splitEntry.
func mayBeKey(text, key string) bool {
	return text != "" && (text[0] == '"' || text[0] == '\'' || strings.HasPrefix(text, key))
}

// findInValue looks for path in the value of a key on line num: value is
// what follows the key on its own line, children the lines below it.
func findInValue(value string, num int, children []line, path []string) int {
	value = stripProperties(value)
	switch {
	case value == "":
		return find(children, path)
	case value[0] == '[' || value[0] == '{':
		// A flow collection on one line: every key in it is on
		// this line, if it exists at all.
		var v interface{}
		if yaml.Unmarshal([]byte(value), &v) != nil || !walk(v, path) {
			return 0
		}
		return num
	}
	// A scalar, an alias, a block scalar or something more exotic.
	return 0
}

// stripProperties drops the anchor ("&name") and tag ("!tag") a value
// may start with.
func stripProperties(value string) string {
	for value != "" && (value[0] == '&' || value[0] == '!') {
		i := strings.IndexAny(value, " \t")
		if i < 0 {
			return ""
		}
		value = strings.TrimLeft(value[i:], " \t")
	}
	return value
}

// walk reports whether path exists in the decoded flow collection v.
func walk(v interface{}, path []string) bool {
	for _, elem := range path {
		switch c := v.(type) {
		case map[interface{}]interface{}:
			found := false
			for k, kv := range c {
				if fmt.Sprint(k) == elem || k == nil && isNull(elem) {
					v, found = kv, true
					break
				}
			}
			if !found {
				return false
			}
		case []interface{}:
			i, err := strconv.Atoi(elem)
			if err != nil || i < 0 || i >= len(c) {
				return false
			}
			v = c[i]
		default:
			return false
		}
	}
	return true
}

// isNull says whether a key is written as null.
func isNull(key string) bool {
	switch key {
	case "~", "null", "Null", "NULL", "":
		return true
	}
	return false
}

func isMapEntry(text string) bool {
	_, _, ok := splitEntry(text)
	return ok
}

// splitEntry splits a mapping entry line into its key, unquoted, and the
// value text after the colon. It fails for lines that are not a simple
// "key: value" entry, such as explicit "? key" entries.
func splitEntry(text string) (key, value string, ok bool) {
	if text == "" {
		return "", "", false
	}
	var rest string
	switch text[0] {
	case '"', '\'':
		key, rest, ok = splitQuoted(text)
		if !ok {
			return "", "", false
		}
		rest = strings.TrimLeft(rest, " \t")
		if rest != ":" && !strings.HasPrefix(rest, ": ") && !strings.HasPrefix(rest, ":\t") {
			return "", "", false
		}
		return key, strings.TrimLeft(rest[1:], " \t"), true
	case '-', '?', '[', '{', '&', '*', '!', '|', '>', '%', '@', '`':
		if text[0] != '-' || isSeqItem(text) {
			return "", "", false
		}
	}
	for i := 0; i < len(text); i++ {
		if text[i] == ':' && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\t') {
			key = strings.TrimRight(text[:i], " \t")
			rest = strings.TrimLeft(text[i+1:], " \t")
			return key, rest, key != ""
		}
	}
	return "", "", false
}

// splitQuoted reads the quoted scalar text starts with, returning its
// value and what follows the closing quote.
func splitQuoted(text string) (value, rest string, ok bool) {
	q := text[0]
	for i := 1; i < len(text); i++ {
		switch {
		case q == '\'' && text[i] == '\'':
			if i+1 < len(text) && text[i+1] == '\'' {
				i++
				continue
			}
			return strings.ReplaceAll(text[1:i], "''", "'"), text[i+1:], true
		case q == '"' && text[i] == '\\':
			i++
		case q == '"' && text[i] == '"':
			inner := text[1:i]
			if s, ok := unescape(inner); ok {
				return s, text[i+1:], true
			}
			// An escape YAML does not know either: the decoder
			// refused the document, keep the key as written.
			return inner, text[i+1:], true
		}
	}
	return "", "", false
}

// yamlEscapes are the one-character escapes of YAML double-quoted
// scalars that yaml.v2 knows (YAML 1.1: not \/), beside \xXX, \uXXXX and
// \UXXXXXXXX.
var yamlEscapes = map[byte]string{
	'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", '\t': "\t", 'n': "\n",
	'v': "\v", 'f': "\f", 'r': "\r", 'e': "\x1b", ' ': " ", '"': "\"",
	'\\': "\\", 'N': "\u0085", '_': "\u00a0", 'L': "\u2028",
	'P': "\u2029",
}

// unescape decodes the escapes of the text of a double-quoted scalar on
// one line, as yaml.v2 does: Go's strconv.Unquote lacks \0, \e, \_,
// \N, \L, \P and \ followed by a blank, and reads \xe9 as a byte where
// YAML reads a character, so that a key such as "a\0b" was not found.
func unescape(s string) (string, bool) {
	if !strings.Contains(s, "\\") {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		if i++; i == len(s) {
			return "", false
		}
		if e, ok := yamlEscapes[s[i]]; ok {
			b.WriteString(e)
			continue
		}
		digits := 0
		switch s[i] {
		case 'x':
			digits = 2
		case 'u':
			digits = 4
		case 'U':
			digits = 8
		}
		if digits == 0 || i+digits >= len(s) {
			return "", false
		}
		code, err := strconv.ParseUint(s[i+1:i+1+digits], 16, 32)
		if err != nil {
			return "", false
		}
		// A code point, \xXX included: YAML writes \xe9 as "é".
		b.WriteRune(rune(code))
		i += digits
	}
	return b.String(), true
}
