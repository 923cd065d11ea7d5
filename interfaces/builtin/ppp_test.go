// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type pppSuite struct{ systemSuite }

var _ = check.Suite(&pppSuite{systemSuite{systemCase{
	name:    "ppp",
	summary: "allows operating as the ppp service",
	appArmor: []string{
		"/dev/ppp rw,",
		"capability net_admin,",
		"/dev/tty{USB,ACM}[0-9]* rwk,",
		"/etc/ppp/** r,",
	},
	mustNotGrant: []string{
		`capability (sys_admin|net_raw|sys_module).*`,
		// PPPoE is network-control's; on-board UARTs are serial-port's.
		`network (pppox|packet).*`,
		`/dev/tty(S|AMA|[0-9]).*`,
	},
	reaches: []access{
		{"/dev/ppp", "rw"},
		{"/dev/ttyUSB2", "rwk"},
		{"/run/lock/LCK..ttyUSB2", "rwk"},
		{"/etc/ppp/chap-secrets", "r"},
		{"/etc/ppp/peers/provider", "r"},
		{"/run/ppp0.pid", "w"},
	},
	mustNotReach: []access{
		{"/etc/ppp/chap-secrets", "w"},
		{"/etc/ppp/peers/provider", "w"},
		{"/dev/ttyS0", "rw"},
		{"/dev/tty1", "rw"},
		{"/run/lock/LCK..ttyS0", "w"},
	},
}}})

// pppd over a USB modem: the PPP node, the modem and its lock, its
// configuration and scripts; not the host's console or other serial
// ports, nor the host's own resolver configuration.
func (s *pppSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("ppp"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/ppp",
		"capability net_admin",
		"network inet dgram",
		"file rwk /dev/ttyACM0",
		"file rwk /run/lock/LCK..ttyACM0",
		"file r /etc/ppp/options",
		"file r /etc/ppp/pap-secrets",
		"file w /etc/ppp/resolv.conf",
		"exec /etc/ppp/ip-up ix",
		"exec /etc/ppp/ip-up.d/0000usepeerdns ix",
		"file rw /run/ppp0.pid",
		"file rwk /run/pppd2.tdb",
	}, []string{
		"file w /etc/ppp/options",
		"file w /etc/ppp/ip-up",
		"file w /etc/resolv.conf",
		"file rw /dev/ttyS0",
		"file rw /dev/tty1",
		"file rw /dev/net/tun",
		"network pppox",
		"network packet raw",
		"capability sys_admin",
	})
}

func (s *pppSuite) TestLeavesModulesAndUDevToTheDaemon(c *check.C) {
	c.Check(ifaceByName(c, "ppp").StaticInfo().NotRendered, check.DeepEquals,
		[]string{interfaces.BackendKMod, interfaces.BackendUDev})
}
