// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type fpgaSuite struct{ systemSuite }

var _ = check.Suite(&fpgaSuite{systemSuite{systemCase{
	name:    "fpga",
	summary: "allows programming and using FPGAs through the kernel's FPGA framework",
	appArmor: []string{
		"@{sys}/devices/**/fpga_manager/fpga[0-9]*/{flags,firmware,key} w,",
		"/sys/kernel/config/device-tree/overlays/*/{path,dtbo,status} rw,",
		"/dev/dfl-fme.[0-9]* rw,",
	},
	mustNotGrant: []string{anyCapability, `/lib/firmware.*`, `/sys/kernel/config/\*\*.*`},
	reaches: []access{
		{"/sys/devices/platform/axi/axi:fpga-full/fpga_manager/fpga0/state", "r"},
		{"/sys/devices/platform/axi/axi:fpga-full/fpga_manager/fpga0/firmware", "w"},
		{"/sys/kernel/config/device-tree/overlays/accel/path", "w"},
		{"/dev/dfl-port.0", "rw"},
	},
	mustNotReach: []access{
		{"/sys/devices/platform/axi/axi:fpga-full/fpga_manager/fpga0/state", "w"},
		{"/lib/firmware/design.bit.bin", "w"},
		{"/sys/kernel/config/usb_gadget/g1/UDC", "w"},
	},
}}})

// Programming a bitstream through the manager or an overlay, and using
// a DFL card; not writing the firmware directory, nor configfs outside
// the overlays.
func (s *fpgaSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("fpga"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /sys/class/fpga_manager/",
		"file r /sys/devices/platform/soc/ff706000.fpgamgr/fpga_manager/fpga0/name",
		"file w /sys/devices/platform/soc/ff706000.fpgamgr/fpga_manager/fpga0/flags",
		"file r /sys/devices/platform/soc/soc:fpga-bridge@ff400000/fpga_bridge/br0/state",
		"file r /sys/devices/platform/soc/soc:base-fpga-region/fpga_region/region0/compat_id",
		"file rw /sys/kernel/config/device-tree/overlays/accel/",
		"file w /sys/kernel/config/device-tree/overlays/accel/dtbo",
		"file r /sys/kernel/config/device-tree/overlays/accel/status",
		"file rw /dev/dfl-fme.0",
	}, []string{
		"file w /sys/devices/platform/soc/soc:fpga-bridge@ff400000/fpga_bridge/br0/state",
		"file w /sys/devices/platform/soc/ff706000.fpgamgr/fpga_manager/fpga0/name",
		"file w /lib/firmware/design.rbf",
		"file w /sys/kernel/config/device-tree/overlays/accel/sub/path",
		"file w /sys/kernel/config/usb_gadget/g1/UDC",
		"file rw /dev/mem",
		"file rw /dev/uio0",
	})
}
