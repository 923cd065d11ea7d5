// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package docsite

import "strings"

// Span is a piece of a sentence: plain words, or code (an attribute
// name, a value, a regular expression), which HTML shows in <code> and
// Markdown in backquotes.
type Span struct {
	Text string
	Code bool
}

// Text is a sentence or a phrase made of spans.
type Text []Span

// words returns a Text of plain words.
func words(s string) Text { return Text{{Text: s}} }

// code returns a Text of one piece of code.
func code(s string) Text { return Text{{Text: s, Code: true}} }

// join concatenates texts.
func join(parts ...Text) Text {
	var out Text
	for _, p := range parts {
		for _, s := range p {
			if s.Text == "" {
				continue
			}
			if n := len(out); n > 0 && !s.Code && !out[n-1].Code {
				out[n-1].Text += s.Text
				continue
			}
			out = append(out, s)
		}
	}
	return out
}

// joinList joins texts as "a", "a and b" or "a, b and c", with conj
// for "and".
func joinList(parts []Text, conj string) Text {
	var out []Text
	for i, p := range parts {
		switch {
		case i == 0:
		case i == len(parts)-1:
			out = append(out, words(" "+conj+" "))
		default:
			out = append(out, words(", "))
		}
		out = append(out, p)
	}
	return join(out...)
}

// codes returns a list of code values joined with conj.
func codes(values []string, conj string) Text {
	parts := make([]Text, len(values))
	for i, v := range values {
		parts[i] = code(v)
	}
	return joinList(parts, conj)
}

// String returns the text as plain text, code in backquotes: for
// tests and the terminal.
func (t Text) String() string {
	var b strings.Builder
	for _, s := range t {
		if s.Code {
			b.WriteString("`" + s.Text + "`")
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

// capitalized returns the text with its first letter upper case.
func (t Text) capitalized() Text {
	if len(t) == 0 || t[0].Code || t[0].Text == "" {
		return t
	}
	out := append(Text(nil), t...)
	out[0].Text = strings.ToUpper(out[0].Text[:1]) + out[0].Text[1:]
	return out
}
