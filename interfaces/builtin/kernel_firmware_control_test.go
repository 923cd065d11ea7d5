// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type kernelFirmwareControlSuite struct{ systemSuite }

var _ = check.Suite(&kernelFirmwareControlSuite{systemSuite{systemCase{
	name:            "kernel-firmware-control",
	summary:         "allows setting the kernel firmware search path",
	superPrivileged: true,
	appArmor:        []string{"@{sys}/module/firmware_class/parameters/path rw,"},
	mustNotGrant:    []string{anyCapability, `.*/lib/firmware.*`},
}}})

// The search path parameter and nothing else: not other modules'
// parameters, nor the system's firmware files.
func (s *kernelFirmwareControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("kernel-firmware-control"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /sys/module/firmware_class/parameters/path",
	}, []string{
		"file w /sys/module/firmware_class/uevent",
		"file w /sys/module/usbcore/parameters/autosuspend",
		"file w /lib/firmware/regulatory.db",
		"file w /usr/lib/firmware/imx8mp_m7.elf",
		"capability sys_module",
	})
}

func (s *kernelFirmwareControlSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "kernel-firmware-control").StaticInfo().NotRendered, check.HasLen, 0)
}
