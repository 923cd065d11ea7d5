// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	seccompbackend "github.com/snapiface/snapiface/interfaces/seccomp/backend"
	"github.com/snapiface/snapiface/interfaces/seccomp/loader"
	"github.com/snapiface/snapiface/snap"
)

func init() {
	addCommand(&command{
		name:    "exec",
		usage:   "exec --tag snap.NAME.APP [--root DIR] -- COMMAND [ARG]...",
		summary: "run a command under the compiled seccomp filter of a security tag",
		run:     runExec,
	})
}

// runExec loads the compiled seccomp filter of a tag, as the seccomp
// backend wrote it under --root, and executes the command in its place,
// as snap-confine does for an app (seccomp only: AppArmor profiles are
// loaded by the AppArmor backend, and attached by the launcher). It
// returns only on failure; from the moment the filter is loaded, an
// error is reported by a process that is already confined.
func runExec(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("exec", stderr)
	tag := fs.String("tag", "", "the security tag whose filter to load: snap.NAME.APP or snap.NAME.hook.HOOK")
	root := fs.String("root", "/", "the root the seccomp backend set up (its files are in ROOT"+seccompbackend.Dir+")")
	// Flags stop at the command, whose own flags are its own.
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2}
	}
	command := fs.Args()
	if len(command) == 0 {
		return fmt.Errorf("no command to run: want exec --tag TAG -- COMMAND [ARG]...")
	}
	if err := validateTag(*tag); err != nil {
		return err
	}
	path := filepath.Join(*root, seccompbackend.Dir, *tag+".bin")
	f, err := loader.ReadFile(path)
	if err != nil {
		return fmt.Errorf("cannot run %s: %w", *tag, err)
	}
	program, err := exec.LookPath(command[0])
	if err != nil {
		return fmt.Errorf("cannot run %s: %w", *tag, err)
	}
	// The filter is loaded on this thread, and the command executed
	// from it (TSYNC gives every other thread of the runtime the
	// filter too).
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := loader.Load(f.Programs); err != nil {
		return fmt.Errorf("cannot run %s: %w", *tag, err)
	}
	err = syscall.Exec(program, command, os.Environ())
	return fmt.Errorf("cannot run %s: cannot execute %s: %w", *tag, program, err)
}

// validateTag checks a security tag, which names a file: snap.NAME.APP
// or snap.NAME.hook.HOOK, with the names snap.yaml allows.
func validateTag(tag string) error {
	if tag == "" {
		return fmt.Errorf("no --tag given: want snap.NAME.APP or snap.NAME.hook.HOOK")
	}
	rest, ok := strings.CutPrefix(tag, "snap.")
	instance, name, ok2 := strings.Cut(rest, ".")
	if !ok || !ok2 {
		return fmt.Errorf("invalid --tag %q: want snap.NAME.APP or snap.NAME.hook.HOOK", tag)
	}
	if err := snap.ValidateInstanceName(instance); err != nil {
		return fmt.Errorf("invalid --tag %q: %w", tag, err)
	}
	if hook, ok := strings.CutPrefix(name, "hook."); ok {
		if err := snap.ValidateHookName(hook); err != nil {
			return fmt.Errorf("invalid --tag %q: %w", tag, err)
		}
		return nil
	}
	if err := snap.ValidateAppName(name); err != nil {
		return fmt.Errorf("invalid --tag %q: %w", tag, err)
	}
	return nil
}
