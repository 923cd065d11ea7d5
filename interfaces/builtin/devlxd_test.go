// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type devlxdSuite struct{ systemSuite }

var _ = check.Suite(&devlxdSuite{systemSuite{systemCase{
	name:            "devlxd",
	summary:         "allows access to the LXD devlxd socket",
	superPrivileged: true,
	appArmor:        []string{"/dev/lxd/sock rw,"},
	mustNotGrant:    []string{`unix .*`, `capability .*`, `socket .*`, `/var/snap/lxd/.*`, `/dev/lxd/\*.*`},
	reaches:         []access{{"/dev/lxd/sock", "rw"}},
	mustNotReach:    []access{{"/dev/lxd/other", "rw"}, {"/var/snap/lxd/common/lxd/unix.socket", "rw"}, {"/var/lib/lxd/devlxd/sock", "rw"}},
}}})

// Inside an instance the app reaches the guest API's socket and
// nothing of LXD's host side: not the main API's sockets (the lxd
// interface's), nor the host's end of the guest API.
func (s *devlxdSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("devlxd")).checkAccesses(c, plugTag, []string{
			"file rw /dev/lxd/sock",
			"unix connect stream peer_addr=/dev/lxd/sock peer=unconfined",
		}, []string{
			"file rw /dev/lxd/other.sock",
			"file w /dev/lxd/",
			"file rw /var/snap/lxd/common/lxd/unix.socket",
			"file rw /var/snap/lxd/common/lxd-user/unix.socket",
			"file rw /var/lib/lxd/devlxd/sock",
			"file rw /var/lib/lxd/unix.socket",
			"network vsock stream",
			"unix connect stream peer_addr=@lxd/devlxd peer=unconfined",
		})
	}
}
