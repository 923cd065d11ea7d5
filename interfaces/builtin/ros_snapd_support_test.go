// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

// ros-snapd-support adds no policy text: snapd checks the connection
// when the app asks for /v2/apps or /v2/changes on the socket for snaps.
// The shared tests check that the connected plug gives the app nothing,
// and in particular not snapd's full API socket.
type rosSnapdSupportSuite struct{ systemSuite }

var _ = check.Suite(&rosSnapdSupportSuite{systemSuite{systemCase{
	name:            "ros-snapd-support",
	summary:         "allows controlling the snaps' services through snapd's API, for ROS",
	superPrivileged: true,
	mustNotGrant:    []string{`.*`},
	mustNotReach:    []access{{"/run/snapd.socket", "rw"}},
}}})

// The app reaches snapd through the socket for snaps, as every snap
// does, and snapd decides; never the full API socket, snapd's state, or
// the security profiles of other snaps.
func (s *rosSnapdSupportSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("ros-snapd-support"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/snapd-snap.socket",
	}, []string{
		"file rw /run/snapd.socket",
		"file r /var/lib/snapd/state.json",
		"file r /var/lib/snapd/apparmor/profiles/snap.other.app",
		"file rw /run/systemd/private",
		"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=StartUnit name=org.freedesktop.systemd1 peer=unconfined",
	})
}
