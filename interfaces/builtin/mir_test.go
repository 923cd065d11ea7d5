// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type mirSuite struct{}

var _ = check.Suite(&mirSuite{})

func (s *mirSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:                "mir",
		summary:             "allows use of a Mir display server",
		slotDecl:            "allow-installation:\n  slot-snap-type:\n    - app\ndeny-connection: true\ndeny-auto-connection: true",
		appProvidedSlotOnly: true,
		plugAppArmor:        []string{"/run/mir_socket rw,", "owner /run/user/[0-9]*/mir_socket rw,"},
		slotAppArmor: []string{
			"unix (accept, send, receive) type=stream peer=(label=snap.consumer.app),",
		},
		permanentSlotAA: []string{"/run/mir_socket rwk,", "/dev/input/event[0-9]* rw,"},
		permanentSlotSC: []string{"listen", "accept4"},
	})
}
