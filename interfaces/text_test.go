// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces_test

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
)

type textSuite struct{}

var _ = check.Suite(&textSuite{})

func (s *textSuite) TestReadsAsItsPieces(c *check.C) {
	for _, parts := range [][]string{
		nil,
		{""},
		{"one"},
		{"profile \"", "snap.foo.app", "\" {\n", "", "  /x r,\n", "}\n"},
	} {
		want := strings.Join(parts, "")
		t := interfaces.NewText(parts...)
		comment := check.Commentf("%q", parts)
		c.Check(t.String(), check.Equals, want, comment)
		c.Check(t.Len(), check.Equals, len(want), comment)
		c.Check(string(t.AppendTo([]byte(">"))), check.Equals, ">"+want, comment)
		c.Check(t.EqualString(want), check.Equals, true, comment)
		c.Check(t.Equal([]byte(want)), check.Equals, true, comment)
	}
	c.Check(interfaces.Text{}.String(), check.Equals, "")
	c.Check(interfaces.Text{}.Pieces(), check.Equals, 0)
	// Empty pieces are not kept.
	c.Check(interfaces.NewText("a", "", "b").Pieces(), check.Equals, 2)
}

func (s *textSuite) TestEqualComparesEveryByte(c *check.C) {
	t := interfaces.NewText("abc", "def", "g")
	for _, other := range []string{"", "abcdef", "abcdefgh", "abcdefh", "abXdefg", "abcdeXg", "Xbcdefg", "bcdefga"} {
		c.Check(t.EqualString(other), check.Equals, false, check.Commentf("%q", other))
		c.Check(t.Equal([]byte(other)), check.Equals, false, check.Commentf("%q", other))
	}
}

// failingWriter fails after accepting limit bytes, counting the calls.
type failingWriter struct {
	limit, calls int
	got          bytes.Buffer
}

func (w *failingWriter) Write(p []byte) (int, error) {
	w.calls++
	if len(p) > w.limit {
		w.got.Write(p[:w.limit])
		return w.limit, errors.New("disk full")
	}
	w.got.Write(p)
	return len(p), nil
}

func (s *textSuite) TestWriteTo(c *check.C) {
	t := interfaces.NewText("# header\n", "rules\n", "}\n")
	want := t.String()

	// Writers that buffer get the pieces; others one Write.
	var buf bytes.Buffer
	n, err := t.WriteTo(&buf)
	c.Check(err, check.IsNil)
	c.Check(n, check.Equals, int64(len(want)))
	c.Check(buf.String(), check.Equals, want)

	var sb strings.Builder
	_, err = t.WriteTo(&sb)
	c.Check(err, check.IsNil)
	c.Check(sb.String(), check.Equals, want)

	w := &failingWriter{limit: 1 << 20}
	n, err = t.WriteTo(w)
	c.Check(err, check.IsNil)
	c.Check(n, check.Equals, int64(len(want)))
	c.Check(w.calls, check.Equals, 1)
	c.Check(w.got.String(), check.Equals, want)

	path := filepath.Join(c.MkDir(), "profile")
	f, err := os.Create(path)
	c.Assert(err, check.IsNil)
	bw := bufio.NewWriter(f)
	_, err = t.WriteTo(bw)
	c.Check(err, check.IsNil)
	c.Check(bw.Flush(), check.IsNil)
	c.Check(f.Close(), check.IsNil)
	data, err := os.ReadFile(path)
	c.Assert(err, check.IsNil)
	c.Check(t.Equal(data), check.Equals, true)

	// A failing writer: the error and what was written.
	w = &failingWriter{limit: 5}
	n, err = t.WriteTo(w)
	c.Check(err, check.ErrorMatches, "disk full")
	c.Check(n, check.Equals, int64(5))
	c.Check(w.got.String(), check.Equals, want[:5])
}

func (s *textSuite) TestBuilder(c *check.C) {
	var b interfaces.TextBuilder
	b.Grow(2)
	b.WriteString("ab")
	b.WriteString("")
	b.WriteText(interfaces.NewText("c", "d"))
	c.Check(b.Len(), check.Equals, 4)
	t := b.Text()
	c.Check(t.String(), check.Equals, "abcd")
	c.Check(t.Pieces(), check.Equals, 3)
	c.Check(b.Len(), check.Equals, 0)

	// What the builder takes next does not reach a text it gave.
	b.WriteString("e")
	c.Check(b.Text().String(), check.Equals, "e")
	c.Check(t.String(), check.Equals, "abcd")
	grown := interfaces.NewText("x")
	var b2 interfaces.TextBuilder
	b2.WriteText(grown)
	first := b2.Text()
	b2.WriteText(first)
	b2.WriteString("y")
	c.Check(first.String(), check.Equals, "x")
	c.Check(b2.Text().String(), check.Equals, "xy")
}
