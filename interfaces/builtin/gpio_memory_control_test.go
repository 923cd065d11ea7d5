// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type gpioMemoryControlSuite struct{ systemSuite }

var _ = check.Suite(&gpioMemoryControlSuite{systemSuite{systemCase{
	name:         "gpio-memory-control",
	summary:      "allows write access to all gpio memory",
	appArmor:     []string{"/dev/gpiomem rw,", "/dev/gpiomem[0-9]* rw,"},
	mustNotGrant: []string{anyCapability, `/dev/(mem|kmem|port) .*`, `/dev/gpiochip.*`},
	reaches:      []access{{"/dev/gpiomem", "rw"}, {"/dev/gpiomem4", "rw"}},
	mustNotReach: []access{{"/dev/mem", "r"}, {"/dev/gpiochip0", "r"}},
}}})

// The GPIO block's registers, and no other physical memory.
func (s *gpioMemoryControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("gpio-memory-control"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/gpiomem",
		"file rw /dev/gpiomem0",
		"file rw /dev/gpiomem4",
	}, []string{
		"file r /dev/mem",
		"file r /dev/kmem",
		"file rw /dev/gpiochip0",
		"file w /sys/class/gpio/export",
		"capability sys_rawio",
	})
}

func (s *gpioMemoryControlSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "gpio-memory-control").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}
