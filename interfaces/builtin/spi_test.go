// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type spiSuite struct{}

var _ = check.Suite(&spiSuite{})

func (s *spiSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "spi", staticInfo{
		summary: "allows access to a specific SPI device",
		slots:   declGadgetDeviceSlot,
	})
}

func (s *spiSuite) TestConnectedPlugNamesTheDeviceOnly(c *check.C) {
	cc := connectToProvider(c, builtin.Core, consumerYaml("spi"),
		providerYaml(snap.TypeGadget, "spi", "path: /dev/spidev0.1"))
	aa, sc := cc.plugSide(c)
	checkRules(c, aa, "/dev/spidev0.1 rw,")
	c.Check(lines(aa), check.HasLen, 3)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
}

func (s *spiSuite) TestSanitizeSlot(c *check.C) {
	table := []attrCase{
		{map[string]interface{}{"path": "/dev/spidev0.0"}, ""},
		{map[string]interface{}{"path": "/dev/spidev12.3"}, ""},
		{map[string]interface{}{}, `"path" must be set to an spidev node, /dev/spidevB.C \(bus B, chip select C\)`},
		{map[string]interface{}{"path": []interface{}{"/dev/spidev0.0"}}, `"path" must be a string`},
		{map[string]interface{}{"path": "/dev/spidev0"}, `path "/dev/spidev0" must be an spidev node, /dev/spidevB.C \(bus B, chip select C\)`},
		{map[string]interface{}{"path": "/dev/spidev0.0.1"}, `path "/dev/spidev0.0.1" must be an spidev node, .*`},
		{map[string]interface{}{"path": "/dev/i2c-0"}, `path "/dev/i2c-0" must be an spidev node, .*`},
		{map[string]interface{}{"path": "/sys/spidev0.0"}, `path "/sys/spidev0.0" must be under /dev`},
	}
	for _, v := range injectedPaths {
		table = append(table, attrCase{map[string]interface{}{"path": v}, `path .*`})
	}
	checkSlotSanitizer(c, "spi", snap.TypeGadget, table)
}
