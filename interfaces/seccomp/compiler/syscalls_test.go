// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package compiler_test

import (
	libseccomp "github.com/seccomp/libseccomp-golang"
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/seccomp/syscalls"
)

// TestSyscallTablesAgreeWithLibseccomp checks every entry of the
// pure-Go syscall tables against libseccomp's own: the number of each
// name, on each architecture. Syscalls newer than the installed
// libseccomp are left out of the check, and counted.
func (s *compilerSuite) TestSyscallTablesAgreeWithLibseccomp(c *check.C) {
	scmp := map[string]libseccomp.ScmpArch{
		"x86_64": libseccomp.ArchAMD64, "x86": libseccomp.ArchX86, "aarch64": libseccomp.ArchARM64,
	}
	for _, a := range syscalls.Arches() {
		arch, ok := scmp[a.Name]
		c.Assert(ok, check.Equals, true, check.Commentf("%s", a.Name))
		checked, unknown := 0, 0
		for _, sc := range a.Table() {
			nr, err := libseccomp.GetSyscallFromNameByArch(sc.Name, arch)
			if err != nil {
				// Newer than this libseccomp.
				unknown++
				continue
			}
			if nr < 0 {
				// On x86 libseccomp resolves the socket and IPC
				// calls by name to pseudo-numbers, and filters them
				// through socketcall(2) and ipc(2) as well as by
				// their own numbers: the name is known.
				checked++
				continue
			}
			c.Check(uint32(nr), check.Equals, sc.Nr, check.Commentf("%s %s", a.Name, sc.Name))
			checked++
		}
		// Only the newest calls are unknown to libseccomp 2.5.
		c.Check(unknown <= 20, check.Equals, true, check.Commentf("%s: %d checked, %d unknown to libseccomp", a.Name, checked, unknown))
		// And libseccomp names nothing the table leaves out, up to the
		// table's last number.
		last := a.Table()[len(a.Table())-1].Nr
		for nr := uint32(0); nr <= last; nr++ {
			name, err := libseccomp.ScmpSyscall(nr).GetNameByArch(arch)
			if err != nil {
				continue
			}
			if a.Name == "x86" && name == "map_shadow_stack" {
				// libseccomp numbers it on x86 too; the kernel has it
				// on x86_64 only (syscall_64.tbl).
				continue
			}
			got, ok := a.Lookup(nr)
			c.Check(ok, check.Equals, true, check.Commentf("%s %d (%s) missing", a.Name, nr, name))
			if ok {
				c.Check(got, check.Equals, name, check.Commentf("%s %d", a.Name, nr))
			}
		}
	}
}
