// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type libvirtSuite struct{}

var _ = check.Suite(&libvirtSuite{})

func (s *libvirtSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "libvirt", staticInfo{
		summary:           "allows access to the libvirt service",
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

const libvirtSockets = "@{run}/libvirt/{libvirt,virtqemud,virtnetworkd,virtstoraged,virtnodedevd,virtinterfaced,virtnwfilterd,virtsecretd,virtproxyd}-sock{,-ro} rw,"

func (s *libvirtSuite) TestConnectedPlugToTheHost(c *check.C) {
	aa, sc := connectToSystem(c, builtin.Classic, consumerYaml("libvirt")).plugSide(c)
	checkRules(c, aa, libvirtSockets)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
}

// The plug reaches the API sockets of libvirtd and of the modular
// daemons, as files; not the admin sockets, nor those of the logging
// and locking daemons, nor any abstract socket of the host.
func (s *libvirtSuite) TestAccesses(c *check.C) {
	never := []string{
		"file rw /run/libvirt/libvirt-admin-sock",
		"file rw /run/libvirt/virtqemud-admin-sock",
		"file rw /run/libvirt/virtlogd-sock",
		"file rw /run/libvirt/virtlockd-sock",
		"file w /etc/libvirt/qemu/vm.xml",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		"unix connect stream peer_addr=@libvirt-probe peer=unconfined",
	}
	connectToSystem(c, builtin.Classic, consumerYaml("libvirt")).checkAccesses(c, plugTag, []string{
		"file rw /run/libvirt/libvirt-sock",
		"file rw /run/libvirt/libvirt-sock-ro",
		"file rw /run/libvirt/virtqemud-sock",
		"file rw /run/libvirt/virtnetworkd-sock-ro",
		"unix connect stream peer_addr=/run/libvirt/virtqemud-sock peer=unconfined",
	}, never)
	cn := connectToProvider(c, builtin.Classic, consumerYaml("libvirt"), providerYaml(snap.TypeApp, "libvirt"))
	cn.checkAccesses(c, plugTag, []string{"unix connect stream peer_addr=/run/libvirt/libvirt-sock peer=snap.provider.service"}, never)
}

func (s *libvirtSuite) TestSnapServingTheSlot(c *check.C) {
	connectToProvider(c, builtin.Classic, consumerYaml("libvirt"), providerYaml(snap.TypeApp, "libvirt")).
		checkServing(c, "@{run}/libvirt/ rw,", libvirtSockets)
}
