// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Command probe makes the system calls whose seccomp verdicts the exec
// tests check, with arguments that make each harmless when the filter
// lets it through, and prints the errno each returned (0 for success),
// one "NAME ERRNO" line each. The tests build it and run it under
// `snapiface exec`.
package main

import (
	"fmt"
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// nonexistentPid is above the kernel's largest pid (PID_MAX_LIMIT).
const nonexistentPid = 1 << 30

func main() {
	devNull, err := os.Open("/dev/null")
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	var c byte = 'x'
	calls := []struct {
		name string
		call func() unix.Errno
	}{
		// Allowed, it fails: there is no such process.
		{"ptrace", func() unix.Errno {
			return errno(unix.Syscall6(unix.SYS_PTRACE, unix.PTRACE_CONT, nonexistentPid, 0, 0, 0, 0))
		}},
		// Allowed, it fails: there is no such directory.
		{"mount", func() unix.Errno {
			return asErrno(unix.Mount("none", "/nonexistent-snapiface-probe", "tmpfs", 0, ""))
		}},
		// Allowed, it fails: the process has several threads.
		{"unshare-user", func() unix.Errno {
			return errno(unix.Syscall(unix.SYS_UNSHARE, unix.CLONE_NEWUSER, 0, 0))
		}},
		// Allowed, it fails: flags name no architecture, or the
		// kernel has no kexec.
		{"kexec_load", func() unix.Errno {
			return errno(unix.Syscall6(unix.SYS_KEXEC_LOAD, 0, 0, 0, 0xffff0000, 0, 0))
		}},
		// Allowed, it fails: there is no module image.
		{"init_module", func() unix.Errno {
			empty := []byte{0}
			return errno(unix.Syscall(unix.SYS_INIT_MODULE, 0, 0, uintptr(unsafe.Pointer(&empty[0]))))
		}},
		// Allowed, it fails: /dev/null is not a terminal.
		{"ioctl-tiocsti", func() unix.Errno {
			return errno(unix.Syscall(unix.SYS_IOCTL, devNull.Fd(), unix.TIOCSTI, uintptr(unsafe.Pointer(&c))))
		}},
		// Allowed, it succeeds as root: a network namespace of this
		// thread's own, gone when the probe exits.
		{"unshare-net", func() unix.Errno {
			return errno(unix.Syscall(unix.SYS_UNSHARE, unix.CLONE_NEWNET, 0, 0))
		}},
	}
	for _, call := range calls {
		fmt.Printf("%s %d\n", call.name, int(call.call()))
	}
}

func errno(_, _ uintptr, e unix.Errno) unix.Errno { return e }

func asErrno(err error) unix.Errno {
	if err == nil {
		return 0
	}
	return err.(unix.Errno)
}
