// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package benchmarks holds the benchmarks of the workloads a snap daemon
// runs through snapiface, across packages and with the whole catalogue:
// policy ready at start-up, repository set-up, a daemon's profile, one
// snap connected to every implicit slot, an auto-connect decision, a
// whole system of 200 and 400 snaps, an incremental connect and
// disconnect, parsing a large declaration and 1,000 snap declarations
// (each beside yaml.v2 on the same text), compiling a seccomp policy to
// BPF, and parsing hostile snap.yaml files. BENCHMARKS.md at the root of the repository holds the
// figures and the command that measures them. The package has no code
// of its own: everything is in its tests.
package benchmarks
