// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type microovnSuite struct{}

var _ = check.Suite(&microovnSuite{})

func (s *microovnSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "microovn", staticInfo{
		summary: "allows access to the MicroOVN control socket",
		slots:   declSnapOwnedSlot,
	})
}

func (s *microovnSuite) TestConnectedPlugReachesTheSocketOnly(c *check.C) {
	checkDaemonSocketClient(c, "microovn", "/var/snap/microovn/common/state/control.socket")
}
