// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type powerControlSuite struct{ systemSuite }

var _ = check.Suite(&powerControlSuite{systemSuite{systemCase{
	name:     "power-control",
	summary:  "allows setting system power settings",
	appArmor: []string{"@{sys}/devices/**/power/{autosuspend_delay_ms,control,wakeup} w,"},
	mustNotGrant: []string{
		anyCapability,
		`.*/sys/power/.*`,
	},
}}})

// A tuning daemon reads every device's runtime power management and
// sets its wake-up and autosuspend; it cannot suspend or power off the
// machine.
func (s *powerControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("power-control"))
	const usb = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/power"
	cn.checkAccesses(c, plugTag, []string{
		"file r " + usb + "/",
		"file r " + usb + "/runtime_status",
		"file rw " + usb + "/control",
		"file rw " + usb + "/wakeup",
		"file rw " + usb + "/autosuspend_delay_ms",
	}, []string{
		"file w " + usb + "/runtime_status",
		"file w " + usb + "/wakeup_count",
		"file w /sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/authorized",
		"file w /sys/power/state",
		"file w /sys/power/disk",
		"file r /sys/power/image_size",
	})
}
