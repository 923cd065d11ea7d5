// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

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

// pulseClientGrants are what a client of a PulseAudio-protocol server
// needs, with the server's label: its socket, as a file, its
// configuration and the cookie.
func pulseClientGrants(server string) []string {
	return []string{
		"file r /run/user/1000/pulse/",
		"file rw /run/user/1000/pulse/native",
		"unix connect stream peer_addr=/run/user/1000/pulse/native peer=" + server,
		"file rw /run/pulse/native",
		"file r /etc/pulse/client.conf",
		"file rk /home/u/.config/pulse/cookie",
	}
}

// soundClientNever are what no sound client reaches: the host's
// abstract sockets (the server's is a file), another user's server,
// PipeWire's own protocol (which also carries cameras and screen
// sharing), the sound cards themselves, and the server's
// configuration.
var soundClientNever = []string{
	"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
	"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
	"unix connect stream peer_addr=@pulse-probe peer=unconfined",
	"unix send dgram peer_addr=@pulse-probe peer=unconfined",
	"file rw /run/user/1001/pulse/native !owner",
	"file rw /run/user/1000/pipewire-0",
	"file rw /dev/snd/pcmC0D0p",
	"file w /etc/pulse/default.pa",
	"file w /home/u/.config/pulse/cookie",
}

func (s *audioPlaybackSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("audio-playback"))
	cn.checkAccesses(c, plugTag, append(pulseClientGrants("unconfined"),
		"file mrw /dev/shm/pulse-shm-12345",
	), soundClientNever)
	cn = connectToProvider(c, builtin.Classic, consumerYaml("audio-playback"), providerYaml(snap.TypeApp, "audio-playback"))
	cn.checkAccesses(c, plugTag, pulseClientGrants("snap.provider.service"), soundClientNever)
	cn.checkAccesses(c, slotTag, []string{
		"file rw /dev/snd/pcmC0D0p",
		"file rwk /run/user/1000/pulse/pid",
		"unix accept stream addr=@x peer=snap.consumer.app",
	}, []string{
		"unix accept stream addr=@x peer=snap.other.app",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
	})
}
