// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type x11Suite struct{}

var _ = check.Suite(&x11Suite{})

func (s *x11Suite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "x11",
		summary:   "allows use of an X11 display server",
		onClassic: true,
		slotDecl:  declServiceSlot,
		plugAppArmor: []string{
			"/tmp/.X11-unix/X[0-9]* rw,",
			"addr=\"@/tmp/.X11-unix/X[0-9]*\"",
			"owner /run/user/[0-9]*/.mutter-Xwaylandauth.* r,",
		},
		plugSecComp: []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT", "bind"},
		slotAppArmor: []string{
			"unix (accept, send, receive) type=stream peer=(label=snap.consumer.app),",
		},
		permanentSlotAA: []string{
			"/tmp/.X11-unix/X[0-9]* rwk,",
			"unix (bind, listen) type=stream addr=\"@/tmp/.X11-unix/X[0-9]*\",",
		},
		permanentSlotSC: []string{"bind", "listen", "accept4"},
	})
}
