// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type audioRecordSuite struct{}

var _ = check.Suite(&audioRecordSuite{})

func (s *audioRecordSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:         "audio-record",
		summary:      "allows recording sound through a sound server",
		onClassic:    true,
		slotDecl:     declServiceSlotNoAutoConnect,
		plugAppArmor: []string{"owner /run/user/[0-9]*/pulse/native rw,"},
		slotAppArmor: []string{
			"unix (accept, send, receive) type=stream peer=(label=snap.consumer.app),",
		},
	})
}

func (s *audioRecordSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("audio-record"))
	// The samples' shared memory comes with audio-playback.
	cn.checkAccesses(c, plugTag, pulseClientGrants("unconfined"), append([]string{
		"file mrw /dev/shm/pulse-shm-12345",
	}, soundClientNever...))
}
