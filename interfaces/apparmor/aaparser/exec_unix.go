// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

//go:build unix

package aaparser

import (
	"context"
	"os/exec"
	"syscall"
	"time"
)

// waitDelay is how long a killed parser's output may stay open (held by
// a process it started) before Wait stops reading it.
const waitDelay = time.Second

// command returns the command that runs the parser, killed with every
// process it started when ctx ends: apparmor_parser compiles in child
// processes, which a kill of the parser alone would leave running. It
// runs in a process group of its own, and the whole group is killed.
func command(ctx context.Context, parser string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, parser, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	cmd.WaitDelay = waitDelay
	return cmd
}
