// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type xilinxDMASuite struct{ systemSuite }

var _ = check.Suite(&xilinxDMASuite{systemSuite{systemCase{
	name:            "xilinx-dma",
	summary:         "allows access to Xilinx DMA IP on a connected PCIe card",
	superPrivileged: true,
	appArmor:        []string{"/dev/xdma[0-9]*_{user,control,bypass,xvc} rw,", "/dev/xdma[0-9]*_events_[0-9]* rw,"},
	mustNotGrant:    []string{anyCapability, `/dev/(mem|vfio|qdma).*`},
}}})

func (s *xilinxDMASuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	const card = "/sys/devices/pci0000:00/0000:00:01.0/0000:01:00.0/"
	cn := connectToSystem(c, builtin.Core, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/xdma0_h2c_0",
		"file rw /dev/xdma0_c2h_3",
		"file rw /dev/xdma1_user",
		"file rw /dev/xdma0_control",
		"file rw /dev/xdma0_bypass",
		"file rw /dev/xdma0_bypass_h2c_0",
		"file rw /dev/xdma0_xvc",
		"file rw /dev/xdma0_events_15",
		"file r /sys/class/xdma/",
		"file r " + card + "xdma/xdma0_user/dev",
	}, []string{
		"file rw /dev/xdma",
		"file rw /dev/mem",
		"file rw /dev/vfio/vfio",
		"file r " + card + "config",
		"file rw " + card + "resource0",
		"file w " + card + "xdma/xdma0_user/uevent",
	})
}
