// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type hardwareRandomControlSuite struct{ systemSuite }

var _ = check.Suite(&hardwareRandomControlSuite{systemSuite{systemCase{
	name:         "hardware-random-control",
	summary:      "allows control over the hardware random number generator",
	appArmor:     []string{"/dev/hwrng r,", "@{sys}/devices/virtual/misc/hw_random/{rng_current,rng_quality} rw,"},
	mustNotGrant: []string{anyCapability, `/dev/(u?random) .*`},
}}})

// Choose the generator and its credited quality; the kernel's own pool
// and its entropy accounting stay out of reach.
func (s *hardwareRandomControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("hardware-random-control"))
	const rng = "/sys/devices/virtual/misc/hw_random"
	cn.checkAccesses(c, plugTag, []string{
		"file r /dev/hwrng",
		"file r " + rng + "/rng_available",
		"file rw " + rng + "/rng_current",
		"file rw " + rng + "/rng_quality",
	}, []string{
		"file w /dev/hwrng",
		"file w " + rng + "/rng_available",
		"file w " + rng + "/uevent",
		"file w /proc/sys/kernel/random/write_wakeup_threshold",
		"capability sys_admin",
	})
}

func (s *hardwareRandomControlSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "hardware-random-control").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}
