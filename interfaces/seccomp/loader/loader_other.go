// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

//go:build !linux

package loader

import "errors"

// Load installs seccomp filters, which exist on Linux only: elsewhere it
// fails unless there is nothing to load.
func Load(programs [][]byte) error {
	if len(programs) == 0 {
		return nil
	}
	return errors.New("cannot load seccomp filter: seccomp exists on Linux only")
}
