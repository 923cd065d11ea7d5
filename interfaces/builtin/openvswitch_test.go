// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type openvswitchSuite struct{}

var _ = check.Suite(&openvswitchSuite{})

func (s *openvswitchSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "openvswitch", staticInfo{
		summary:           "allows controlling the host's Open vSwitch",
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

// The host runs Open vSwitch on classic: a plug connects to its slot by
// hand, never by itself; Ubuntu Core has no such slot.
func (s *openvswitchSuite) TestDecisions(c *check.C) {
	checkDecisions(c, "openvswitch", []decision{{manual: true, auto: false}})
	checkPlugInstall(c, "openvswitch", "", true)
	c.Check(builtin.SystemSnap(builtin.Core).Slots["openvswitch"], check.IsNil)
}

// ovs-vsctl, ovs-ofctl and ovs-appctl reach the daemons' sockets; the
// database itself, the daemons' configuration and the datapath's
// netlink families stay out of reach.
func (s *openvswitchSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("openvswitch"))
	aa, sc := cn.plugSide(c)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	checkGrantsNone(c, aa, anyCapability, `unix.*`, `network.*`)
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/openvswitch/db.sock",
		"file rw /var/run/openvswitch/db.sock",
		"file rw /run/openvswitch/br-int.mgmt",
		"file r /run/openvswitch/",
		"file r /run/openvswitch/ovs-vswitchd.pid",
		"file rw /run/openvswitch/ovs-vswitchd.1234.ctl",
	}, []string{
		"file w /run/openvswitch/ovs-vswitchd.pid",
		"file r /etc/openvswitch/conf.db",
		"file w /etc/openvswitch/conf.db",
		"file r /var/lib/openvswitch/conf.db",
		"file rw /run/openvswitch/sub/db.sock",
		"file rw /run/ovn/ovnnb_db.sock",
		"network netlink raw",
		"capability net_admin",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file rw /run/openvswitch/db.sock"})
}
