// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type canBusSuite struct{ systemSuite }

var _ = check.Suite(&canBusSuite{systemSuite{systemCase{
	name:         "can-bus",
	summary:      "allows communicating on CAN buses through SocketCAN",
	appArmor:     []string{"network can raw,", "network can dgram,"},
	secComp:      []string{"socket AF_CAN"},
	mustNotGrant: []string{anyCapability, writesFiles, `socket AF_(PACKET|NETLINK).*`, `network (packet|netlink).*`},
}}})

// candump and cansend open CAN sockets; configuring the bus (net_admin,
// route netlink for "ip link") is not theirs.
func (s *canBusSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("can-bus"))
	cn.checkAccesses(c, plugTag, []string{
		"network can raw",
		"network can dgram",
	}, []string{
		"network packet raw",
		"network bluetooth raw",
		"network netlink raw",
		"capability net_admin",
		"capability net_raw",
		"file w /sys/class/net/can0/tx_queue_len",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"network can raw"})
}
