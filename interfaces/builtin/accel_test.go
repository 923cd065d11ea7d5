// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type accelSuite struct{ referenceSuite }

var _ = check.Suite(&accelSuite{referenceSuite{referenceCase{
	name:         "accel",
	summary:      "allows access to the compute accelerators of the kernel's accel subsystem",
	plugAppArmor: []string{"/dev/accel/accel[0-9]* rw,", "@{sys}/class/accel/ r,"},
	mustNotGrant: []string{"/dev/dri", "capability", "@{sys}/devices/** "},
}}})

// Plugs auto-connect to the system's slot, which only the system
// carries.
func (s *accelSuite) TestDeclaration(c *check.C) {
	checkStaticInfo(c, "accel", staticInfo{
		summary:           s.summary,
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots:             declSystemSlot,
	})
	checkNotRendered(c, "accel", interfaces.BackendUDev)
	checkDecisions(c, "accel", []decision{
		{manual: true, auto: true},
		{core: true, manual: true, auto: true},
	})
}

func (s *accelSuite) TestAccesses(c *check.C) {
	const npu = "/sys/devices/pci0000:00/0000:00:0b.0/accel/accel0/"
	cn := connectToSystem(c, builtin.Classic, consumerYaml("accel"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /dev/accel/",
		"file rw /dev/accel/accel0",
		"file rw /dev/accel/accel12",
		"file r /sys/class/accel/",
		"file r " + npu,
		"file r " + npu + "dev",
		"file r " + npu + "uevent",
		"file r /run/udev/data/c261:0",
	}, []string{
		"file w " + npu + "uevent",
		"file rw /dev/accel/other",
		"file rw /dev/dri/renderD128",
		"file rw /dev/dri/card0",
		"file r /sys/devices/pci0000:00/0000:00:0b.0/config",
		"file r /run/udev/data/c226:128",
		"capability sys_admin",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file rw /dev/accel/accel0"})
}
