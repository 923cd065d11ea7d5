// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type jack1Suite struct{}

var _ = check.Suite(&jack1Suite{})

func (s *jack1Suite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "jack1",
		summary:   "allows use of a JACK 1 audio server",
		onClassic: true,
		slotDecl:  declSystemSlotNoAutoConnect,
		plugAppArmor: []string{
			"owner /{dev,run}/shm/jack-[0-9]*/** rw,",
			"/{dev,run}/shm/jack-shm-registry rw,",
			"owner /{dev,run}/shm/sem.jack_sem.* rwk,",
		},
	})
}
