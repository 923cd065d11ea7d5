// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type acrnSupportSuite struct{ systemSuite }

var _ = check.Suite(&acrnSupportSuite{systemSuite{systemCase{
	name:         "acrn-support",
	summary:      "allows operating as the ACRN hypervisor's device model",
	appArmor:     []string{"/dev/acrn_hsm rw,", "/dev/acrn_vhm rw,"},
	mustNotGrant: []string{anyCapability, `/dev/(kvm|mem|.*\*.*) .*`, `@\{sys\}.*`},
	reaches:      []access{{"/dev/acrn_hsm", "rw"}, {"/dev/acrn_vhm", "rw"}},
	mustNotReach: []access{{"/dev/kvm", "r"}, {"/dev/acrn_hsm0", "r"}},
}}})

// The device model opens the HSM node; it gets no other device, and no
// capability.
func (s *acrnSupportSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("acrn-support"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/acrn_hsm",
		"file rw /dev/acrn_vhm",
	}, []string{
		"file rw /dev/kvm",
		"file rw /dev/mem",
		"file rw /dev/acrn_hsm_1",
		"file rwx /dev/acrn_hsm",
		"capability sys_admin",
		"capability sys_rawio",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file rw /dev/acrn_hsm"})
}

func (s *acrnSupportSuite) TestLeavesUDevToTheDaemon(c *check.C) {
	c.Check(ifaceByName(c, "acrn-support").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}
