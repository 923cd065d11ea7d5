// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type rawInputSuite struct{ systemSuite }

var _ = check.Suite(&rawInputSuite{systemSuite{systemCase{
	name:         "raw-input",
	summary:      "allows access to raw input devices",
	appArmor:     []string{"/dev/input/event[0-9]* rw,", "network netlink raw,"},
	secComp:      []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT"},
	mustNotGrant: []string{anyCapability, `/dev/(uinput|uhid|hidraw|tty).*`, `.*/input/js.*`},
}}})

// Every evdev and mousedev node and what finding them takes; creating
// devices (uinput), the joysticks' nodes and consoles stay out.
func (s *rawInputSuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	const kbd = "/sys/devices/platform/i8042/serio0/input/input3/"
	cn := connectToSystem(c, builtin.Classic, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file r /dev/input/",
		"file r /dev/input/by-id/",
		"file rw /dev/input/event0",
		"file rw /dev/input/event17",
		"file r /dev/input/mice",
		"file r /dev/input/mouse0",
		"file r /sys/class/input/",
		"file r " + kbd + "name",
		"file r " + kbd + "capabilities/key",
		"file r " + kbd + "event3/dev",
		"file r /run/udev/data/c13:67",
		"file r /run/udev/data/+input:input3",
		"network netlink raw",
	}, []string{
		"file rw /dev/uinput",
		"file rw /dev/uhid",
		"file rw /dev/hidraw0",
		"file rw /dev/input/js0",
		"file rw /dev/tty1",
		"file w " + kbd + "inhibited",
		"file r /run/udev/data/c189:1",
		"network inet stream",
	})
}
