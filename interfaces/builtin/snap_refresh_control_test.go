// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

// snap-refresh-control adds no policy text: snapd checks the connection
// when snapctl asks it to let a refresh proceed. The shared tests check
// that the connected plug gives the app nothing, and in particular not
// snapd's full API socket.
type snapRefreshControlSuite struct{ systemSuite }

var _ = check.Suite(&snapRefreshControlSuite{systemSuite{systemCase{
	name:            "snap-refresh-control",
	summary:         "allows controlling the refreshes of its own snap through snapctl",
	superPrivileged: true,
	mustNotGrant:    []string{`.*`},
	mustNotReach:    []access{{"/run/snapd.socket", "rw"}},
}}})
