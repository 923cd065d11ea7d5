// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type dockerSuite struct{}

var _ = check.Suite(&dockerSuite{})

func (s *dockerSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "docker", staticInfo{
		summary:           "allows access to the Docker socket",
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *dockerSuite) TestConnectedPlugToTheHost(c *check.C) {
	aa, sc := connectToSystem(c, builtin.Classic, consumerYaml("docker")).plugSide(c)
	checkRules(c, sc, "listen", "accept", "accept4", "socket AF_NETLINK - NETLINK_GENERIC")
	checkExplained(c, aa, sc)
}

// The plug reaches dockerd through its socket file, and the CLI's own
// abstract socket for plugins; no other daemon socket, and no abstract
// socket of the host's unconfined processes.
func (s *dockerSuite) TestAccesses(c *check.C) {
	grants := []string{
		"file rw /run/docker.sock",
		"unix connect stream peer_addr=/run/docker.sock peer=unconfined",
		"unix bind stream addr=@docker_cli_3f2a9c",
		"unix listen stream addr=@docker_cli_3f2a9c",
		"unix connect stream peer_addr=@docker_cli_3f2a9c peer=snap.consumer.app",
	}
	never := []string{
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		"unix connect stream peer_addr=@/containerd-shim/moby/x/shim.sock peer=unconfined",
		"file rw /run/containerd/containerd.sock",
		"unix connect stream peer_addr=/run/containerd/containerd.sock peer=unconfined",
		"file w /etc/docker/daemon.json",
		"file r /var/lib/docker/containers/x/config.v2.json",
	}
	connectToSystem(c, builtin.Classic, consumerYaml("docker")).checkAccesses(c, plugTag, grants, never)
	// Served by the Docker snap, the same: its socket file.
	cn := connectToProvider(c, builtin.Classic, consumerYaml("docker"), providerYaml(snap.TypeApp, "docker"))
	cn.checkAccesses(c, plugTag, []string{"unix connect stream peer_addr=/run/docker.sock peer=snap.provider.service"}, never)
}

func (s *dockerSuite) TestSnapServingTheSlot(c *check.C) {
	connectToProvider(c, builtin.Classic, consumerYaml("docker"), providerYaml(snap.TypeApp, "docker")).
		checkServing(c, "@{run}/docker.sock rw,")
}
