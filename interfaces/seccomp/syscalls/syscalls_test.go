// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package syscalls_test

import (
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/seccomp/syscalls"
)

func Test(t *testing.T) { check.TestingT(t) }

type syscallsSuite struct{}

var _ = check.Suite(&syscallsSuite{})

// TestTablesAreConsistent checks each table: sorted by number, and no
// number or name twice.
func (s *syscallsSuite) TestTablesAreConsistent(c *check.C) {
	for _, a := range syscalls.Arches() {
		names := map[string]bool{}
		var last uint32
		for i, sc := range a.Table() {
			if i > 0 {
				c.Check(sc.Nr > last, check.Equals, true, check.Commentf("%s: %d %s after %d", a.Name, sc.Nr, sc.Name, last))
			}
			last = sc.Nr
			c.Check(names[sc.Name], check.Equals, false, check.Commentf("%s: %s twice", a.Name, sc.Name))
			names[sc.Name] = true
			name, ok := a.Lookup(sc.Nr)
			c.Check(ok, check.Equals, true)
			c.Check(name, check.Equals, sc.Name)
			nr, ok := a.Number(sc.Name)
			c.Check(ok, check.Equals, true)
			c.Check(nr, check.Equals, sc.Nr)
		}
		c.Check(len(a.Names()), check.Equals, len(a.Table()))
	}
}

// TestKnownNumbers checks numbers from each architecture's UAPI
// header, where the three tables differ.
func (s *syscallsSuite) TestKnownNumbers(c *check.C) {
	for _, t := range []struct {
		arch string
		nr   uint32
		name string
	}{
		{"x86_64", 0, "read"},
		{"x86_64", 41, "socket"},
		{"x86_64", 101, "ptrace"},
		{"x86_64", 165, "mount"},
		{"x86_64", 257, "openat"},
		{"x86_64", 330, "pkey_alloc"},
		{"x86", 3, "read"},
		{"x86", 26, "ptrace"},
		{"x86", 359, "socket"},
		{"aarch64", 56, "openat"},
		{"aarch64", 63, "read"},
		{"aarch64", 117, "ptrace"},
		{"aarch64", 198, "socket"},
		{"aarch64", 40, "mount"},
		{"aarch64", 435, "clone3"},
		{"aarch64", 469, "file_setattr"},
	} {
		a := syscalls.ByName(t.arch)
		c.Assert(a, check.NotNil, check.Commentf("%s", t.arch))
		name, ok := a.Lookup(t.nr)
		c.Check(ok, check.Equals, true, check.Commentf("%s %d", t.arch, t.nr))
		c.Check(name, check.Equals, t.name, check.Commentf("%s %d", t.arch, t.nr))
	}
	// aarch64 has no open(2), only openat(2); x86_64 has both.
	_, ok := syscalls.AArch64().Number("open")
	c.Check(ok, check.Equals, false)
	_, ok = syscalls.X86_64().Number("open")
	c.Check(ok, check.Equals, true)
	_, ok = syscalls.X86_64().Lookup(1000)
	c.Check(ok, check.Equals, false)
}

func (s *syscallsSuite) TestArchLookups(c *check.C) {
	c.Check(syscalls.ByAudit(0xc000003e), check.Equals, syscalls.X86_64())
	c.Check(syscalls.ByAudit(0x40000003), check.Equals, syscalls.I386())
	c.Check(syscalls.ByAudit(0xc00000b7), check.Equals, syscalls.AArch64())
	c.Check(syscalls.ByAudit(0x40000028), check.IsNil) // arm: no table
	c.Check(syscalls.ByName("amd64"), check.Equals, syscalls.X86_64())
	c.Check(syscalls.ByName("arm64"), check.Equals, syscalls.AArch64())
	c.Check(syscalls.ByName("i386"), check.Equals, syscalls.I386())
	c.Check(syscalls.ByName("riscv64"), check.IsNil)
}
