// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type uinputSuite struct{ systemSuite }

var _ = check.Suite(&uinputSuite{systemSuite{systemCase{
	name:            "uinput",
	summary:         "allows creating input devices from user space through uinput",
	superPrivileged: true,
	appArmor:        []string{"/dev/uinput rw,", "/dev/input/uinput rw,"},
	mustNotGrant:    []string{anyCapability, `/dev/(uhid|hidraw|input/event).*`},
}}})

// It creates devices; it reads no real device's events, and no
// device's sysfs beyond the virtual ones.
func (s *uinputSuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	const created = "/sys/devices/virtual/input/input42/"
	cn := connectToSystem(c, builtin.Core, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/uinput",
		"file rw /dev/input/uinput",
		"file r /sys/devices/virtual/input/",
		"file r " + created + "name",
		"file r " + created + "event7/dev",
		"file r /run/udev/data/c10:223",
	}, []string{
		"file r /dev/input/event7",
		"file rw /dev/input/event0",
		"file rw /dev/uhid",
		"file r /sys/devices/platform/i8042/serio0/input/input3/name",
		"file w " + created + "uevent",
		"file r /run/udev/data/c13:64",
	})
}
