// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package loader installs compiled seccomp filters in the calling
// process, as snap-confine does before it runs an app: it sets
// no_new_privs and loads each BPF program with the seccomp(2) system
// call, on every thread of the process. It also reads and writes the
// file a compiled policy is kept in (see File). It is pure Go (no cgo,
// no libseccomp), so that a launcher can import it alone.
//
// A filter stays with the process and everything it executes: load one
// only in a process that is about to run the confined command (see
// `snapiface exec`), never in a test or a daemon.
package loader
