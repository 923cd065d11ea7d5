// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type gpioControlSuite struct{ systemSuite }

var _ = check.Suite(&gpioControlSuite{systemSuite{systemCase{
	name:            "gpio-control",
	summary:         "allows control of all aspects of GPIO pins",
	superPrivileged: true,
	appArmor: []string{
		"@{sys}/class/gpio/{export,unexport} w,",
		"@{sys}/devices/**/gpio/gpio[0-9]*/{active_low,direction,edge,value} rw,",
		"/dev/gpiochip[0-9]* rw,",
	},
	mustNotGrant: []string{
		anyCapability,
		`/dev/(gpiomem|mem|kmem|port).*`,
		`(mount|umount|pivot_root)( .*)?,`,
	},
}}})

// A pin driver through sysfs, and libgpiod on the character devices;
// never the registers behind them, other sysfs classes, or the
// controllers' own settings.
func (s *gpioControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("gpio-control"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /sys/class/gpio/",
		"file w /sys/class/gpio/export",
		"file w /sys/class/gpio/unexport",
		"file rw /sys/devices/platform/soc/fe200000.gpio/gpio/gpio17/value",
		"file rw /sys/devices/platform/soc/fe200000.gpio/gpio/gpio17/direction",
		"file rw /sys/devices/platform/soc/fe200000.gpio/gpio/gpio517/edge",
		"file r /sys/devices/platform/soc/fe200000.gpio/gpio/gpiochip512/base",
		"file r /sys/devices/platform/soc/fe200000.gpio/gpiochip0/dev",
		"file r /sys/bus/gpio/devices/",
		"file rw /dev/gpiochip0",
		"file rw /dev/gpiochip12",
	}, []string{
		"file r /sys/class/gpio/export",
		"file w /sys/devices/platform/soc/fe200000.gpio/gpio/gpiochip512/base",
		"file w /sys/devices/platform/soc/fe200000.gpio/gpio/gpio17/uevent",
		"file w /sys/devices/platform/soc/fe200000.gpio/driver_override",
		"file rw /dev/gpiomem",
		"file rw /dev/mem",
		"file rw /dev/gpiochip",
		"file w /sys/class/pwm/pwmchip0/export",
		"capability sys_rawio",
	})
}

func (s *gpioControlSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "gpio-control").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}
