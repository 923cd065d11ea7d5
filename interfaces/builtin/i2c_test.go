// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type i2cSuite struct{}

var _ = check.Suite(&i2cSuite{})

func (s *i2cSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "i2c", staticInfo{
		summary: "allows access to a specific I2C bus or device",
		slots:   declGadgetDeviceSlot,
	})
}

func (s *i2cSuite) TestConnectedPlugNamesTheBusOnly(c *check.C) {
	cc := connectToProvider(c, builtin.Core, consumerYaml("i2c"),
		providerYaml(snap.TypeGadget, "i2c", "path: /dev/i2c-3"))
	aa, sc := cc.plugSide(c)
	checkRules(c, aa, "/dev/i2c-3 rw,", "@{sys}/devices/**/i2c-3/name r,")
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
}

func (s *i2cSuite) TestConnectedPlugNamesTheDeviceOnly(c *check.C) {
	cc := connectToProvider(c, builtin.Core, consumerYaml("i2c"),
		providerYaml(snap.TypeGadget, "i2c", "sysfs-name: 1-0050"))
	aa, _ := cc.plugSide(c)
	checkRules(c, aa,
		"@{sys}/devices/**/i2c-[0-9]*/1-0050/ r,",
		"@{sys}/devices/**/i2c-[0-9]*/1-0050/** rw,")
	c.Check(aa, check.Not(check.Matches), `(?s).*/dev/i2c.*`)
	checkExplained(c, aa)
}

func (s *i2cSuite) TestSanitizeSlot(c *check.C) {
	table := []attrCase{
		{map[string]interface{}{"path": "/dev/i2c-0"}, ""},
		{map[string]interface{}{"path": "/dev/i2c-17"}, ""},
		{map[string]interface{}{"sysfs-name": "1-0050"}, ""},
		{map[string]interface{}{"sysfs-name": "i2c-ELAN0000:00"}, ""},
		{map[string]interface{}{}, `"path" must be set to an I2C adapter's node, /dev/i2c-N \(or "sysfs-name" set to a device's name\)`},
		{map[string]interface{}{"path": "/dev/i2c-1", "sysfs-name": "1-0050"}, `"path" and "sysfs-name" cannot both be set`},
		{map[string]interface{}{"path": "/dev/i2c"}, `path "/dev/i2c" must be an I2C adapter's node, .*`},
		{map[string]interface{}{"path": "/dev/i2c-1a"}, `path "/dev/i2c-1a" must be an I2C adapter's node, .*`},
		{map[string]interface{}{"path": "/dev/spidev0.0"}, `path "/dev/spidev0.0" must be an I2C adapter's node, .*`},
		{map[string]interface{}{"sysfs-name": int64(50)}, `"sysfs-name" must be a string`},
		{map[string]interface{}{"sysfs-name": ""}, `sysfs-name cannot be empty`},
		{map[string]interface{}{"sysfs-name": "1-50"}, `sysfs-name "1-50" must name an I2C device, such as 1-0050 \(bus 1, address 0x50\)`},
		{map[string]interface{}{"sysfs-name": "i2c-1"}, `sysfs-name "i2c-1" must name an I2C device, .*`},
		{map[string]interface{}{"sysfs-name": "../../1-0050"}, `sysfs-name "../../1-0050" must name an I2C device, .*`},
		{map[string]interface{}{"sysfs-name": "1-0050/../.."}, `sysfs-name "1-0050/../.." must name an I2C device, .*`},
		{map[string]interface{}{"sysfs-name": "1-0050/** rw,\n/**"}, `sysfs-name .* contains a control character`},
		{map[string]interface{}{"sysfs-name": "1-0050, /** rw"}, `sysfs-name .* contains ",", which AppArmor would not read as a literal`},
		{map[string]interface{}{"sysfs-name": "1-005*"}, `sysfs-name .* contains "\*", .*`},
		{map[string]interface{}{"sysfs-name": "1-{0050,0051}"}, `sysfs-name .* contains "{", .*`},
		{map[string]interface{}{"sysfs-name": "@{HOME}"}, `sysfs-name .* contains "@", .*`},
		{map[string]interface{}{"sysfs-name": "\"1-0050\""}, `sysfs-name .* contains "\\"", .*`},
	}
	for _, v := range injectedPaths {
		table = append(table, attrCase{map[string]interface{}{"path": v}, `path .*`})
	}
	checkSlotSanitizer(c, "i2c", snap.TypeGadget, table)
}
