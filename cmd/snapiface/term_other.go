// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

//go:build !linux

package main

// isTerminalFd says no elsewhere than Linux: output is then what a
// pipe gets, unless --table asks for the table.
func isTerminalFd(fd uintptr) bool { return false }
