// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type waylandSuite struct{}

var _ = check.Suite(&waylandSuite{})

func (s *waylandSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "wayland",
		summary:   "allows use of a Wayland compositor",
		onClassic: true,
		slotDecl:  declServiceSlot,
		plugAppArmor: []string{
			"owner /run/user/[0-9]*/wayland-[0-9]{,[0-9]} rw,",
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

// A Wayland client reaches the compositor's socket file and its own
// shared buffers; no abstract socket of the host, no other user's
// compositor, no device the compositor drives.
func (s *waylandSuite) TestAccesses(c *check.C) {
	never := []string{
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		"unix connect stream peer_addr=@wayland-probe peer=unconfined",
		"file rw /run/user/1001/wayland-0 !owner",
		"file w /run/user/1000/wayland-0.lock",
		"file rw /run/user/1000/bus",
		"file rw /run/user/1000/pipewire-0",
		"file rw /dev/dri/card0",
		"file r /dev/input/event3",
	}
	connectToSystem(c, builtin.Classic, consumerYaml("wayland")).checkAccesses(c, plugTag, []string{
		"file rw /run/user/1000/wayland-0",
		"unix connect stream peer_addr=/run/user/1000/wayland-1 peer=unconfined",
		"file rw /run/user/1000/wayland-42",
		"file rw /run/user/1000/mesa-shared-A1b2C3",
		"file r /usr/share/X11/xkb/symbols/us",
	}, never)
	cn := connectToProvider(c, builtin.Classic, consumerYaml("wayland"), providerYaml(snap.TypeApp, "wayland"))
	cn.checkAccesses(c, plugTag, []string{"unix connect stream peer_addr=/run/user/1000/wayland-0 peer=snap.provider.service"}, never)
	cn.checkAccesses(c, slotTag, []string{
		"file rwk /run/user/1000/wayland-0.lock",
		"file rw /dev/dri/card0",
		"file rw /dev/input/event3",
	}, []string{"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined"})
}

func init() {
	addAccessDifferences("wayland", accessDifferences{rows: []accessDifference{{
		access: "file w /run/user/1000/wayland-0.lock",
		ours:   false,
		why:    "the lock beside the socket is the compositor's; a client has no business writing it",
	}}})
}
