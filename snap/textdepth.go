// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package snap

import "strings"

// MaxTextDepth is how deeply lists and maps may nest where the text of a
// snap.yaml shows it on its own, checked before yaml.v2 decodes it: in
// flow collections ("[[...]]", "{a: {...}}"), and in block sequences
// started on one line ("- - - 1"). yaml.v2 lets them nest 10,000 deep
// and decodes each level in a recursion whose stack the garbage
// collector scans again at every cycle: 1 MB of them cost 1.8 s and
// 219 MB before they could be refused. Attribute values nest at most
// MaxAttrDepth (32) deep, below the three levels of "plugs", the plug
// and the attribute, so that no document that passes the later checks
// comes near 64.
const MaxTextDepth = 64

// tooDeep returns the line where lists and maps nest more than limit
// deep in the first YAML document of src, in a flow collection or in
// block sequences started on one line, or 0 when there is none that it
// is sure of. It never guesses: where a line may be the content of a
// block scalar or the continuation of a multi-line scalar, it skips it,
// so that a document it refuses does nest that deep (or is not YAML),
// while it may miss some that do, which yaml.v2 and the checks after it
// then refuse at a higher cost.
func tooDeep(src []byte, limit int) int {
	line, _ := scanText(src, limit, -1)
	return line
}

// tooMany returns the line where the values the text of src shows on
// its own (block sequence entries, keys with their values, the entries
// a comma separates in a flow collection) pass limit, or 0. It counts
// as decode's value count does but never more, so that the densest 1
// MiB documents (half a million list items) are refused before yaml.v2
// builds a tree of them (about 350 bytes a value).
func tooMany(src []byte, limit int) int {
	line, _ := scanText(src, -1, limit)
	return line
}

// scanText reads src once for both checks, and returns the line of the
// first one that fails and whether it is the value count; a negative
// limit turns its check off.
func scanText(src []byte, depthLimit, valueLimit int) (line int, tooManyValues bool) {
	if depthLimit < 0 {
		depthLimit = int(^uint(0) >> 1)
	}
	s := &flowScanner{src: normalizeBreaks(src), limit: depthLimit, valueLimit: valueLimit, line: 1, skipIndent: -2}
	line = s.run()
	return line, line > 0 && s.valueLimit >= 0 && s.values > s.valueLimit
}

type flowScanner struct {
	src   string
	pos   int
	line  int
	limit int
	// values counts, from below, the values read so far; the scan
	// stops when they pass valueLimit (unless it is negative).
	values     int
	valueLimit int
	// uncounted is set while the scan reads what a merge key ("<<")
	// merges: keys of the map they merge into may replace its entries.
	uncounted bool
	// pending holds the properties (anchor, tag) of a line that had
	// nothing else: they belong to the node on the next line.
	pending [2]bool
	// skipIndent, when -1 or more, skips the lines indented more than
	// it (and blank ones): what may be a block scalar's content or a
	// multi-line plain scalar's continuation. -2 skips none; -1 skips
	// up to the next document marker.
	skipIndent int
	// content says whether the first document has started, and
	// topIndent is the indentation of its first line.
	content   bool
	topIndent int
	// indents are the indentations of the lines read that enclose the
	// current one, innermost last.
	indents []int
}

func (s *flowScanner) run() int {
	for s.pos < len(s.src) {
		end := strings.IndexByte(s.src[s.pos:], '\n')
		if end < 0 {
			end = len(s.src)
		} else {
			end += s.pos
		}
		text := strings.TrimRight(s.src[s.pos:end], " \t\r")
		indent := len(text) - len(strings.TrimLeft(text, " "))
		rest := text[indent:]
		switch {
		case indent == 0 && (isMarker(rest, "...") || isMarker(rest, "---") && s.content):
			// yaml.v2 reads the first document only.
			return 0
		case indent == 0 && isMarker(rest, "---"):
			// Content after the marker (a top-level scalar, say)
			// is not worth reading.
			s.content = true
			if after := strings.TrimSpace(rest[3:]); after != "" && after[0] != '#' {
				s.skipIndent = -1
			}
		case s.skipIndent == -1:
		case rest == "" || rest[0] == '#':
		case s.skipIndent >= 0 && indent > s.skipIndent:
		case indent == 0 && rest[0] == '%':
		case s.content && indent < s.topIndent:
			// The top-level node ended: yaml.v2 reads no further.
			return 0
		default:
			if !s.content {
				s.topIndent = indent
			}
			s.skipIndent = -2
			s.content = true
			for len(s.indents) > 0 && s.indents[len(s.indents)-1] >= indent {
				s.indents = s.indents[:len(s.indents)-1]
			}
			parent := -1
			if len(s.indents) > 0 {
				parent = s.indents[len(s.indents)-1]
			}
			s.indents = append(s.indents, indent)
			if line := s.blockLine(s.pos+indent, s.pos+len(text), end, indent, parent); line != 0 {
				return line
			}
			continue // blockLine moved on past what it read
		}
		s.nextLine(end)
	}
	return 0
}

// normalizeBreaks returns src with every line break YAML knows (a
// lone CR, NEL, LS and PS besides LF and CRLF) as LF, so that the lines
// the scanner reads, and their numbers, are those of yaml.v2.
func normalizeBreaks(src []byte) string {
	text := string(src)
	if !strings.ContainsAny(text, "\r\u0085\u2028\u2029") {
		return text
	}
	return breaks.Replace(text)
}

var breaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")

// counted adds n values, and says whether they passed the limit.
func (s *flowScanner) counted(n int) bool {
	if s.uncounted {
		return false
	}
	s.values += n
	return s.valueLimit >= 0 && s.values > s.valueLimit
}

// hasComment says whether a comment starts in text: a '#' after a
// space or a tab.
func hasComment(text string) bool {
	return strings.Contains(text, " #") || strings.Contains(text, "\t#")
}

// isMergeKey says whether a plain key is YAML's merge key, whose value's
// entries become the map's own, unless the map has them already.
func isMergeKey(key string) bool {
	return strings.TrimRight(key, " \t") == "<<"
}

// skipMerged moves past a merge key's line and the lines indented more
// than it, its value's, which the count leaves out.
func (s *flowScanner) skipMerged(indent, end int) {
	s.skipIndent = indent
	s.nextLine(end)
}

func isMarker(text, marker string) bool {
	return text == marker || strings.HasPrefix(text, marker+" ") || strings.HasPrefix(text, marker+"\t")
}

// nextLine moves to the line after the line break at end.
func (s *flowScanner) nextLine(end int) {
	s.pos = end + 1
	s.line++
}

// restOfLine moves to the line after the one holding position i, without
// reading the rest of it.
func (s *flowScanner) restOfLine(i int) {
	if nl := strings.IndexByte(s.src[i:], '\n'); nl >= 0 {
		s.nextLine(i + nl)
	} else {
		s.pos = len(s.src)
	}
}

// stripProperties drops the anchor ("&a") and the tag ("!t") a node
// starts with.
func stripProperties(text string) string {
	text, _ = stripMoreProperties(text, [2]bool{})
	return text
}

// stripMoreProperties drops the properties a node starts with, when it
// has those seen already (anchor, tag), and says which it has then.
func stripMoreProperties(text string, seen [2]bool) (string, [2]bool) {
	// At most one of each: a second tag or anchor is content.
	for text != "" && (text[0] == '&' && !seen[0] || text[0] == '!' && !seen[1]) {
		if text[0] == '&' {
			seen[0] = true
		} else {
			seen[1] = true
		}
		sp := strings.IndexAny(text, " \t")
		if sp < 0 {
			return "", seen
		}
		text = strings.TrimLeft(text[sp:], " \t")
	}
	return text, seen
}

// blockLine reads a line in block context: its content from at to
// vend (trailing blanks left out), its line break at end, its
// indentation indent, and that of the line it is below, parent (-1 at
// the top). It leaves s.pos at the start of the next line to read.
func (s *flowScanner) blockLine(at, vend, end, indent, parent int) int {
	rest := s.src[at:vend]
	bare := true // neither a key nor an entry: a node of its own
	// Sequence entries and explicit keys and values: "- ", "? ", ": ".
	entries := 0
	for rest == "-" || len(rest) >= 2 && strings.IndexByte("-?:", rest[0]) >= 0 && (rest[1] == ' ' || rest[1] == '\t') {
		if rest[0] == '-' {
			// Each "- " on a line opens a sequence within
			// the last.
			if entries++; entries > s.limit || s.counted(1) {
				return s.line
			}
		}
		if rest == "-" {
			rest = ""
			break
		}
		rest = stripProperties(strings.TrimLeft(rest[2:], " \t"))
		bare = false
	}
	pending := s.pending
	s.pending = [2]bool{}
	stripped, seen := stripMoreProperties(rest, pending)
	if bare && pending != [2]bool{} && stripped != "" && (stripped[0] == '&' || stripped[0] == '!') {
		// The node the properties of the line above belong to:
		// a second anchor or tag ends it empty, and yaml.v2 reads
		// no further (or refuses what follows).
		s.pos = len(s.src)
		return 0
	}
	if bare && stripped != rest && (stripped == "" || stripped[0] == '#') {
		// Properties alone on their line belong to the node on
		// the next: that node, not this line, is below parent.
		s.pending = seen
		s.indents = s.indents[:len(s.indents)-1]
		s.nextLine(end)
		return 0
	}
	rest = stripProperties(rest)
	var value string
	wholeFlow := false // the line's flow collection is the document
	switch {
	case rest == "" || rest[0] == '#':
		s.nextLine(end)
		return 0
	case rest[0] == '[' || rest[0] == '{':
		value = rest
		wholeFlow = bare && parent == -1
	case rest[0] == '|' || rest[0] == '>':
		// A block scalar: its content is the lines indented more
		// than the line (an entry's) or than its parent (a node of
		// its own).
		s.skipIndent = indent
		if bare {
			s.skipIndent = parent
		}
		s.nextLine(end)
		return 0
	case rest[0] == '"' || rest[0] == '\'':
		// A quoted key, or a quoted scalar.
		line := s.line
		after := s.quoted(vend-len(rest), rest[0])
		if s.line != line || after >= vend {
			s.restOfLine(after - 1)
			if bare && parent == -1 {
				// A quoted scalar is the whole document.
				s.pos = len(s.src)
			}
			return 0
		}
		rest = strings.TrimLeft(s.src[after:vend], " \t")
		if !strings.HasPrefix(rest, ":") || len(rest) > 1 && rest[1] != ' ' && rest[1] != '\t' {
			s.nextLine(end) // not a key: whatever follows is an error
			if bare && parent == -1 {
				// or, for yaml.v2, after the document.
				s.pos = len(s.src)
			}
			return 0
		}
		if s.counted(2) { // the key and its value
			return s.line
		}
		value = strings.TrimLeft(rest[1:], " \t")
	default:
		// A plain key, or a plain scalar that may go on over the
		// next lines.
		i := strings.Index(rest, ": ")
		if j := strings.Index(rest, ":\t"); j >= 0 && (i < 0 || j < i) {
			i = j
		}
		switch {
		case i < 0 && strings.HasSuffix(rest, ":") && !hasComment(rest):
			if isMergeKey(rest[:len(rest)-1]) {
				s.skipMerged(indent, end)
				return 0
			}
			if s.counted(2) { // the key and its value, null or below
				return s.line
			}
			s.nextLine(end)
			return 0
		case i < 0 || hasComment(rest[:i]):
			// A plain scalar goes on over the lines indented
			// more than its parent: a key's or an entry's than
			// the line, a node's of its own than the line above.
			s.skipIndent = indent
			if bare {
				s.skipIndent = parent
			}
			s.nextLine(end)
			return 0
		}
		value = strings.TrimLeft(rest[i+2:], " \t")
		if isMergeKey(rest[:i]) {
			if v := stripProperties(value); v != "" && (v[0] == '[' || v[0] == '{') {
				// A sequence of maps to merge adds no level
				// of its own: yaml.v2 merges each map.
				lift := 0
				if v[0] == '[' {
					lift = 1
				}
				s.uncounted = true
				line := s.flow(vend-len(v), lift)
				s.uncounted = false
				return line
			}
			s.skipMerged(indent, end)
			return 0
		}
		if s.counted(2) {
			return s.line
		}
	}
	value = stripProperties(value)
	switch {
	case value == "" || value[0] == '#':
		s.nextLine(end)
		return 0
	case value[0] == '[' || value[0] == '{':
		line := s.flow(vend-len(value), 0)
		if line == 0 && wholeFlow {
			// A flow collection is the whole document: yaml.v2
			// reads nothing after it.
			s.pos = len(s.src)
		}
		return line
	case value[0] == '"' || value[0] == '\'':
		after := s.quoted(vend-len(value), value[0])
		s.restOfLine(after - 1)
		return 0
	}
	// A block scalar, or a plain one that may go on.
	s.skipIndent = indent
	s.nextLine(end)
	return 0
}

// quoted reads the quoted scalar starting at at with quote q, over as
// many lines as it takes, counting them, and returns the position after
// its closing quote (or the end of the text).
func (s *flowScanner) quoted(at int, q byte) int {
	for i := at + 1; i < len(s.src); i++ {
		switch c := s.src[i]; {
		case c == '\n':
			s.line++
		case q == '"' && c == '\\':
			if i+1 < len(s.src) && s.src[i+1] == '\n' {
				s.line++
			}
			i++
		case c == q && q == '\'' && i+1 < len(s.src) && s.src[i+1] == '\'':
			i++
		case c == q:
			return i + 1
		}
	}
	return len(s.src)
}

// flow reads the flow collection starting at at, over as many lines as
// it takes, and returns the line where it nests more than s.limit deep
// (leaving out lift levels, the outermost, that the decoded document
// does not have), or 0 with s.pos at the start of the line after the
// one it ends on.
func (s *flowScanner) flow(at, lift int) int {
	depth := 0
	tokenStart := true
	for i := at; i < len(s.src); i++ {
		c := s.src[i]
		switch {
		case c == '\n':
			s.line++
			tokenStart = true
			continue
		case c == ' ' || c == '\t' || c == '\r':
			tokenStart = true
			continue
		case c == '#' && tokenStart:
			for i+1 < len(s.src) && s.src[i+1] != '\n' {
				i++
			}
			continue
		case (c == '"' || c == '\'') && tokenStart:
			i = s.quoted(i, c) - 1
			tokenStart = false
			continue
		case c == '!' && tokenStart:
			// A tag, whose characters may include brackets.
			for i+1 < len(s.src) && strings.IndexByte(" \t\r\n", s.src[i+1]) < 0 {
				i++
			}
			continue
		case c == '[' || c == '{':
			if depth++; depth-lift > s.limit {
				return s.line
			}
		case c == ',' && depth > 0:
			// Each comma follows an entry: a collection holds at
			// least as many values as commas (itself makes up for
			// a trailing one).
			if s.counted(1) {
				return s.line
			}
		case c == ']' || c == '}':
			if depth--; depth == 0 {
				s.restOfLine(i)
				return 0
			}
		}
		tokenStart = c == ',' || c == '[' || c == '{' || c == ':' || c == '?'
	}
	s.pos = len(s.src)
	return 0
}
