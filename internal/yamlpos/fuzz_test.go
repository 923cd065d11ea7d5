// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package yamlpos_test

import (
	"testing"

	"github.com/snapiface/snapiface/internal/yamlpos"
)

// FuzzLine checks that the scanner never panics, and that a line it
// returns exists.
func FuzzLine(f *testing.F) {
	f.Add([]byte("a:\n  - b: [c, {d: e}]\n  - 'f''g': |\n      h\n"), "a", "1", "f'g")
	f.Add([]byte("- - a\n  - b\n-\n  c: d\n"), "1", "c", "")
	f.Fuzz(func(t *testing.T, src []byte, a, b, c string) {
		n := yamlpos.Line(src, a, b, c)
		lines := 1
		for _, ch := range src {
			if ch == '\n' {
				lines++
			}
		}
		if n < 0 || n > lines {
			t.Fatalf("line %d of %d", n, lines)
		}
	})
}
