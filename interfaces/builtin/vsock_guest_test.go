// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type vsockGuestSuite struct{ systemSuite }

var _ = check.Suite(&vsockGuestSuite{systemSuite{systemCase{
	name:     "vsock-guest",
	summary:  "allows a virtual machine's guest to talk to its host over vsock",
	appArmor: []string{"network vsock stream,", "network vsock dgram,", "/dev/vsock r,"},
	secComp:  []string{"socket AF_VSOCK"},
	// A guest's client: the host's side (vhost-vsock) and serving are
	// not this interface's.
	mustNotGrant: []string{anyCapability, writesFiles, `listen|accept4?`, `/dev/vhost.*`},
	reaches:      []access{{"/dev/vsock", "r"}},
	mustNotReach: []access{{"/dev/vhost-vsock", "rw"}, {"/dev/vsock", "w"}},
}}})

func (s *vsockGuestSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("vsock-guest"))
	cn.checkAccesses(c, plugTag, []string{
		"network vsock stream",
		"network vsock dgram",
		"file r /dev/vsock",
	}, []string{
		"file rw /dev/vhost-vsock",
		"file rw /dev/vhost-net",
		"network netlink raw",
		"network packet raw",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"network vsock stream", "file r /dev/vsock"})
}
