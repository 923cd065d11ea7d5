// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/testutil"
)

type joystickSuite struct{}

var _ = check.Suite(&joystickSuite{})

func (s *joystickSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:         "joystick",
		summary:      "allows reading game controllers through the joystick devices",
		onCore:       true,
		onClassic:    true,
		slotDecl:     declSystemSlotNoAutoConnect,
		plugAppArmor: []string{"/dev/input/js[0-9]* rw,", "/run/udev/data/c13:{[0-9],[12][0-9],3[01]} r,"},
	})
}

// Event nodes cannot be told apart by path: granting them would let the
// app read keyboards too.
func (s *joystickSuite) TestNoEventDevices(c *check.C) {
	aa, _ := connectToSystem(c, builtin.Core, consumerYaml("joystick")).snippets(c, plugTag)
	c.Check(aa, check.Not(testutil.Contains), "/dev/input/event")
}
