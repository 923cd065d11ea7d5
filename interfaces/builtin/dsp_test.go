// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type dspSuite struct{}

var _ = check.Suite(&dspSuite{})

func (s *dspSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "dsp", staticInfo{
		summary: "allows controlling digital signal processors on certain boards",
		slots:   declGadgetDeviceSlot,
	})
	checkNotRendered(c, "dsp", interfaces.BackendUDev)
}

func (s *dspSuite) TestDecisions(c *check.C) {
	base := builtinDeclaration(c)
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		repo := newRepo(c, sys, consumerYaml("dsp"), providerYaml(snap.TypeGadget, "dsp", "flavor: ambarella"))
		manual, auto := decide(base, sys, repo.Interface("dsp"), repo.Plug("consumer", "plug"), repo.Slot("provider", "slot"))
		c.Check(manual, check.Equals, true, check.Commentf("%s", sys))
		c.Check(auto, check.Equals, false, check.Commentf("%s", sys))
		c.Check(installs(c, base, sys, providerYaml(snap.TypeApp, "dsp", "flavor: ambarella")), check.Equals, false)
	}
}

func (s *dspSuite) TestAmbarella(c *check.C) {
	cn := connectToProvider(c, builtin.Core, consumerYaml("dsp"),
		providerYaml(snap.TypeGadget, "dsp", "flavor: ambarella"))
	aa, sc := cn.plugSide(c)
	checkRules(c, aa,
		"/dev/{iav,ucode,cavalry,lens,ambad} rw,",
		"@{PROC}/ambarella/ r,",
		"@{PROC}/ambarella/** rw,")
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/iav",
		"file rw /dev/ucode",
		"file rw /dev/cavalry",
		"file rw /dev/lens",
		"file rw /dev/ambad",
		"file r /proc/ambarella/dsp_state",
		"file rw /proc/ambarella/vin0_idsp",
		"file rw /proc/ambarella/ambnl/status",
	}, []string{
		"file rw /dev/mem",
		"file rw /dev/iav0",
		"file rw /dev/video0",
		"file w /proc/sys/kernel/printk",
		"file r /proc/kcore",
	})
}

func (s *dspSuite) TestSanitizeSlot(c *check.C) {
	table := []attrCase{
		{attrs{"flavor": "ambarella"}, ""},
		{attrs{}, `"flavor" must be set to the board's DSP: ambarella`},
		{attrs{"flavor": "Ambarella"}, `"flavor" must be ambarella, not "Ambarella"`},
		{attrs{"flavor": "qualcomm"}, `"flavor" must be ambarella, not "qualcomm"`},
		{attrs{"flavor": ""}, `"flavor" must be ambarella, not ""`},
		{attrs{"flavor": int64(1)}, `"flavor" must be a string`},
		{attrs{"flavor": []interface{}{"ambarella"}}, `"flavor" must be a string`},
	}
	table = append(table, injections("ambarella", `"flavor" must be ambarella, not .*`, func(v string) map[string]interface{} {
		return attrs{"flavor": v}
	})...)
	checkSlotSanitizer(c, "dsp", snap.TypeGadget, table)
}

// A gadget's slot of an unknown flavor is dropped, so a consumer gets
// nothing from it.
func (s *dspSuite) TestHostileSlotCannotWiden(c *check.C) {
	hostile := []attrs{{}, {"flavor": "ambarella,\n/** rwk"}, {"flavor": "*"}, {"flavor": "ambarella\n"}, {"flavor": true}}
	checkHostileDeviceSlot(c, "dsp", "flavor: ambarella", hostile, []string{
		"file rw /dev/mem",
		"file r /proc/kcore",
		"file rw /dev/sda",
	})
}
