// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type deviceButtonsSuite struct{ systemSuite }

var _ = check.Suite(&deviceButtonsSuite{systemSuite{systemCase{
	name:     "device-buttons",
	summary:  "allows access to device buttons as input events",
	appArmor: []string{"/dev/input/event[0-9]* r,"},
	mustNotGrant: []string{
		anyCapability,
		writesFiles,
		`/dev/uinput.*`,
		`/dev/input/(js|mouse|mice).*`,
	},
}}})

// A button daemon reads the gpio-keys device's events and finds it in
// sysfs; it injects no events and reaches no other input node.
func (s *deviceButtonsSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("device-buttons"))
	const keys = "/sys/devices/platform/gpio-keys/input/input0"
	cn.checkAccesses(c, plugTag, []string{
		"file r /dev/input/",
		"file r /dev/input/by-path/",
		"file r /dev/input/event0",
		"file r /dev/input/event12",
		"file r /sys/class/input/",
		"file r " + keys + "/",
		"file r " + keys + "/name",
		"file r " + keys + "/capabilities/key",
		"file r " + keys + "/event0/dev",
		"file r /run/udev/data/c13:64",
	}, []string{
		"file w /dev/input/event0",
		"file r /dev/input/mice",
		"file r /dev/input/js0",
		"file rw /dev/uinput",
		"file w " + keys + "/inhibited",
		"file w /sys/devices/platform/gpio-keys/disabled_keys",
		"file r /run/udev/data/b8:0",
	})
}

func (s *deviceButtonsSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "device-buttons").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}
