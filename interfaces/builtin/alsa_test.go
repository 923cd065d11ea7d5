// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type alsaSuite struct{}

var _ = check.Suite(&alsaSuite{})

func (s *alsaSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:         "alsa",
		summary:      "allows direct access to the sound cards through ALSA",
		onCore:       true,
		onClassic:    true,
		slotDecl:     declSystemSlotNoAutoConnect,
		plugAppArmor: []string{"/dev/snd/* rw,", "@{PROC}/asound/** r,", "/run/udev/data/c116:[0-9]* r,"},
	})
}
