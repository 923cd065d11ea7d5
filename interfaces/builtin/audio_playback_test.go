// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type audioPlaybackSuite struct{}

var _ = check.Suite(&audioPlaybackSuite{})

func (s *audioPlaybackSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "audio-playback",
		summary:   "allows playing sound through a sound server",
		onClassic: true,
		slotDecl:  declServiceSlot,
		plugAppArmor: []string{
			"owner /run/user/[0-9]*/pulse/native rw,",
			"owner @{HOME}/.config/pulse/cookie rk,",
			"owner /{dev,run}/shm/pulse-shm-* mrw,",
		},
		plugSecComp: []string{"shmctl"},
		slotAppArmor: []string{
			"unix (accept, send, receive) type=stream peer=(label=snap.consumer.app),",
		},
		permanentSlotAA: []string{"/dev/snd/* rw,", "owner /run/user/[0-9]*/pulse/** rwk,", "capability sys_nice,"},
		permanentSlotSC: []string{"listen", "accept4", "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT"},
	})
}
