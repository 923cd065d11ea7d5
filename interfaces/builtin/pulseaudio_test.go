// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type pulseaudioSuite struct{}

var _ = check.Suite(&pulseaudioSuite{})

func (s *pulseaudioSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "pulseaudio",
		summary:   "allows playing, recording and controlling sound through a PulseAudio server",
		onClassic: true,
		slotDecl:  declServiceSlotNoAutoConnect,
		plugAppArmor: []string{
			"owner /run/user/[0-9]*/pulse/native rw,",
			"owner /{dev,run}/shm/pulse-shm-* mrw,",
		},
		plugSecComp: []string{"shmctl"},
		slotAppArmor: []string{
			"unix (accept, send, receive) type=stream peer=(label=snap.consumer.app),",
		},
		permanentSlotAA: []string{"/dev/snd/* rw,", "/run/pulse/** rwk,"},
		permanentSlotSC: []string{"listen", "accept4", "shmctl"},
	})
}

func (s *pulseaudioSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("pulseaudio"))
	cn.checkAccesses(c, plugTag, append(pulseClientGrants("unconfined"),
		"file mrw /dev/shm/pulse-shm-12345",
	), soundClientNever)
}
