// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type hardwareRandomObserveSuite struct{ systemSuite }

var _ = check.Suite(&hardwareRandomObserveSuite{systemSuite{systemCase{
	name:         "hardware-random-observe",
	summary:      "allows reading from hardware random number generator",
	appArmor:     []string{"/dev/hwrng r,"},
	mustNotGrant: []string{anyCapability, writesFiles},
}}})

// rngtest reads the generator and the generators' list; it changes
// nothing.
func (s *hardwareRandomObserveSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("hardware-random-observe"))
	const rng = "/sys/devices/virtual/misc/hw_random"
	cn.checkAccesses(c, plugTag, []string{
		"file r /dev/hwrng",
		"file r " + rng + "/rng_available",
		"file r " + rng + "/rng_current",
		"file r " + rng + "/rng_quality",
	}, []string{
		"file w /dev/hwrng",
		"file w " + rng + "/rng_current",
		"file w " + rng + "/rng_quality",
		"file w /proc/sys/kernel/random/write_wakeup_threshold",
		"capability sys_admin",
	})
}

func (s *hardwareRandomObserveSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "hardware-random-observe").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}
