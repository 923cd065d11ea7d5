// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type gpioSuite struct{}

var _ = check.Suite(&gpioSuite{})

func (s *gpioSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "gpio", staticInfo{
		summary: "allows access to a specific GPIO pin",
		slots:   declGadgetDeviceSlot,
	})
}

func (s *gpioSuite) TestConnectedPlugNamesThePinOnly(c *check.C) {
	cc := connectToProvider(c, builtin.Core, consumerYaml("gpio"),
		providerYaml(snap.TypeGadget, "gpio", "number: 17"))
	aa, sc := cc.plugSide(c)
	checkRules(c, aa,
		"@{sys}/devices/**/gpio/gpio17/ r,",
		"@{sys}/devices/**/gpio/gpio17/{active_low,direction,edge,value} rw,")
	c.Check(aa, check.Not(check.Matches), `(?s).*/gpio/(export|unexport).*`)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
}

func (s *gpioSuite) TestSanitizeSlot(c *check.C) {
	checkSlotSanitizer(c, "gpio", snap.TypeGadget, []attrCase{
		{map[string]interface{}{"number": int64(0)}, ""},
		{map[string]interface{}{"number": int64(512)}, ""},
		{map[string]interface{}{}, `"number" must be set`},
		{map[string]interface{}{"number": int64(-1)}, `"number" must be between 0 and 65535, not -1`},
		{map[string]interface{}{"number": int64(65536)}, `"number" must be between 0 and 65535, not 65536`},
		{map[string]interface{}{"number": "17"}, `"number" must be an integer`},
		{map[string]interface{}{"number": "17/value rw,\n/** rw"}, `"number" must be an integer`},
		{map[string]interface{}{"number": 17.5}, `"number" must be an integer`},
		{map[string]interface{}{"number": true}, `"number" must be an integer`},
	})
}
