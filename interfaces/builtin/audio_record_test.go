// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

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
