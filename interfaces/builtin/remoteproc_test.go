// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type remoteprocSuite struct{ systemSuite }

var _ = check.Suite(&remoteprocSuite{systemSuite{systemCase{
	name:            "remoteproc",
	summary:         "allows access to remote processors",
	superPrivileged: true,
	appArmor: []string{
		"@{sys}/devices/**/remoteproc/remoteproc[0-9]*/{coredump,firmware,recovery,state} rw,",
		"/dev/remoteproc[0-9]* rw,",
	},
	mustNotGrant: []string{
		anyCapability,
		// The firmware files are the kernel's to read, and the search
		// path is kernel-firmware-control's.
		`.*/lib/firmware.*`,
		`.*firmware_class.*`,
	},
}}})

// Load firmware into an i.MX 8M's Cortex-M4 and start it, by sysfs and
// by the character device; never the firmware files, the kernel's
// search path, or other devices' settings.
func (s *remoteprocSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("remoteproc"))
	const rproc = "/sys/devices/platform/imx8mp-cm7/remoteproc/remoteproc0"
	cn.checkAccesses(c, plugTag, []string{
		"file r /sys/class/remoteproc/",
		"file r " + rproc + "/name",
		"file rw " + rproc + "/firmware",
		"file rw " + rproc + "/state",
		"file rw " + rproc + "/recovery",
		"file rw /dev/remoteproc0",
	}, []string{
		"file w " + rproc + "/name",
		"file w " + rproc + "/uevent",
		"file w /sys/devices/platform/imx8mp-cm7/driver_override",
		"file w /sys/module/firmware_class/parameters/path",
		"file w /lib/firmware/imx8mp_m7.elf",
		"file rw /dev/rpmsg_ctrl0",
		"file rw /dev/mem",
	})
}

func (s *remoteprocSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "remoteproc").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}
