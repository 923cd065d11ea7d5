// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces

import (
	"bufio"
	"bytes"
	"io"
	"strings"
)

// Text is rendered policy text (an AppArmor profile, a seccomp policy)
// held as the pieces it was put together from rather than as one
// string. Most of a profile is the backend's base policy and the
// interfaces' rules, strings shared by every profile that holds them:
// rendering a whole system then refers to them instead of copying them,
// and the text is only laid out in full where it is written. A Text is
// immutable and safe to share; the zero Text is empty.
type Text struct {
	parts []string
	size  int
}

// NewText returns the text made of parts, one after the other.
func NewText(parts ...string) Text {
	var b TextBuilder
	b.Grow(len(parts))
	for _, part := range parts {
		b.WriteString(part)
	}
	return b.Text()
}

// Len returns the length of the text in bytes.
func (t Text) Len() int { return t.size }

// Pieces returns how many pieces the text is made of.
func (t Text) Pieces() int { return len(t.parts) }

// String returns the text as one string. It copies the text: a caller
// that writes it out should use WriteTo or AppendTo.
func (t Text) String() string {
	switch len(t.parts) {
	case 0:
		return ""
	case 1:
		return t.parts[0]
	}
	var b strings.Builder
	b.Grow(t.size)
	for _, part := range t.parts {
		b.WriteString(part)
	}
	return b.String()
}

// AppendTo appends the text to dst and returns the extended slice.
func (t Text) AppendTo(dst []byte) []byte {
	dst = growBytes(dst, t.size)
	for _, part := range t.parts {
		dst = append(dst, part...)
	}
	return dst
}

func growBytes(b []byte, n int) []byte {
	if cap(b)-len(b) < n {
		grown := make([]byte, len(b), len(b)+n)
		copy(grown, b)
		return grown
	}
	return b
}

// WriteTo writes the text to w: piece by piece to a writer that buffers
// what it is given (a bytes.Buffer, a bufio.Writer, a strings.Builder),
// and in one Write otherwise, so that a file gets one system call.
func (t Text) WriteTo(w io.Writer) (int64, error) {
	var sw io.StringWriter
	switch w := w.(type) {
	case *bytes.Buffer:
		sw = w
	case *bufio.Writer:
		sw = w
	case *strings.Builder:
		sw = w
	default:
		n, err := w.Write(t.AppendTo(nil))
		return int64(n), err
	}
	var n int64
	for _, part := range t.parts {
		m, err := sw.WriteString(part)
		n += int64(m)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// Equal says whether the text is b, without laying it out: a daemon
// compares a profile with the file it would replace, and leaves the file
// alone when they are equal.
func (t Text) Equal(b []byte) bool {
	if len(b) != t.size {
		return false
	}
	for _, part := range t.parts {
		if string(b[:len(part)]) != part {
			return false
		}
		b = b[len(part):]
	}
	return true
}

// EqualString is Equal for a string.
func (t Text) EqualString(s string) bool {
	if len(s) != t.size {
		return false
	}
	for _, part := range t.parts {
		if s[:len(part)] != part {
			return false
		}
		s = s[len(part):]
	}
	return true
}

// TextBuilder puts a Text together. The pieces it is given are kept,
// not copied.
type TextBuilder struct {
	parts []string
	size  int
}

// Grow makes room for n more pieces.
func (b *TextBuilder) Grow(n int) {
	if cap(b.parts)-len(b.parts) < n {
		grown := make([]string, len(b.parts), len(b.parts)+n)
		copy(grown, b.parts)
		b.parts = grown
	}
}

// WriteString adds s after what the builder holds.
func (b *TextBuilder) WriteString(s string) {
	if s == "" {
		return
	}
	b.parts = append(b.parts, s)
	b.size += len(s)
}

// WriteText adds t after what the builder holds.
func (b *TextBuilder) WriteText(t Text) {
	b.parts = append(b.parts, t.parts...)
	b.size += t.size
}

// Len returns the length in bytes of what the builder holds.
func (b *TextBuilder) Len() int { return b.size }

// Text returns what the builder holds, and empties the builder.
func (b *TextBuilder) Text() Text {
	t := Text{parts: b.parts[:len(b.parts):len(b.parts)], size: b.size}
	*b = TextBuilder{}
	return t
}
