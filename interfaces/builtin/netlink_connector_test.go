// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type netlinkConnectorSuite struct{ systemSuite }

var _ = check.Suite(&netlinkConnectorSuite{systemSuite{systemCase{
	name:         "netlink-connector",
	summary:      "allows communicating with kernel drivers through the netlink connector",
	appArmor:     []string{"network netlink dgram,", "network netlink raw,"},
	secComp:      []string{"socket AF_NETLINK - NETLINK_CONNECTOR"},
	mustNotGrant: []string{anyCapability, writesFiles, `socket AF_NETLINK - NETLINK_(AUDIT|GENERIC|KOBJECT_UEVENT).*`, `socket AF_NETLINK$`},
}}})

func (s *netlinkConnectorSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("netlink-connector"))
	cn.checkAccesses(c, plugTag, []string{
		"network netlink dgram",
		"network netlink raw",
	}, []string{
		"capability net_admin",
		"network packet raw",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"network netlink dgram"})
}
