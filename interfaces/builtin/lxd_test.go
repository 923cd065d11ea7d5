// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type lxdSuite struct{}

var _ = check.Suite(&lxdSuite{})

func (s *lxdSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "lxd", staticInfo{
		summary: "allows access to the LXD API",
		slots: `
allow-installation: false
deny-connection: true
deny-auto-connection: true`,
	})
}

func (s *lxdSuite) TestConnected(c *check.C) {
	provider := strings.Replace(providerYaml(snap.TypeApp, "lxd"), "name: provider", "name: lxd", 1)
	cc := connectToProvider(c, builtin.Classic, consumerYaml("lxd"), provider)
	aa, sc := cc.plugSide(c)
	checkRules(c, aa,
		"/var/snap/lxd/common/lxd/unix.socket rw,",
		"/var/snap/lxd/common/lxd-user/unix.socket rw,")
	checkRules(c, sc, "listen", "accept", "accept4", "socket AF_NETLINK - NETLINK_GENERIC")
	cc.checkServed(c, "/var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/common/lxd/unix.socket rw,")
}

// A parallel install of LXD serves its clients from its own directory.
func (s *lxdSuite) TestParallelInstallOfTheSlotSnap(c *check.C) {
	iface, err := builtin.ByName("lxd")
	c.Assert(err, check.IsNil)
	consumer, err := snap.InfoFromSnapYaml([]byte(consumerYaml("lxd")))
	c.Assert(err, check.IsNil)
	provider, err := snap.InfoFromSnapYaml([]byte(strings.Replace(providerYaml(snap.TypeApp, "lxd"), "name: provider", "name: lxd", 1)))
	c.Assert(err, check.IsNil)
	c.Assert(provider.SetInstanceKey("x"), check.IsNil)
	spec := &apparmor.Specification{}
	plug := interfaces.NewConnectedPlug(consumer.Plugs["plug"], nil)
	slot := interfaces.NewConnectedSlot(provider.Slots["slot"], nil)
	c.Assert(spec.AddConnectedPlug(iface, plug, slot), check.IsNil)
	checkRules(c, spec.SnippetForTag(plugTag),
		"/var/snap/lxd_x/common/lxd/unix.socket rw,",
		"unix (connect, send, receive) type=stream peer=(label=snap.lxd_x.service),")

	// A name that was never checked does not reach the rule.
	provider.SuggestedName = "lxd/../../etc"
	err = (&apparmor.Specification{}).AddConnectedPlug(iface, plug, slot)
	c.Check(err, check.ErrorMatches, `cannot add AppArmor policy of interface "lxd": cannot use slot "slot": invalid instance name .*`)
}
