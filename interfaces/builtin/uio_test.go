// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type uioSuite struct{}

var _ = check.Suite(&uioSuite{})

func (s *uioSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "uio", staticInfo{
		summary: "allows access to a specific UIO device",
		slots:   declGadgetDeviceSlot,
	})
	checkNotRendered(c, "uio", interfaces.BackendUDev)
}

func (s *uioSuite) TestDecisions(c *check.C) {
	base := builtinDeclaration(c)
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		repo := newRepo(c, sys, consumerYaml("uio"), providerYaml(snap.TypeGadget, "uio", "path: /dev/uio0"))
		manual, auto := decide(base, sys, repo.Interface("uio"), repo.Plug("consumer", "plug"), repo.Slot("provider", "slot"))
		c.Check(manual, check.Equals, true, check.Commentf("%s", sys))
		c.Check(auto, check.Equals, false, check.Commentf("%s", sys))
		c.Check(installs(c, base, sys, providerYaml(snap.TypeApp, "uio", "path: /dev/uio0")), check.Equals, false)
	}
}

const uioSysfs = "/sys/devices/platform/axi/a0000000.fpga/uio/"

func (s *uioSuite) TestConnectedPlugNamesTheDeviceOnly(c *check.C) {
	cn := connectToProvider(c, builtin.Core, consumerYaml("uio"),
		providerYaml(snap.TypeGadget, "uio", "path: /dev/uio2"))
	aa, sc := cn.plugSide(c)
	c.Check(ruleLines(aa), check.DeepEquals, []string{
		"/dev/uio2 rw,",
		"@{sys}/devices/**/uio/uio2/ r,",
		"@{sys}/devices/**/uio/uio2/** r,",
	})
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)

	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/uio2",
		"file r " + uioSysfs + "uio2/name",
		"file r " + uioSysfs + "uio2/maps/map0/addr",
		"file r " + uioSysfs + "uio2/maps/map0/size",
	}, []string{
		"file rw /dev/uio1",
		"file rw /dev/uio20",
		"file r " + uioSysfs + "uio1/maps/map0/addr",
		"file w " + uioSysfs + "uio2/maps/map0/addr",
		"file rw /dev/mem",
	})
}

func (s *uioSuite) TestSanitizeSlot(c *check.C) {
	table := []attrCase{
		{attrs{"path": "/dev/uio0"}, ""},
		{attrs{"path": "/dev/uio31"}, ""},
		{attrs{}, `"path" must be set to a UIO device node, /dev/uioN`},
		{attrs{"path": true}, `"path" must be a string`},
		{attrs{"path": "/dev/uio"}, `path "/dev/uio" must be a UIO device node, /dev/uioN`},
		{attrs{"path": "/dev/uio0p1"}, `path "/dev/uio0p1" must be a UIO device node, .*`},
		{attrs{"path": "/dev/mem"}, `path "/dev/mem" must be a UIO device node, .*`},
		{attrs{"path": "/tmp/uio0"}, `path "/tmp/uio0" must be under /dev`},
	}
	for _, v := range injectedPaths {
		table = append(table, attrCase{attrs{"path": v}, `path .*`})
	}
	checkSlotSanitizer(c, "uio", snap.TypeGadget, table)
}

func (s *uioSuite) TestHostileSlotCannotWiden(c *check.C) {
	checkHostileDeviceSlot(c, "uio", "path: /dev/uio2", hostileDevicePaths("/dev/uio"), []string{
		"file rw /dev/uio0",
		"file rw /dev/uio3",
		"file r " + uioSysfs + "uio0/maps/map0/addr",
		"file rw /dev/mem",
		"file rw /dev/sda",
	})
}
