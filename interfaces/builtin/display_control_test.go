// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type displayControlSuite struct{ systemSuite }

var _ = check.Suite(&displayControlSuite{systemSuite{systemCase{
	name:     "display-control",
	summary:  "allows configuring display parameters",
	appArmor: []string{"@{sys}/devices/**/backlight/*/{bl_power,brightness} rw,"},
	mustNotGrant: []string{
		anyCapability,
		`/dev/.*`,
	},
}}})

// A brightness daemon reads the range and sets the brightness of a
// laptop's and a board's backlight; it changes no other device, nor the
// backlight's limits.
func (s *displayControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("display-control"))
	const intel = "/sys/devices/pci0000:00/0000:00:02.0/drm/card1/card1-eDP-1/intel_backlight"
	const rpi = "/sys/devices/platform/rpi_backlight/backlight/rpi_backlight"
	cn.checkAccesses(c, plugTag, []string{
		"file r /sys/class/backlight/",
		"file r " + intel + "/max_brightness",
		"file r " + intel + "/actual_brightness",
		"file rw " + intel + "/brightness",
		"file rw " + rpi + "/bl_power",
		"file rw /sys/devices/platform/panel/lcd/panel0/lcd_power",
	}, []string{
		"file w " + intel + "/max_brightness",
		"file w " + intel + "/uevent",
		"file w /sys/devices/pci0000:00/0000:00:02.0/drm/card1/card1-eDP-1/status",
		"file rw /dev/dri/card1",
		"file w /sys/devices/pci0000:00/0000:00:02.0/drm/card1/card1-eDP-1/i2c-5/new_device",
		"file w /sys/class/leds/input3::capslock/brightness",
	})
}
