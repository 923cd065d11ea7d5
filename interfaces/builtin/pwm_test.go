// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type pwmSuite struct{}

var _ = check.Suite(&pwmSuite{})

func (s *pwmSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "pwm", staticInfo{
		summary: "allows access to a specific PWM channel",
		slots:   declGadgetDeviceSlot,
	})
}

func (s *pwmSuite) TestConnectedPlugNamesTheChannelOnly(c *check.C) {
	cc := connectToProvider(c, builtin.Core, consumerYaml("pwm"),
		providerYaml(snap.TypeGadget, "pwm", "chip-number: 2", "channel: 1"))
	aa, sc := cc.plugSide(c)
	checkRules(c, aa,
		"@{sys}/devices/**/pwm/pwmchip2/pwm1/ r,",
		"@{sys}/devices/**/pwm/pwmchip2/pwm1/{capture,duty_cycle,enable,period,polarity} rw,")
	c.Check(aa, check.Not(check.Matches), `(?s).*(export|unexport).*`)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
}

func (s *pwmSuite) TestSanitizeSlot(c *check.C) {
	checkSlotSanitizer(c, "pwm", snap.TypeGadget, []attrCase{
		{map[string]interface{}{"chip-number": int64(0), "channel": int64(1)}, ""},
		{map[string]interface{}{"channel": int64(1)}, `"chip-number" must be set`},
		{map[string]interface{}{"chip-number": int64(0)}, `"channel" must be set`},
		{map[string]interface{}{"chip-number": int64(-3), "channel": int64(1)}, `"chip-number" must be between 0 and 65535, not -3`},
		{map[string]interface{}{"chip-number": int64(0), "channel": int64(70000)}, `"channel" must be between 0 and 65535, not 70000`},
		{map[string]interface{}{"chip-number": "0", "channel": int64(1)}, `"chip-number" must be an integer`},
		{map[string]interface{}{"chip-number": int64(0), "channel": "1/enable rw,\n/** rw"}, `"channel" must be an integer`},
		{map[string]interface{}{"chip-number": int64(0), "channel": 1.0}, `"channel" must be an integer`},
	})
}
