// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type cameraSuite struct{}

var _ = check.Suite(&cameraSuite{})

func (s *cameraSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:         "camera",
		summary:      "allows capturing video from the cameras",
		onCore:       true,
		onClassic:    true,
		slotDecl:     declSystemSlotNoAutoConnect,
		plugAppArmor: []string{"/dev/video[0-9]* rw,", "/dev/media[0-9]* rw,", "/run/udev/data/c81:[0-9]* r,"},
	})
}
