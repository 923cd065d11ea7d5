// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type nvidiaDriversSupportSuite struct {
	systemSuite
}

var _ = check.Suite(&nvidiaDriversSupportSuite{systemSuite{systemCase{
	name:            "nvidia-drivers-support",
	summary:         "allows setting up the device nodes of NVIDIA's driver",
	superPrivileged: true,
	appArmor:        []string{"capability mknod,", "/{,usr/}bin/mknod ixr,", "@{PROC}/devices r,"},
	secComp: []string{
		"mknod - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xfff00=0xc300",
		"mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xfff00=0xc300",
		"mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xf8000=0x18000",
	},
	// Block devices, set-id nodes and any major of the secComp rules'
	// own making; no node but the driver's.
	mustNotGrant: append(startingWith("mknod - -", "mknod -\n", "mknodat - - -"), ".*S_IFBLK.*", containing("/dev/dri"), containing("/dev/nvidia*"),
		"capability (?:sys_admin|sys_rawio|dac_override).*"),
	reaches: []access{{"/dev/nvidia0", "rw"}, {"/dev/nvidia12", "rw"}, {"/dev/nvidiactl", "rw"}, {"/dev/nvidia-uvm", "rw"}, {"/dev/nvidia-uvm-tools", "rw"}, {"/dev/nvidia-modeset", "rw"}, {"/proc/devices", "r"}},
	mustNotReach: []access{
		{"/dev/nvidia-caps/nvidia-cap1", "rw"}, {"/dev/nvidia0x", "w"}, {"/dev/nvidia1000", "w"}, {"/dev/dri/card0", "rw"},
		{"/dev/mem", "rw"}, {"/dev/sda", "w"}, {"/proc/devices", "w"},
	},
}}})

func (s *nvidiaDriversSupportSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "nvidia-drivers-support").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}

func (s *nvidiaDriversSupportSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("nvidia-drivers-support"))
	cn.checkAccesses(c, plugTag, []string{
		"exec /usr/bin/mknod ix",
		"capability mknod",
		"file w /dev/nvidia3",
		"file rw /dev/nvidiactl",
	}, []string{
		"file w /dev/nvidia",
		"file w /dev/nvidia-evil",
		"file w /dev/mem",
		"file w /dev/dri/renderD128",
		"capability sys_admin",
	})
	cn.checkCompiles(c, "consumer")
}
