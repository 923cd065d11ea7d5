// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import "golang.org/x/sys/unix"

// isTerminalFd says whether fd is a terminal: it has terminal
// attributes (a file or /dev/null has none).
func isTerminalFd(fd uintptr) bool {
	_, err := unix.IoctlGetTermios(int(fd), unix.TCGETS)
	return err == nil
}
