// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type iioSuite struct{}

var _ = check.Suite(&iioSuite{})

func (s *iioSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "iio", staticInfo{
		summary: "allows access to a specific IIO device",
		slots:   declGadgetDeviceSlot,
	})
	checkNotRendered(c, "iio", interfaces.BackendUDev)
}

func (s *iioSuite) TestDecisions(c *check.C) {
	base := builtinDeclaration(c)
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		repo := newRepo(c, sys, consumerYaml("iio"), providerYaml(snap.TypeGadget, "iio", "path: /dev/iio:device0"))
		manual, auto := decide(base, sys, repo.Interface("iio"), repo.Plug("consumer", "plug"), repo.Slot("provider", "slot"))
		c.Check(manual, check.Equals, true, check.Commentf("%s", sys))
		c.Check(auto, check.Equals, false, check.Commentf("%s", sys))
		c.Check(installs(c, base, sys, providerYaml(snap.TypeApp, "iio", "path: /dev/iio:device0")), check.Equals, false)
	}
}

const iioSysfs = "/sys/devices/platform/soc/fe804000.i2c/i2c-1/1-0048/"

func (s *iioSuite) TestConnectedPlugNamesTheDeviceOnly(c *check.C) {
	cn := connectToProvider(c, builtin.Core, consumerYaml("iio"),
		providerYaml(snap.TypeGadget, "iio", "path: /dev/iio:device1"))
	aa, sc := cn.plugSide(c)
	c.Check(ruleLines(aa), check.DeepEquals, []string{
		"/dev/iio:device1 rw,",
		"@{sys}/bus/iio/devices/ r,",
		"@{sys}/devices/**/iio:device1/ r,",
		"@{sys}/devices/**/iio:device1/** rw,",
	})
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)

	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/iio:device1",
		"file r /sys/bus/iio/devices/",
		"file r " + iioSysfs + "iio:device1/in_voltage0_raw",
		"file rw " + iioSysfs + "iio:device1/sampling_frequency",
		"file w " + iioSysfs + "iio:device1/buffer/enable",
		"file w " + iioSysfs + "iio:device1/scan_elements/in_voltage0_en",
		"file w " + iioSysfs + "iio:device1/trigger/current_trigger",
	}, []string{
		"file rw /dev/iio:device0",
		"file rw /dev/iio:device10",
		"file r " + iioSysfs + "iio:device10/in_voltage0_raw",
		"file w " + iioSysfs + "iio:device0/buffer/enable",
		"file r " + iioSysfs + "name",
		"file w /sys/bus/iio/devices/iio:device0/buffer/enable",
	})
}

func (s *iioSuite) TestSanitizeSlot(c *check.C) {
	table := []attrCase{
		{attrs{"path": "/dev/iio:device0"}, ""},
		{attrs{"path": "/dev/iio:device12"}, ""},
		{attrs{}, `"path" must be set to an IIO device node, /dev/iio:deviceN`},
		{attrs{"path": []interface{}{"/dev/iio:device0"}}, `"path" must be a string`},
		{attrs{"path": "/dev/iio:device"}, `path "/dev/iio:device" must be an IIO device node, /dev/iio:deviceN`},
		{attrs{"path": "/dev/iio:trigger0"}, `path "/dev/iio:trigger0" must be an IIO device node, .*`},
		{attrs{"path": "/dev/iio"}, `path "/dev/iio" must be an IIO device node, .*`},
		{attrs{"path": "/sys/bus/iio/devices/iio:device0"}, `path "/sys/bus/iio/devices/iio:device0" must be under /dev`},
	}
	for _, v := range injectedPaths {
		table = append(table, attrCase{attrs{"path": v}, `path .*`})
	}
	checkSlotSanitizer(c, "iio", snap.TypeGadget, table)
}

func (s *iioSuite) TestHostileSlotCannotWiden(c *check.C) {
	checkHostileDeviceSlot(c, "iio", "path: /dev/iio:device1", hostileDevicePaths("/dev/iio:device"), []string{
		"file rw /dev/iio:device0",
		"file rw /dev/iio:device2",
		"file w " + iioSysfs + "iio:device0/buffer/enable",
		"file r " + iioSysfs + "iio:device11/in_voltage0_raw",
		"file rw /dev/sda",
	})
}
