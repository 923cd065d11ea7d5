// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aaparser

import (
	"regexp"
	"strings"

	"github.com/snapiface/snapiface/interfaces/apparmor"
)

// locate turns the parser's messages about a profile into a ParseError
// naming the offending line and the interface that added it. The first
// message with a line number decides; a message without one is searched
// for what it names (a variable, a rule, an input line, an include).
func locate(p *apparmor.Profile, msgs []message) *ParseError {
	e := &ParseError{Tag: p.Tag}
	texts := make([]string, len(msgs))
	for i, m := range msgs {
		texts[i] = strings.TrimSuffix(m.text, ".")
	}
	e.Msg = strings.Join(texts, "; ")
	lines := p.Lines()
	for _, m := range msgs {
		if m.line > 0 {
			e.Line = statementStart(lines, m.line)
			break
		}
	}
	if e.Line == 0 {
		for _, m := range msgs {
			if n := findHint(p, lines, m.text); n > 0 {
				// What the message names may be a later line of a
				// rule spread over several, as a dbus rule's path.
				e.Line = statementStart(lines, n)
				break
			}
		}
	}
	e.Interface = p.Origin(e.Line)
	return e
}

// statementStart returns the line (1-based) where the rule the parser
// stopped in starts. The parser names the line of the token it could
// not take, which for a rule missing its comma is the line of the next
// rule, or a blank or comment line after it: the rule in fault is the
// one still open there, and a rule spanning lines is named by its first.
func statementStart(lines []string, line int) int {
	if line > len(lines) {
		line = len(lines)
	}
	i := line - 1
	if i < 0 {
		return 0
	}
	if code(lines[i]) == "" {
		if j := previousCode(lines, i); j >= 0 {
			i = j
		}
	}
	for {
		j := previousCode(lines, i)
		if j < 0 || complete(lines[j]) {
			return i + 1
		}
		i = j
	}
}

// previousCode returns the index of the nearest line before i that is
// neither blank nor a comment, or -1.
func previousCode(lines []string, i int) int {
	for j := i - 1; j >= 0; j-- {
		if code(lines[j]) != "" {
			return j
		}
	}
	return -1
}

// code returns a line without its comment and surrounding blanks.
// "#include" is a directive, not a comment.
func code(line string) string {
	t := strings.TrimSpace(line)
	if strings.HasPrefix(t, "#include") {
		return t
	}
	if strings.HasPrefix(t, "#") {
		return ""
	}
	if i := strings.Index(t, " #"); i >= 0 {
		t = strings.TrimSpace(t[:i])
	}
	return t
}

// complete says whether a line of code ends a statement: a rule ends
// with a comma, a block opens or closes with a brace, and includes and
// variable definitions end with their line.
func complete(line string) bool {
	t := code(line)
	switch {
	case strings.HasSuffix(t, ","), strings.HasSuffix(t, "{"), strings.HasSuffix(t, "}"):
		return true
	case strings.HasPrefix(t, "#include"), strings.HasPrefix(t, "include"), strings.HasPrefix(t, "@{"):
		return true
	}
	return false
}

var (
	undeclaredRe    = regexp.MustCompile(`variable (\S+), but is never declared`)
	unparsedRe      = regexp.MustCompile(`Unable to parse input line '(.*)'`)
	conflictRe      = regexp.MustCompile(`has merged rule (\S+) with conflicting x modifiers`)
	includedRe      = regexp.MustCompile(`^in included file (\S+) at line`)
	includeTargetRe = regexp.MustCompile(`^#?include\s+(?:if exists\s+)?[<"]([^>"]+)[>"]`)
	qualifiersRe    = regexp.MustCompile(`^((audit|deny|owner|allow)\s+)*`)
)

// findHint returns the line (1-based) of the profile that a message
// without a line number is about, preferring a line an interface added
// (the template's own lines are known to compile), or 0.
func findHint(p *apparmor.Profile, lines []string, msg string) int {
	var match func(code string) bool
	if m := undeclaredRe.FindStringSubmatch(msg); m != nil {
		ref := "@{" + m[1] + "}"
		match = func(code string) bool { return strings.Contains(code, ref) }
	} else if m := unparsedRe.FindStringSubmatch(msg); m != nil {
		match = func(code string) bool { return strings.Contains(code, m[1]) }
	} else if m := conflictRe.FindStringSubmatch(msg); m != nil {
		match = func(code string) bool {
			return strings.HasPrefix(qualifiersRe.ReplaceAllString(code, ""), m[1]+" ")
		}
	} else if m := includedRe.FindStringSubmatch(msg); m != nil {
		match = func(code string) bool {
			inc := includeTargetRe.FindStringSubmatch(code)
			return inc != nil && strings.HasSuffix(m[1], inc[1])
		}
	} else {
		return 0
	}
	found := 0
	for i, line := range lines {
		if !match(code(line)) {
			continue
		}
		if p.Origin(i+1) != "" {
			return i + 1
		}
		if found == 0 {
			found = i + 1
		}
	}
	return found
}
