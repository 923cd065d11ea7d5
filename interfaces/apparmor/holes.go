// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
)

// The profile template is the one source of the text of a profile, but
// running it costs about a microsecond an action, when the parts that
// vary from one profile to the next are strings that it only prints. So
// each part of the template runs once, with a mark in place of each
// such string, and a profile is then the text between the marks with
// the strings in their place: what the template prints with them. A
// string the template tests or transforms cannot be a hole.

// holes is what a template printed with marks in place of some of its
// values, split at the marks.
type holes struct {
	// pieces are the text between the marks: one more than slots.
	pieces []string
	// slots[i] is the index of the value whose mark followed
	// pieces[i].
	slots []int
	// newlines counts the newlines of pieces[0], and of all of them.
	leadingNewlines, newlines int
}

func (h *holes) add(piece string) {
	n := strings.Count(piece, "\n")
	if len(h.pieces) == 0 {
		h.leadingNewlines = n
	}
	h.newlines += n
	h.pieces = append(h.pieces, piece)
}

// mark returns the mark that stands for value i. Marks hold NUL bytes,
// which no template text and no validated value holds.
func mark(i int) string { return "\x00" + strconv.Itoa(i) + "\x00" }

// splitHoles splits text, printed with mark(i) for value i < n, at its
// marks.
func splitHoles(text string, n int) (*holes, error) {
	h := &holes{}
	for {
		i := strings.IndexByte(text, 0)
		if i < 0 {
			h.add(text)
			return h, nil
		}
		h.add(text[:i])
		end := strings.IndexByte(text[i+1:], 0)
		if end < 0 {
			return nil, fmt.Errorf("unterminated mark in template output")
		}
		slot, err := strconv.Atoi(text[i+1 : i+1+end])
		if err != nil || slot < 0 || slot >= n {
			return nil, fmt.Errorf("unknown mark %q in template output", text[i:i+end+2])
		}
		h.slots = append(h.slots, slot)
		text = text[i+end+2:]
	}
}

// appendTo adds the text, with the given values in its holes, to b.
func (h *holes) appendTo(b *interfaces.TextBuilder, values []string) {
	for i, piece := range h.pieces {
		b.WriteString(piece)
		if i < len(h.slots) {
			b.WriteString(values[h.slots[i]])
		}
	}
}
