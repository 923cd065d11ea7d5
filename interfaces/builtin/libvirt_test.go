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
	checkRules(c, aa,
		libvirtSockets,
		"unix (connect, send, receive) type=stream peer=(label=unconfined),")
	// Not the admin socket, nor the logging and locking daemons'.
	for _, rule := range ruleLines(aa) {
		c.Check(rule, check.Not(check.Matches), `.*(admin|virtlogd|virtlockd).*`)
	}
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
}

func (s *libvirtSuite) TestSnapServingTheSlot(c *check.C) {
	connectToProvider(c, builtin.Classic, consumerYaml("libvirt"), providerYaml(snap.TypeApp, "libvirt")).
		checkServed(c, "@{run}/libvirt/ rw,", libvirtSockets)
}
