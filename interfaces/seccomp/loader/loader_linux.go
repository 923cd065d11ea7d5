// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package loader

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Load sets no_new_privs and installs programs, in order, as seccomp
// filters of every thread of the process. A process that then executes
// another program keeps them: it is how a command is confined.
//
// no_new_privs is a property of a thread, and a thread without it may
// not install a filter unless it has CAP_SYS_ADMIN: Load sets it and
// installs the filters on one locked OS thread. SECCOMP_FILTER_FLAG_TSYNC
// gives every other thread of the process (the Go runtime has several)
// the same filters and no_new_privs, or fails without installing
// anything when one cannot take them. The kernel runs every filter
// loaded and keeps the most restrictive result; between two errnos the
// filter loaded last wins, which is why order matters (see
// compiler.Filter).
//
// Every program is checked before the first is loaded; a failure after
// that (the kernel refusing the second of two programs) leaves the
// first in place, as nothing can take a filter away: the caller must
// then not run the command. With no program (an unrestricted policy)
// Load does nothing at all.
func Load(programs [][]byte) error {
	if len(programs) == 0 {
		return nil
	}
	filters := make([][]unix.SockFilter, len(programs))
	for i, prog := range programs {
		if err := checkProgram(prog); err != nil {
			return fmt.Errorf("cannot load seccomp filter: program %d: %w", i+1, err)
		}
		filters[i] = decode(prog)
	}

	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := unix.Prctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); err != nil {
		return fmt.Errorf("cannot set no_new_privs: %w", err)
	}
	for i, filter := range filters {
		fprog := unix.SockFprog{Len: uint16(len(filter)), Filter: &filter[0]}
		r, _, errno := unix.Syscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER, unix.SECCOMP_FILTER_FLAG_TSYNC, uintptr(unsafe.Pointer(&fprog)))
		runtime.KeepAlive(filter)
		if errno != 0 {
			return fmt.Errorf("cannot load seccomp filter: program %d of %d: %w", i+1, len(filters), errno)
		}
		if r != 0 {
			// With TSYNC, a positive result is a thread that could
			// not take the filter; none was installed.
			return fmt.Errorf("cannot load seccomp filter: program %d of %d: thread %d cannot take it", i+1, len(filters), r)
		}
	}
	return nil
}

// decode turns a program's bytes into instructions: struct sock_filter
// {u16 code; u8 jt; u8 jf; u32 k;} in host byte order.
func decode(prog []byte) []unix.SockFilter {
	out := make([]unix.SockFilter, len(prog)/instructionSize)
	for i := range out {
		insn := prog[i*instructionSize:]
		out[i] = unix.SockFilter{
			Code: binary.NativeEndian.Uint16(insn[0:]),
			Jt:   insn[2],
			Jf:   insn[3],
			K:    binary.NativeEndian.Uint32(insn[4:]),
		}
	}
	return out
}
