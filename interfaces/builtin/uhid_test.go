// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type uhidSuite struct{ systemSuite }

var _ = check.Suite(&uhidSuite{systemSuite{systemCase{
	name:         "uhid",
	summary:      "allows creating HID devices from user space through /dev/uhid",
	appArmor:     []string{"/dev/uhid rw,"},
	mustNotGrant: []string{anyCapability, `/dev/(uinput|input|hidraw).*`},
}}})

// The plug installs anywhere but never connects by itself: creating a
// keyboard types into the session.
func (s *uhidSuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	checkPlugInstall(c, s.name, "", true)
	const created = "/sys/devices/virtual/misc/uhid/0005:046D:B342.0007/"
	cn := connectToSystem(c, builtin.Classic, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/uhid",
		"file r /sys/devices/virtual/misc/uhid/",
		"file r " + created + "uevent",
		"file r " + created + "hidraw/hidraw5/dev",
	}, []string{
		"file w " + created + "uevent",
		"file rw /dev/uinput",
		"file rw /dev/hidraw5",
		"file rw /dev/input/event5",
	})
}
