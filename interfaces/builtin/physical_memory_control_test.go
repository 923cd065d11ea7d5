// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type physicalMemoryControlSuite struct{ systemSuite }

var _ = check.Suite(&physicalMemoryControlSuite{systemSuite{systemCase{
	name:     "physical-memory-control",
	summary:  "allows write access to physical memory",
	appArmor: []string{"/dev/mem rw,", "capability sys_rawio,"},
	mustNotGrant: []string{
		`/dev/(kmem|port) .*`,
		`capability (sys_admin|sys_module),`,
		`ioperm|iopl`,
	},
	reaches:      []access{{"/dev/mem", "rw"}},
	mustNotReach: []access{{"/dev/kmem", "r"}, {"/dev/port", "rw"}},
}}})

// /dev/mem read and written, with the capability the kernel asks for;
// not the kernel's virtual memory, I/O ports or module loading.
func (s *physicalMemoryControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("physical-memory-control"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/mem",
		"capability sys_rawio",
	}, []string{
		"file r /dev/kmem",
		"file rw /dev/port",
		"file r /proc/kcore",
		"capability sys_admin",
		"capability sys_module",
	})
}

func (s *physicalMemoryControlSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "physical-memory-control").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}
