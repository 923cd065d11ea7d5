// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type waylandSuite struct{}

var _ = check.Suite(&waylandSuite{})

func (s *waylandSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "wayland",
		summary:   "allows use of a Wayland compositor",
		onClassic: true,
		slotDecl:  declServiceSlot,
		plugAppArmor: []string{
			"owner /run/user/[0-9]*/wayland-[0-9]* rw,",
			"owner /run/user/[0-9]*/*-shared-[A-Za-z0-9]* rw,",
		},
		slotAppArmor: []string{
			"unix (accept, send, receive) type=stream peer=(label=snap.consumer.app),",
		},
		permanentSlotAA: []string{
			"owner /run/user/[0-9]*/wayland-[0-9]*.lock rwk,",
			"/dev/dri/card[0-9]* rw,",
			"/dev/input/event[0-9]* rw,",
			"capability sys_tty_config,",
		},
		permanentSlotSC: []string{"listen", "accept4", "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT"},
	})
}
