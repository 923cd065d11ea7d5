// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package syscalls names syscalls by number on the architectures whose
// seccomp audit records a snap's denials carry: x86_64, i386 (the
// compat architecture of an amd64 kernel) and aarch64. It is data and
// lookups, pure Go: a daemon or a log reader imports it without cgo,
// and the filter tests (compiler/grants) iterate the same tables.
package syscalls

import "sort"

// The audit architectures of seccomp records (linux/audit.h: the
// EM_ machine number with __AUDIT_ARCH_64BIT and __AUDIT_ARCH_LE).
const (
	AuditArchX86_64  uint32 = 0xc000003e
	AuditArchI386    uint32 = 0x40000003
	AuditArchAArch64 uint32 = 0xc00000b7
	// X32SyscallBit marks an x32 syscall, which carries x86_64's audit
	// architecture.
	X32SyscallBit uint32 = 0x40000000
)

// Syscall is a syscall's number and name on one architecture.
type Syscall struct {
	Nr   uint32
	Name string
}

// Arch is an architecture with its syscall table.
type Arch struct {
	// Name is the architecture as libseccomp and the kernel's uname
	// name it: "x86_64", "x86", "aarch64".
	Name string
	// Audit is the architecture of seccomp audit records and of
	// seccomp_data.arch.
	Audit uint32
	table []Syscall
	byNr  map[uint32]string
	byNm  map[string]uint32
}

func newArch(name string, audit uint32, table []Syscall) *Arch {
	a := &Arch{Name: name, Audit: audit, table: table, byNr: make(map[uint32]string, len(table)), byNm: make(map[string]uint32, len(table))}
	for _, sc := range table {
		a.byNr[sc.Nr] = sc.Name
		a.byNm[sc.Name] = sc.Nr
	}
	return a
}

var (
	archX86_64  = newArch("x86_64", AuditArchX86_64, x86_64)
	archI386    = newArch("x86", AuditArchI386, i386)
	archAArch64 = newArch("aarch64", AuditArchAArch64, aarch64)
	arches      = []*Arch{archX86_64, archI386, archAArch64}
)

// X86_64, I386 and AArch64 return the architectures this package knows.
func X86_64() *Arch  { return archX86_64 }
func I386() *Arch    { return archI386 }
func AArch64() *Arch { return archAArch64 }

// Arches returns every architecture this package knows, x86_64 first.
func Arches() []*Arch { return append([]*Arch(nil), arches...) }

// ByAudit returns the architecture of an audit architecture value, or
// nil when this package does not know it.
func ByAudit(audit uint32) *Arch {
	for _, a := range arches {
		if a.Audit == audit {
			return a
		}
	}
	return nil
}

// ByName returns the architecture of a name ("x86_64", "x86",
// "aarch64"; also "amd64", "i386" and "arm64"), or nil.
func ByName(name string) *Arch {
	switch name {
	case "amd64":
		name = "x86_64"
	case "i386", "i686":
		name = "x86"
	case "arm64":
		name = "aarch64"
	}
	for _, a := range arches {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// Table returns the architecture's syscalls, sorted by number; callers
// must not modify it.
func (a *Arch) Table() []Syscall { return a.table }

// Lookup returns the name of a syscall number, and whether there is one.
// On x86_64 an x32 call (X32SyscallBit set) is not named: snaps have no
// x32 filter, the kernel kills such calls.
func (a *Arch) Lookup(nr uint32) (string, bool) {
	name, ok := a.byNr[nr]
	return name, ok
}

// Number returns the number of a syscall, and whether the
// architecture has it.
func (a *Arch) Number(name string) (uint32, bool) {
	nr, ok := a.byNm[name]
	return nr, ok
}

// Names returns every syscall name of the architecture, sorted.
func (a *Arch) Names() []string {
	names := make([]string, 0, len(a.table))
	for _, sc := range a.table {
		names = append(names, sc.Name)
	}
	sort.Strings(names)
	return names
}
