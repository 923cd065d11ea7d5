// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare

import (
	"fmt"
	"regexp"
	"strings"
)

// stmtKind tells what a statement of policy text is.
type stmtKind int

const (
	// stmtRule is a rule or a directive ending in ',' (abi, alias,
	// every rule class).
	stmtRule stmtKind = iota
	// stmtOpen is the header of a block, before its '{'.
	stmtOpen
	// stmtClose is a block's '}'.
	stmtClose
	// stmtInclude is an include directive, which ends with its line.
	stmtInclude
	// stmtVar is a variable definition, which ends with its line.
	stmtVar
)

// stmt is one statement of a file: its text, whitespace runs outside
// quotes made single spaces, without its terminator or comments.
type stmt struct {
	kind stmtKind
	text string
	pos  Pos
}

// Pos is a place in policy text.
type Pos struct {
	// File is the name the text was given (Parse's name, or the path
	// of an included file).
	File string
	// Line counts from 1.
	Line int
}

// String returns "FILE:LINE".
func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// errorf returns an error that says where.
func (p Pos) errorf(format string, args ...interface{}) error {
	return &Error{Pos: p, Msg: fmt.Sprintf(format, args...)}
}

// Error is an error in policy text or in an access, with its place.
type Error struct {
	Pos Pos
	Msg string
}

// Error returns "FILE:LINE: MESSAGE".
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// isVarDef matches a variable definition: "@{NAME} = ..." or "+=";
// boolean variables ("${NAME} = true") are definitions too.
var isVarDef = regexp.MustCompile(`^[@$]\{[A-Za-z][A-Za-z0-9_]*\}\s*\+?=`)

// lex splits a file into statements.
func lex(name string, text string) ([]stmt, error) {
	l := lexer{name: name}
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if err := l.line(i+1, line); err != nil {
			return nil, err
		}
	}
	if strings.TrimSpace(l.buf.String()) != "" {
		return nil, l.start().errorf("%q does not end with ','", strings.TrimSpace(l.buf.String()))
	}
	return l.stmts, nil
}

type lexer struct {
	name  string
	stmts []stmt
	buf   strings.Builder
	// startLine is the line where buf's statement starts.
	startLine    int
	paren, brace int
}

func (l *lexer) start() Pos { return Pos{File: l.name, Line: l.startLine} }

func (l *lexer) emit(kind stmtKind) {
	text := strings.TrimSpace(l.buf.String())
	l.stmts = append(l.stmts, stmt{kind: kind, text: text, pos: l.start()})
	l.buf.Reset()
	l.paren, l.brace = 0, 0
}

// write adds a byte to the statement, noting where it starts.
func (l *lexer) write(lineNo int, c byte) {
	if l.buf.Len() == 0 {
		if c == ' ' {
			return
		}
		l.startLine = lineNo
	}
	l.buf.WriteByte(c)
}

func (l *lexer) blank() bool { return strings.TrimSpace(l.buf.String()) == "" }

// restIsBlank says whether only blanks or a comment follow.
func restIsBlank(s string) bool {
	s = strings.TrimLeft(s, " \t\r")
	return s == "" || s[0] == '#'
}

func (l *lexer) line(lineNo int, line string) error {
	pos := Pos{File: l.name, Line: lineNo}
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch c {
		case '"':
			// A quoted string, escapes kept, on one line.
			j := i + 1
			for ; j < len(line) && line[j] != '"'; j++ {
				if line[j] == '\\' {
					j++
				}
			}
			if j >= len(line) {
				return pos.errorf("unterminated quoted string")
			}
			for k := i; k <= j; k++ {
				l.write(lineNo, line[k])
			}
			i = j
			continue
		case '#':
			if l.blank() && strings.HasPrefix(line[i:], "#include") {
				l.buf.Reset()
				l.startLine = lineNo
				l.buf.WriteString(strings.TrimSpace(line[i+1:]))
				l.emit(stmtInclude)
				return nil
			}
			if prev := l.buf.String(); prev == "" || strings.HasSuffix(prev, " ") || i == 0 || line[i-1] == ' ' || line[i-1] == '\t' {
				// A comment, to the end of the line.
				i = len(line)
				continue
			}
		case ' ', '\t', '\r':
			if b := l.buf.String(); b != "" && !strings.HasSuffix(b, " ") {
				l.write(lineNo, ' ')
			}
			continue
		case '(':
			l.paren++
		case ')':
			if l.paren == 0 {
				return pos.errorf("')' without '('")
			}
			l.paren--
		case '{':
			if l.paren == 0 && l.brace == 0 && (restIsBlank(line[i+1:]) || isBlockHeader(l.buf.String())) {
				if l.blank() {
					return pos.errorf("'{' opens a block without a header")
				}
				l.emit(stmtOpen)
				continue
			}
			l.brace++
		case '}':
			if l.brace > 0 {
				l.brace--
				break
			}
			if l.paren > 0 {
				return pos.errorf("'}' inside '('")
			}
			if !l.blank() {
				return l.start().errorf("%q does not end with ','", strings.TrimSpace(l.buf.String()))
			}
			l.buf.Reset()
			l.startLine = lineNo
			l.emit(stmtClose)
			continue
		case ',':
			if l.paren == 0 && l.brace == 0 {
				if l.blank() {
					return pos.errorf("',' ends an empty rule")
				}
				l.emit(stmtRule)
				continue
			}
		}
		l.write(lineNo, c)
	}
	// Includes and variable definitions end with their line.
	text := strings.TrimSpace(l.buf.String())
	switch {
	case text == "":
	case isInclude(text):
		l.emit(stmtInclude)
	case isVarDef.MatchString(text):
		l.emit(stmtVar)
	default:
		l.write(lineNo, ' ')
	}
	return nil
}

// isInclude says whether a statement is an include directive.
func isInclude(text string) bool {
	return text == "include" || strings.HasPrefix(text, "include ") || strings.HasPrefix(text, "include<") || strings.HasPrefix(text, "include\"")
}

// isBlockHeader says whether a statement is the header of a profile or
// a hat, whose '{' opens a block even with rules after it on its line.
func isBlockHeader(text string) bool {
	text = strings.TrimSpace(text)
	return strings.HasPrefix(text, "profile ") || strings.HasPrefix(text, "hat ") || strings.HasPrefix(text, "^")
}
