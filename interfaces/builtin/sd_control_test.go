// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type sdControlSuite struct{}

var _ = check.Suite(&sdControlSuite{})

func (s *sdControlSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "sd-control", staticInfo{
		summary:           "allows controlling SD cards on certain boards",
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
	c.Check(ifaceByName(c, "sd-control").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}

func (s *sdControlSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "sd-control", "", false)
	checkPlugInstall(c, "sd-control", "flavor: dual-sd", false)
	checkDecisions(c, "sd-control", []decision{
		{manual: true},
		{plugAttrs: "flavor: dual-sd", manual: true},
		{plugAttrs: "flavor: dual-sd", core: true, manual: true},
	})
}

// A bare plug gets nothing; the dual-sd flavor gets the DualSD node
// and nothing else.
func (s *sdControlSuite) TestFlavors(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("sd-control"))
	cn.checkNoPolicy(c, "consumer")

	cn = connectToSystem(c, builtin.Core, consumerYaml("sd-control", "flavor: dual-sd"))
	aa, sc := cn.plugSide(c)
	c.Check(ruleLines(aa), check.DeepEquals, []string{"/dev/DualSD rw,"})
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	cn.checkAccesses(c, plugTag, []string{"file rw /dev/DualSD"}, []string{
		"file rw /dev/mmcblk0",
		"file rw /dev/mmcblk1p1",
		"file w /sys/bus/platform/drivers/sdhci/unbind",
	})
}

func (s *sdControlSuite) TestSanitizePlug(c *check.C) {
	rows := []attrCase{
		{nil, ""},
		{attrs{"flavor": "dual-sd"}, ""},
		{attrs{"flavor": "Dual-SD"}, `"flavor" must be dual-sd, not "Dual-SD"`},
		{attrs{"flavor": ""}, `"flavor" must be dual-sd, not ""`},
		{attrs{"flavor": int64(1)}, `"flavor" must be a string`},
		{attrs{"flavor": []interface{}{"dual-sd"}}, `"flavor" must be a string`},
	}
	rows = append(rows, injections("dual-sd", `"flavor" must be dual-sd, not .*`, func(v string) map[string]interface{} {
		return attrs{"flavor": v}
	})...)
	checkPlugSanitizer(c, "sd-control", rows)
}
