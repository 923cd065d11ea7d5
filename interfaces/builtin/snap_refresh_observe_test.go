// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

// snap-refresh-observe adds no policy text: snapd itself checks the
// connection when the app calls its API. The shared tests check that the
// connected plug gives the app nothing.
type snapRefreshObserveSuite struct{ systemSuite }

var _ = check.Suite(&snapRefreshObserveSuite{systemSuite{systemCase{
	name:            "snap-refresh-observe",
	summary:         "allows following snap refreshes and what holds them back",
	superPrivileged: true,
	mustNotGrant:    []string{`.*`},
	mustNotReach:    []access{{"/run/snapd.socket", "rw"}},
}}})
