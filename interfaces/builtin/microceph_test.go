// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type microcephSuite struct{}

var _ = check.Suite(&microcephSuite{})

func (s *microcephSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "microceph", staticInfo{
		summary: "allows access to the MicroCeph control socket",
		slots:   declSnapOwnedSlot,
	})
}

func (s *microcephSuite) TestConnectedPlugReachesTheSocketOnly(c *check.C) {
	checkDaemonSocketClient(c, "microceph", "/var/snap/microceph/common/state/control.socket")
}
