// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

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

// A JACK client reaches the server's socket files, FIFOs, shared
// memory and semaphores in /dev/shm, its own user's only; no abstract
// socket of the host.
func (s *jack1Suite) TestAccesses(c *check.C) {
	connectToSystem(c, builtin.Classic, consumerYaml("jack1")).checkAccesses(c, plugTag, []string{
		"file r /dev/shm/jack-1000/",
		"file rw /dev/shm/jack-1000/default/jack_0",
		"unix connect stream peer_addr=/dev/shm/jack-1000/default/jack_0 peer=unconfined",
		"unix connect stream peer_addr=/dev/shm/jack-1000/default/jack_ack_0 peer=unconfined",
		"file rw /dev/shm/jack-shm-registry",
		"file mrw /dev/shm/jack-1000-0",
		"file rwk /dev/shm/sem.jack_sem.1000_default_system",
	}, []string{
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		"unix connect stream peer_addr=@jack-probe peer=unconfined",
		"file rw /dev/shm/jack-1001/default/jack_0 !owner",
		"file rw /dev/shm/pulse-shm-1",
		"file rw /dev/snd/pcmC0D0p",
	})
}
