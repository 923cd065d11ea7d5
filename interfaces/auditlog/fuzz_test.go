// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package auditlog_test

import (
	"bufio"
	"os"
	"path/filepath"
	"testing"

	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/auditlog"
)

// FuzzParse feeds the reader any line: it returns a record or an
// error, never panics, and every access of a record reads back from
// its text form. The seed corpus is the crafted log; `make fuzz` runs
// it further.
func FuzzParse(f *testing.F) {
	file, err := os.Open(filepath.Join("testdata", "denials.log"))
	if err != nil {
		f.Fatal(err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		f.Add(sc.Text())
	}
	f.Fuzz(func(t *testing.T, line string) {
		rec, err := auditlog.Parse(line)
		if err != nil {
			if rec != nil {
				t.Fatalf("Parse(%q) returned a record and an error", line)
			}
			return
		}
		if len(rec.Accesses) == 0 && rec.Syscall == nil {
			t.Fatalf("Parse(%q) returned a record with nothing in it", line)
		}
		for _, a := range rec.Accesses {
			back, err := aare.ParseAccess(a.String())
			if err != nil {
				t.Fatalf("Parse(%q): access %q does not read back: %v", line, a.String(), err)
			}
			if back.String() != a.String() {
				t.Fatalf("Parse(%q): access %q reads back as %q", line, a.String(), back.String())
			}
		}
	})
}
