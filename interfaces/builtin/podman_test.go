// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type podmanSuite struct{}

var _ = check.Suite(&podmanSuite{})

func (s *podmanSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "podman", staticInfo{
		summary:           "allows access to the Podman socket",
		implicitOnClassic: true,
		slots:             declSystemSlot + "\ndeny-connection: true\ndeny-auto-connection: true",
	})
	_, onCore := builtin.SystemSnap(builtin.Core).Slots["podman"]
	c.Check(onCore, check.Equals, false)
}

// Any snap may carry the plug; no plug connects, to the host's Podman
// or to a snap's, without a snap declaration. Only the system carries
// the slot without one.
func (s *podmanSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "podman", "", true)
	checkDecisions(c, "podman", []decision{
		{manual: false, auto: false},
		{provider: true, manual: false, auto: false},
		{provider: true, core: true, manual: false, auto: false},
	})
	base := builtinDeclaration(c)
	for _, typ := range []snap.Type{snap.TypeApp, snap.TypeGadget, snap.TypeKernel, snap.TypeSnapd} {
		c.Check(installs(c, base, builtin.Classic, providerYaml(typ, "podman")), check.Equals, false, check.Commentf("slot on a snap of type %s", typ))
	}
	c.Check(installsAsSystem(c, base, builtin.Classic, providerYaml(snap.TypeSnapd, "podman")), check.Equals, true)
}

func (s *podmanSuite) TestConnectedPlug(c *check.C) {
	aa, sc := connectToSystem(c, builtin.Classic, consumerYaml("podman")).plugSide(c)
	checkRules(c, aa, "@{run}/podman/podman.sock rw,", "owner @{run}/user/@{uid}/podman/podman.sock rw,")
	c.Check(ruleLines(sc), check.DeepEquals, []string{"socket AF_NETLINK - NETLINK_GENERIC"})
	checkExplained(c, aa, sc)
}

// The plug reaches the rootful service's socket and the user's own
// rootless one, through the socket files; no other user's, no other
// container engine's, and no abstract socket of the host.
func (s *podmanSuite) TestAccesses(c *check.C) {
	grants := []string{
		"file rw /run/podman/podman.sock",
		"file rw /var/run/podman/podman.sock",
		"unix connect stream peer_addr=/run/podman/podman.sock peer=unconfined",
		"file rw /run/user/1000/podman/podman.sock",
	}
	never := []string{
		"file rw /run/user/1001/podman/podman.sock !owner",
		"file w /run/podman/",
		"file rw /run/podman/other.sock",
		"file rw /run/docker.sock",
		"file rw /run/containerd/containerd.sock",
		"file rw /run/user/1000/podman/other.sock",
		"file r /etc/containers/storage.conf",
		"file r /var/lib/containers/storage/overlay-containers/containers.json",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		"capability sys_admin",
	}
	connectToSystem(c, builtin.Classic, consumerYaml("podman")).checkAccesses(c, plugTag, grants, never)
	// Served by a Podman snap, the same: its socket file.
	cn := connectToProvider(c, builtin.Classic, consumerYaml("podman"), providerYaml(snap.TypeApp, "podman"))
	cn.checkAccesses(c, plugTag, []string{"unix connect stream peer_addr=/run/podman/podman.sock peer=snap.provider.service"}, never)
}

// A Podman snap creates the socket, and talks to its connected clients
// on the connections they opened.
func (s *podmanSuite) TestSnapServingTheSlot(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("podman"), providerYaml(snap.TypeApp, "podman"))
	cn.checkServing(c, "@{run}/podman/ rw,", "@{run}/podman/podman.sock rw,")
	cn.checkAccesses(c, slotTag, []string{
		"file rw /run/podman/podman.sock",
		"unix send stream peer=snap.consumer.app",
		"unix receive stream peer=snap.consumer.app",
	}, []string{
		"file rw /run/docker.sock",
		"file rw /run/user/1000/podman/podman.sock",
	})
}
