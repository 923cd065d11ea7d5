// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

// snap-fde-control adds no policy text: snapd checks the connection when
// the app calls its system volumes endpoint on the snaps' socket. The
// shared tests check that the connected plug gives the app nothing, and
// in particular not snapd's full API socket.
type snapFdeControlSuite struct{ systemSuite }

var _ = check.Suite(&snapFdeControlSuite{systemSuite{systemCase{
	name:            "snap-fde-control",
	summary:         "allows managing the full disk encryption of the system through snapd",
	superPrivileged: true,
	mustNotGrant:    []string{`.*`},
	mustNotReach:    []access{{"/run/snapd.socket", "rw"}},
}}})
