// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type mediatekAccelSuite struct{}

var _ = check.Suite(&mediatekAccelSuite{})

func (s *mediatekAccelSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "mediatek-accel", staticInfo{
		summary:           "allows access to the hardware accelerators of MediaTek Genio boards",
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
	checkNotRendered(c, "mediatek-accel", interfaces.BackendUDev)
}

// A plug that asks for a unit connects by hand, never by itself.
func (s *mediatekAccelSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "mediatek-accel", "apu: true", true)
	checkDecisions(c, "mediatek-accel", []decision{
		{plugAttrs: "apu: true", manual: true},
		{plugAttrs: "vcu: true", core: true, manual: true},
	})
}

// A plug that asks for no unit is refused when its snap is added, as
// under the reference, so nothing connects it.
func (s *mediatekAccelSuite) TestBarePlugIsDropped(c *check.C) {
	for _, plugAttrs := range []string{"", "apu: false", "apu: false\nvcu: false"} {
		repo := newRepo(c, builtin.Core)
		info, err := snap.InfoFromSnapYaml([]byte(consumerYaml("mediatek-accel", plugAttrs)))
		c.Assert(err, check.IsNil)
		dropped, err := repo.AddSnap(info)
		c.Assert(err, check.IsNil)
		c.Assert(dropped, check.HasLen, 1, check.Commentf("%q", plugAttrs))
		c.Check(dropped[0].Reason, check.Matches, `.*at least one unit must be set to true: "apu" or "vcu"`)
		c.Check(repo.Plug("consumer", "plug"), check.IsNil)
	}
}

func (s *mediatekAccelSuite) TestSanitizePlug(c *check.C) {
	table := []attrCase{
		{attrs{"apu": true}, ""},
		{attrs{"vcu": true}, ""},
		{attrs{"apu": true, "vcu": false}, ""},
		{attrs{"apu": true, "vcu": true}, ""},
		{nil, `at least one unit must be set to true: "apu" or "vcu"`},
		{attrs{"apu": false, "vcu": false}, `at least one unit must be set to true: "apu" or "vcu"`},
		{attrs{"other": true}, `at least one unit must be set to true: "apu" or "vcu"`},
	}
	for _, key := range []string{"apu", "vcu"} {
		for _, value := range badBools {
			table = append(table, attrCase{attrs{key: value}, `"` + key + `" must be true or false`})
		}
	}
	checkPlugSanitizer(c, "mediatek-accel", table)
}

// Each unit's nodes come with its attribute and not otherwise.
func (s *mediatekAccelSuite) TestUnits(c *check.C) {
	for _, t := range []struct {
		plugAttrs     string
		rules         []string
		grants, never []string
	}{{
		"apu: true",
		[]string{"/dev/apusys rw,"},
		[]string{"file rw /dev/apusys"},
		[]string{"file rw /dev/vcu", "file rw /dev/vcu1"},
	}, {
		"vcu: true\napu: false",
		[]string{"/dev/vcu rw,", "/dev/vcu[0-9]* rw,"},
		[]string{"file rw /dev/vcu", "file rw /dev/vcu0", "file rw /dev/vcu3"},
		[]string{"file rw /dev/apusys"},
	}, {
		"apu: true\nvcu: true",
		[]string{"/dev/apusys rw,", "/dev/vcu rw,", "/dev/vcu[0-9]* rw,"},
		[]string{"file rw /dev/apusys", "file rw /dev/vcu", "file rw /dev/vcu1"},
		nil,
	}} {
		cn := connectToSystem(c, builtin.Core, consumerYaml("mediatek-accel", t.plugAttrs))
		aa, sc := cn.plugSide(c)
		c.Check(ruleLines(aa), check.DeepEquals, t.rules, check.Commentf("%q", t.plugAttrs))
		c.Check(sc, check.Equals, "")
		checkExplained(c, aa)
		never := append([]string{"file rw /dev/mem", "file rw /dev/video0", "file rw /dev/dma_heap/system", "file rw /dev/vcux"}, t.never...)
		cn.checkAccesses(c, plugTag, t.grants, never)
	}
}
