// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

//go:build !unix

package aaparser

import (
	"context"
	"os/exec"
	"time"
)

// command returns the command that runs the parser, killed when ctx
// ends.
func command(ctx context.Context, parser string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, parser, args...)
	cmd.WaitDelay = time.Second
	return cmd
}
