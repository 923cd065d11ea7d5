// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type daemonNotifySuite struct{ systemSuite }

var _ = check.Suite(&daemonNotifySuite{systemSuite{systemCase{
	name:    "daemon-notify",
	summary: "allows sending daemon status changes to the service manager",
	appArmor: []string{
		"@{run}/systemd/notify w,",
		`unix (connect, send) type=dgram peer=(label=unconfined, addr="@/org/freedesktop/systemd1/notify"),`,
	},
	mustNotGrant: []string{anyCapability, `dbus.*`, `unix \(.*(bind|listen|accept).*`},
	reaches:      []access{{"/run/systemd/notify", "w"}},
	mustNotReach: []access{{"/run/systemd/notify", "r"}, {"/run/systemd/private", "w"}, {"/run/systemd/journal/socket", "w"}},
}}})

// sd_notify sends a datagram to the manager's socket, the file or the
// abstract one; the app reaches no other socket of the manager's, nor
// any other abstract socket of the host.
func (s *daemonNotifySuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("daemon-notify")).checkAccesses(c, plugTag, []string{
			"file w /run/systemd/notify",
			"file w /var/run/systemd/notify",
			"unix send dgram peer_addr=@/org/freedesktop/systemd1/notify peer=unconfined",
			"unix connect dgram peer_addr=@/org/freedesktop/systemd1/notify peer=unconfined",
		}, []string{
			"file w /run/systemd/private",
			"file w /run/systemd/userdb/io.systemd.DynamicUser",
			"unix send dgram peer_addr=@/org/freedesktop/systemd1/notify peer=snap.other.app",
			"unix connect stream peer_addr=@/org/freedesktop/systemd1/private peer=unconfined",
			"unix send dgram peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
			"unix bind dgram addr=@/org/freedesktop/systemd1/notify",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=RestartUnit name=org.freedesktop.systemd1 peer=unconfined",
		})
	}
}
