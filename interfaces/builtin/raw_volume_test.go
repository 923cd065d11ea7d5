// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"sort"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type rawVolumeSuite struct{}

var _ = check.Suite(&rawVolumeSuite{})

func (s *rawVolumeSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "raw-volume", staticInfo{
		summary: "allows read/write access to specific disk partition",
		slots:   "allow-installation:\n  slot-snap-type:\n    - core\n    - gadget\ndeny-connection: true\ndeny-auto-connection: true",
	})
	c.Check(ifaceByName(c, "raw-volume").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}

// Any snap may carry the plug; connecting it to a partition, by hand or
// by itself, needs a snap declaration.
func (s *rawVolumeSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "raw-volume", "", true)
	checkDecisions(c, "raw-volume", []decision{
		{provider: true, slotAttrs: "path: /dev/sda1", manual: false, auto: false},
		{provider: true, slotAttrs: "path: /dev/sda1", core: true, manual: false, auto: false},
	})
	base := builtinDeclaration(c)
	c.Check(installs(c, base, builtin.Core, providerYaml(snap.TypeGadget, "raw-volume", "path: /dev/mmcblk0p3")), check.Equals, true)
	c.Check(installs(c, base, builtin.Core, providerYaml(snap.TypeApp, "raw-volume", "path: /dev/mmcblk0p3")), check.Equals, false)
}

// rawVolumeRules are the rules of a slot naming /dev/mmcblk0p3.
var rawVolumeRules = []string{
	"/dev/mmcblk0p3 rwk,",
	"@{sys}/devices/**/block/*/mmcblk0p3/ r,",
	"@{sys}/devices/**/block/*/mmcblk0p3/** r,",
}

// The plug gets exactly the partition the slot names: not the disk, not
// its neighbours.
func (s *rawVolumeSuite) TestConnectedPlugNamesThePartitionOnly(c *check.C) {
	cn := connectToProvider(c, builtin.Core, consumerYaml("raw-volume"),
		providerYaml(snap.TypeGadget, "raw-volume", "path: /dev/mmcblk0p3"))
	aa, sc := cn.plugSide(c)
	c.Check(ruleLines(aa), check.DeepEquals, rawVolumeRules)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	const disk = "/sys/devices/platform/emmc2bus/fe340000.mmc/mmc_host/mmc0/mmc0:0001/block/mmcblk0"
	cn.checkAccesses(c, plugTag, []string{
		"file rwk /dev/mmcblk0p3",
		"file r " + disk + "/mmcblk0p3/size",
		"file r " + disk + "/mmcblk0p3/start",
	}, []string{
		"file r /dev/mmcblk0",
		"file r /dev/mmcblk0p1",
		"file r /dev/mmcblk0p33",
		"file r /dev/mmcblk0boot0",
		"file r /dev/mmcblk10p3",
		"file w " + disk + "/mmcblk0p3/uevent",
		"file r " + disk + "/mmcblk0p1/size",
		"file w " + disk + "/ro",
		"capability sys_admin",
	})
}

func (s *rawVolumeSuite) TestSanitizeSlot(c *check.C) {
	const want = `a partition's device node, such as /dev/sda1, /dev/mmcblk0p2 or /dev/nvme0n1p3`
	rows := []attrCase{
		{attrs{"path": "/dev/sda1"}, ""},
		{attrs{"path": "/dev/sdzzz63"}, ""},
		{attrs{"path": "/dev/hdt9"}, ""},
		{attrs{"path": "/dev/vdab12"}, ""},
		{attrs{"path": "/dev/mmcblk0p1"}, ""},
		{attrs{"path": "/dev/mmcblk123p63"}, ""},
		{attrs{"path": "/dev/nvme0n1p1"}, ""},
		{attrs{"path": "/dev/nvme99n63p2"}, ""},
		{attrs{}, `"path" must be set to ` + want},
		{attrs{"path": int64(1)}, `"path" must be a string`},
		{attrs{"path": "/dev/sda"}, `path "/dev/sda" must be ` + want},
		{attrs{"path": "/dev/sda0"}, `path "/dev/sda0" must be .*`},
		{attrs{"path": "/dev/sda64"}, `path "/dev/sda64" must be .*`},
		{attrs{"path": "/dev/sda01"}, `path "/dev/sda01" must be .*`},
		{attrs{"path": "/dev/sdaaaa1"}, `path "/dev/sdaaaa1" must be .*`},
		{attrs{"path": "/dev/hdu1"}, `path "/dev/hdu1" must be .*`},
		{attrs{"path": "/dev/mmcblk0"}, `path "/dev/mmcblk0" must be .*`},
		{attrs{"path": "/dev/mmcblk0boot0"}, `path "/dev/mmcblk0boot0" must be .*`},
		{attrs{"path": "/dev/mmcblk01p1"}, `path "/dev/mmcblk01p1" must be .*`},
		{attrs{"path": "/dev/nvme0n1"}, `path "/dev/nvme0n1" must be .*`},
		{attrs{"path": "/dev/nvme0p1"}, `path "/dev/nvme0p1" must be .*`},
		{attrs{"path": "/dev/i2o/hda1"}, `path "/dev/i2o/hda1" must be .*`},
		{attrs{"path": "/dev/loop0p1"}, `path "/dev/loop0p1" must be .*`},
		{attrs{"path": "/dev/dm-0"}, `path "/dev/dm-0" must be .*`},
		{attrs{"path": "/dev/disk/by-label/data"}, `path "/dev/disk/by-label/data" must be .*`},
		{attrs{"path": "/sys/block/sda/sda1"}, `path "/sys/block/sda/sda1" must be under /dev`},
		{attrs{"path": "/dev/sda1/"}, `path "/dev/sda1/" must not end with a slash`},
	}
	for _, p := range injectedPaths {
		rows = append(rows, attrCase{attrs{"path": p}, `path .*`})
	}
	rows = append(rows, injections("/dev/sda1", `path .*`, func(v string) map[string]interface{} { return attrs{"path": v} })...)
	checkSlotSanitizer(c, "raw-volume", snap.TypeGadget, rows)
}

// A gadget whose other raw-volume slots are hostile: they are dropped
// when it is added, and the consumer of its good slot gets that
// partition's rules and nothing else.
func (s *rawVolumeSuite) TestHostileGadgetSlots(c *check.C) {
	var hostile []attrs
	for _, p := range append(append([]string{}, injectedPaths...), "/dev/sda", "/dev/mmcblk0", "/dev/sd*1", "/dev/mmcblk0p[1-9]") {
		hostile = append(hostile, attrs{"path": p})
	}
	checkHostileGadgetSlots(c, "raw-volume", attrs{"path": "/dev/mmcblk0p3"}, hostile, rawVolumeRules)
}

// checkHostileGadgetSlots adds a gadget snap that serves a slot of
// iface with good attributes, and one slot each with the hostile ones,
// as a gadget's snap.yaml would give them; checks that every hostile
// slot is dropped, with its reason, and that a consumer
// connected to the good slot gets exactly the rules want and a profile
// that compiles. It then hands each hostile slot, unsanitized, to the
// interface's connected plug hook, as a daemon that skipped the
// sanitizer would: the hook refuses it and adds no rule. The gadget
// slot tests of bool-file, raw-volume, gpio-chardev and custom-device
// share it.
func checkHostileGadgetSlots(c *check.C, iface string, good attrs, hostile []attrs, want []string) {
	var y strings.Builder
	fmt.Fprintf(&y, "name: gadget\nversion: \"1\"\ntype: gadget\nslots:\n  good:\n    interface: %s\n", iface)
	for i := range hostile {
		fmt.Fprintf(&y, "  bad%d:\n    interface: %s\n", i, iface)
	}
	gadget, err := snap.InfoFromSnapYaml([]byte(y.String()))
	c.Assert(err, check.IsNil)
	gadget.Slots["good"].Attrs = good
	for i, a := range hostile {
		gadget.Slots[fmt.Sprintf("bad%d", i)].Attrs = a
	}
	repo := newRepo(c, builtin.Core, consumerYaml(iface))
	dropped, err := repo.AddSnap(gadget)
	c.Assert(err, check.IsNil)
	var names []string
	for _, d := range dropped {
		c.Check(d.Side, check.Equals, "slot")
		c.Check(d.Snap, check.Equals, "gadget")
		c.Check(d.Interface, check.Equals, iface)
		c.Check(d.Reason, check.Not(check.Equals), "")
		names = append(names, d.Name)
	}
	var wantDropped []string
	for i := range hostile {
		wantDropped = append(wantDropped, fmt.Sprintf("bad%d", i))
	}
	sort.Strings(names)
	sort.Strings(wantDropped)
	c.Check(names, check.DeepEquals, wantDropped)

	connectPlug(c, repo, "consumer", "plug", "gadget", "good")
	cn := &connection{Repository: repo, provider: "gadget"}
	aa, sc := cn.plugSide(c)
	c.Check(ruleLines(aa), check.DeepEquals, want)
	c.Check(sc, check.Equals, "")
	cn.checkCompiles(c, "consumer")

	consumer := repo.Snap("consumer")
	for i, a := range hostile {
		slot := &snap.SlotInfo{Snap: gadget, Name: fmt.Sprintf("bad%d", i), Interface: iface, Attrs: a}
		spec := &apparmor.Specification{}
		err := spec.AddConnectedPlug(ifaceByName(c, iface), interfaces.NewConnectedPlug(consumer.Plugs["plug"], nil), interfaces.NewConnectedSlot(slot, nil))
		c.Check(err, check.NotNil, check.Commentf("%#v", a))
		c.Check(spec.SnippetForTag(plugTag), check.Equals, "", check.Commentf("%#v", a))
	}
}
