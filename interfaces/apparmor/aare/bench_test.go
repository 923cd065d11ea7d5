// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
)

func goldenProfile(b *testing.B, name string) []byte {
	data, err := os.ReadFile(filepath.Join("..", "testdata", name+".golden"))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// Parsing a whole rendered profile, its includes read once by the
// Parser and kept: what a test or a command pays per profile.
func BenchmarkParseProfile(b *testing.B) {
	text := goldenProfile(b, "strict-app")
	ps := &aare.Parser{}
	if _, err := ps.Parse("strict-app", text); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ps.Parse("strict-app", text); err != nil {
			b.Fatal(err)
		}
	}
}

// The same with a new Parser each time, which reads and splits every
// include again (compiled patterns stay cached in the process).
func BenchmarkParseProfileReadingIncludes(b *testing.B) {
	text := goldenProfile(b, "strict-app")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := (&aare.Parser{}).Parse("strict-app", text); err != nil {
			b.Fatal(err)
		}
	}
}

func benchmarkCheck(b *testing.B, access string) {
	pol, err := aare.Parse("strict-app", goldenProfile(b, "strict-app"))
	if err != nil {
		b.Fatal(err)
	}
	p := pol.Profiles[0]
	a, err := aare.ParseAccess(access)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.Check(a)
	}
}

// One file access that a rule allows, and one that none does (every
// file rule is tried).
func BenchmarkCheckAllowed(b *testing.B) {
	benchmarkCheck(b, "file r /usr/lib/x86_64-linux-gnu/libc.so.6")
}

func BenchmarkCheckDenied(b *testing.B) {
	benchmarkCheck(b, "file w /etc/machine-id")
}

func BenchmarkCheckDBus(b *testing.B) {
	benchmarkCheck(b, "dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined")
}
