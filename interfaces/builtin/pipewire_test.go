// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type pipewireSuite struct{ referenceSuite }

var _ = check.Suite(&pipewireSuite{referenceSuite{referenceCase{
	name:         "pipewire",
	summary:      "allows using the PipeWire media server over its native protocol",
	plugAppArmor: []string{"owner /run/user/[0-9]*/pipewire-0 rw,", "/run/pipewire/pipewire-0 rw,"},
	plugSecComp:  []string{"setpriority PRIO_PROCESS"},
	slotAppArmor: []string{
		"owner /run/user/[0-9]*/pipewire-0{,-manager} rw,",
		"unix (accept, send, receive) type=stream peer=(label=PEER),",
	},
	slotSecComp: []string{"listen", "accept4", "setpriority PRIO_PROCESS"},
	// The plug neither reaches the server by label nor the PulseAudio
	// socket (audio-playback's).
	plugMustNotGrant: []string{"unix (", "pulse", "manager", "capability"},
}}})

func (s *pipewireSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "pipewire", staticInfo{summary: s.summary, implicitOnClassic: true, slots: declServiceSlotNoAutoConnect})
}

// A client reaches the server's socket, its configuration and RTKit;
// not the manager socket, the PulseAudio socket, other users' sockets,
// or the host's abstract sockets.
func (s *pipewireSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("pipewire"))
	never := []string{
		"file rw /run/user/1000/pipewire-0-manager",
		"file rw /run/pipewire/pipewire-0-manager",
		"file w /run/user/1000/pipewire-0.lock",
		"file rw /run/user/1000/pulse/native",
		"file rw /run/user/1001/pipewire-0 !owner",
		"file w /etc/pipewire/pipewire.conf",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/RealtimeKit1 interface=org.freedesktop.RealtimeKit1 member=ResetAll name=org.freedesktop.RealtimeKit1 peer=unconfined",
		"capability sys_nice",
	}
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/user/1000/pipewire-0",
		"file rw /run/pipewire/pipewire-0",
		"file r /usr/share/pipewire/client.conf",
		"file r /etc/pipewire/client.conf.d/50-rt.conf",
		"file r /home/u/.config/pipewire/client.conf",
		"file rw /run/dbus/system_bus_socket",
		"dbus send bus=system path=/org/freedesktop/RealtimeKit1 interface=org.freedesktop.RealtimeKit1 member=MakeThreadRealtime name=org.freedesktop.RealtimeKit1 peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/RealtimeKit1 interface=org.freedesktop.DBus.Properties member=Get name=org.freedesktop.RealtimeKit1 peer=unconfined",
	}, never)
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file rw /run/user/1000/pipewire-0"})

	// An app's server makes both sockets and serves the connected
	// client only.
	cn = connectToProvider(c, builtin.Classic, consumerYaml("pipewire"), providerYaml(snap.TypeApp, "pipewire"))
	cn.checkAccesses(c, plugTag, []string{"file rw /run/user/1000/pipewire-0"}, never[:4])
	cn.checkAccesses(c, slotTag, []string{
		"file rw /run/user/1000/pipewire-0",
		"file rw /run/user/1000/pipewire-0-manager",
		"file rwk /run/user/1000/pipewire-0.lock",
		"file rw /run/pipewire/pipewire-0",
		"unix accept stream peer=" + plugTag,
		"unix send stream peer=" + plugTag,
		"capability sys_nice",
	}, []string{
		"unix accept stream peer=snap.other.app",
		"file rw /run/user/1000/pulse/native",
		"file rw /run/user/1001/pipewire-0 !owner",
	})
}
