// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type broadcomASICControlSuite struct{ systemSuite }

var _ = check.Suite(&broadcomASICControlSuite{systemSuite{systemCase{
	name:    "broadcom-asic-control",
	summary: "allows using the Broadcom switch ASIC through its SDK's kernel modules",
	appArmor: []string{
		"/dev/linux-user-bde rw,",
		"/dev/linux-kernel-bde rw,",
		"/dev/linux-bcm-knet rw,",
	},
	mustNotGrant: []string{anyCapability, `/dev/(mem|kmem|port).*`, `@\{sys\}/(bus|devices).*`},
	reaches: []access{
		{"/dev/linux-user-bde", "rw"},
		{"/proc/linux-kernel-bde", "r"},
		{"/proc/bcm/knet/stats", "r"},
		{"/sys/module/linux_bcm_knet/parameters/use_rx_skb", "r"},
	},
	mustNotReach: []access{
		{"/proc/bcm/knet/debug", "w"},
		{"/sys/module/linux_bcm_knet/parameters/use_rx_skb", "w"},
		{"/sys/module/nvidia/parameters/x", "r"},
	},
}}})

// The SDK's nodes and what its modules report; no other module's
// settings, and nothing written to them.
func (s *broadcomASICControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("broadcom-asic-control"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/linux-user-bde",
		"file rw /dev/linux-kernel-bde",
		"file rw /dev/linux-bcm-knet",
		"file r /proc/linux-user-bde",
		"file r /proc/bcm/knet/link",
		"file r /sys/module/linux_user_bde/parameters/dmasize",
	}, []string{
		"file w /proc/linux-user-bde",
		"file w /sys/module/linux_user_bde/parameters/dmasize",
		"file r /sys/module/kvm/parameters/nested",
		"file rw /dev/mem",
		"file rw /dev/linux-user-bde0",
		"capability sys_rawio",
	})
}

func (s *broadcomASICControlSuite) TestLeavesModulesAndUDevToTheDaemon(c *check.C) {
	c.Check(ifaceByName(c, "broadcom-asic-control").StaticInfo().NotRendered, check.DeepEquals,
		[]string{interfaces.BackendKMod, interfaces.BackendUDev})
}
