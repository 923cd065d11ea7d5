// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package permdiff_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/permdiff"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

func Test(t *testing.T) { check.TestingT(t) }

type diffSuite struct{}

var _ = check.Suite(&diffSuite{})

func readInfo(c *check.C, path string) *snap.Info {
	info, err := snap.ReadInfo(path)
	c.Assert(err, check.IsNil)
	return info
}

func infoOf(c *check.C, text string) *snap.Info {
	info, err := snap.InfoFromSnapYaml([]byte(text))
	c.Assert(err, check.IsNil)
	return info
}

// TestCorpusAgainstItself: every real snap of the corpus, compared
// with itself, changes nothing; rendering both revisions of each works.
func (s *diffSuite) TestCorpusAgainstItself(c *check.C) {
	files := testutil.CorpusFiles()
	if len(files) == 0 {
		c.Skip("no corpus under ../shared/corpus")
	}
	compared := 0
	for _, path := range files {
		info, err := snap.ReadInfo(path)
		if err != nil || info.Type == snap.TypeSnapd || info.Type == snap.TypeOS {
			continue
		}
		r, err := permdiff.Snaps(info, info, permdiff.Options{})
		c.Assert(err, check.IsNil, check.Commentf("%s", path))
		c.Check(r.Endpoints, check.HasLen, 0, check.Commentf("%s", path))
		c.Check(r.Decisions, check.HasLen, 0, check.Commentf("%s", path))
		c.Check(r.Tags, check.HasLen, 0, check.Commentf("%s", path))
		c.Check(r.Widens, check.Equals, false, check.Commentf("%s", path))
		compared++
	}
	c.Check(compared >= 30, check.Equals, true, check.Commentf("%d", compared))
}

func findIface(t permdiff.TagChange, name string) *permdiff.InterfaceChange {
	for i := range t.Interfaces {
		if t.Interfaces[i].Interface == name {
			return &t.Interfaces[i]
		}
	}
	return nil
}

func rulesOf(changes []permdiff.RuleChange) map[string]permdiff.RuleChange {
	m := map[string]permdiff.RuleChange{}
	for _, r := range changes {
		m[r.Rule] = r
	}
	return m
}

// TestRefresh: btop (of the corpus) drops physical-memory-observe and
// adds camera, removable-media and kernel-module-control.
func (s *diffSuite) TestRefresh(c *check.C) {
	old := readInfo(c, "testdata/btop.yaml")
	new := readInfo(c, "testdata/btop-refresh.yaml")
	r, err := permdiff.Snaps(old, new, permdiff.Options{})
	c.Assert(err, check.IsNil)
	c.Check(r.Snap, check.Equals, "btop")
	c.Check(r.Endpoints, check.DeepEquals, []permdiff.Endpoint{
		{Change: "added", Side: "plug", Name: "camera", Interface: "camera"},
		{Change: "added", Side: "plug", Name: "kernel-module-control", Interface: "kernel-module-control"},
		{Change: "removed", Side: "plug", Name: "physical-memory-observe", Interface: "physical-memory-observe"},
		{Change: "added", Side: "plug", Name: "removable-media", Interface: "removable-media"},
	})
	decisions := map[string]string{}
	for _, d := range r.Decisions {
		mark := ""
		if d.Widens {
			mark = "+"
		}
		decisions[d.Subject] = mark + d.Old + "->" + d.New
	}
	c.Check(decisions, check.DeepEquals, map[string]string{
		"installation of plug btop:physical-memory-observe": "allowed->",
		"connection of plug btop:physical-memory-observe":   "manual->",
		"installation of plug btop:camera":                  "+->allowed",
		"installation of plug btop:kernel-module-control":   "->denied",
		"installation of plug btop:removable-media":         "+->allowed",
		"connection of plug btop:camera":                    "+->manual",
		"connection of plug btop:kernel-module-control":     "->needs-declaration",
		"connection of plug btop:removable-media":           "+->manual",
	})
	c.Check(r.Widens, check.Equals, true)
	c.Check(r.Review, check.Equals, true)
	c.Assert(r.Tags, check.HasLen, 1)
	tag := r.Tags[0]
	c.Check(tag.Tag, check.Equals, "snap.btop.btop")
	c.Check(tag.Change, check.Equals, "changed")
	var names []string
	for _, i := range tag.Interfaces {
		names = append(names, i.Interface)
	}
	c.Check(names, check.DeepEquals, []string{"camera", "kernel-module-control", "physical-memory-observe", "removable-media"})

	camera := rulesOf(findIface(tag, "camera").Gained)
	c.Check(camera["/dev/video[0-9]* rw,"], check.DeepEquals, permdiff.RuleChange{Rule: "/dev/video[0-9]* rw,", Accesses: []string{"file rwa /dev/video0x !owner"}, Changes: true})
	// hardware-observe, which btop plugs, reads udev's data already.
	c.Check(camera["/run/udev/data/c81:[0-9]* r,"], check.DeepEquals, permdiff.RuleChange{Rule: "/run/udev/data/c81:[0-9]* r,", Changes: false})
	kmod := findIface(tag, "kernel-module-control")
	c.Check(rulesOf(kmod.Gained)["capability sys_module,"].Accesses, check.DeepEquals, []string{"capability sys_module"})
	c.Check(rulesOf(kmod.SyscallsGained)["init_module"], check.DeepEquals, permdiff.RuleChange{Rule: "init_module", Accesses: []string{"syscall init_module allowed"}, Changes: true})
	lost := rulesOf(findIface(tag, "physical-memory-observe").Lost)
	c.Check(lost["/dev/mem r,"].Accesses, check.DeepEquals, []string{"file r /dev/mem !owner"})

	// Every access said to be new: the new profile allows it, the old
	// does not, each rendered here as a daemon renders it.
	oldProf, newProf := profileOf(c, old, "snap.btop.btop"), profileOf(c, new, "snap.btop.btop")
	checked := 0
	for _, i := range tag.Interfaces {
		for _, g := range i.Gained {
			for _, text := range g.Accesses {
				a, err := aare.ParseAccess(text)
				c.Assert(err, check.IsNil)
				c.Check(newProf.Check(a).Allowed(), check.Equals, true, check.Commentf("%s", text))
				c.Check(oldProf.Check(a).Allowed(), check.Equals, false, check.Commentf("%s", text))
				checked++
			}
		}
	}
	c.Check(checked > 10, check.Equals, true)
}

// profileOf renders a tag of a snap with every plug connected to the
// system's slot.
func profileOf(c *check.C, info *snap.Info, tag string) *aare.Profile {
	repo := builtin.NewRepository()
	_, err := repo.AddSnap(builtin.SystemSnap(builtin.Classic))
	c.Assert(err, check.IsNil)
	_, err = repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	for name, plug := range info.Plugs {
		if repo.Slot(builtin.SystemSnapName, plug.Interface) == nil {
			continue
		}
		_, err := repo.Connect(connRef(info.InstanceName(), name, plug.Interface), nil, nil)
		c.Assert(err, check.IsNil)
	}
	spec := &apparmor.Specification{}
	c.Assert(repo.SnapSpecification(spec, info.InstanceName()), check.IsNil)
	p, err := apparmor.RenderProfile(info, tag, spec, apparmor.Host{Revision: "x1"})
	c.Assert(err, check.IsNil)
	pol, err := aare.Parse(tag, p.Text.AppendTo(nil))
	c.Assert(err, check.IsNil)
	return pol.Profile(tag)
}

// TestRenamesChangeNoAccess: a plug renamed, an app's plugs reordered:
// the rules are the same, nothing widens.
func (s *diffSuite) TestRenamesChangeNoAccess(c *check.C) {
	old := infoOf(c, "name: foo\nversion: 1\napps:\n  app:\n    command: x\n    plugs: [home, net]\nplugs:\n  net: network\n")
	new := infoOf(c, "name: foo\nversion: 2\napps:\n  app:\n    command: x\n    plugs: [network, myhome]\nplugs:\n  myhome: home\n")
	r, err := permdiff.Snaps(old, new, permdiff.Options{})
	c.Assert(err, check.IsNil)
	c.Check(r.Tags, check.HasLen, 0)
	c.Check(r.Widens, check.Equals, false)
	c.Check(r.Endpoints, check.HasLen, 4)

	// An app added: its interfaces' rules, not the template's.
	new = infoOf(c, "name: foo\nversion: 2\napps:\n  app:\n    command: x\n    plugs: [home, net]\n  other:\n    command: y\n    plugs: [net]\nplugs:\n  net: network\n")
	r, err = permdiff.Snaps(old, new, permdiff.Options{})
	c.Assert(err, check.IsNil)
	c.Assert(r.Tags, check.HasLen, 1)
	c.Check(r.Tags[0].Tag, check.Equals, "snap.foo.other")
	c.Check(r.Tags[0].Change, check.Equals, "added")
	for _, i := range r.Tags[0].Interfaces {
		c.Check(i.Interface, check.Equals, "network")
	}
	c.Check(r.Widens, check.Equals, true)
}

// TestAttributesChange: a personal-files plug that reads more.
func (s *diffSuite) TestAttributesChange(c *check.C) {
	old := infoOf(c, "name: foo\nversion: 1\napps:\n  app:\n    command: x\nplugs:\n  dot:\n    interface: personal-files\n    read: [$HOME/.foo]\n")
	new := infoOf(c, "name: foo\nversion: 2\napps:\n  app:\n    command: x\nplugs:\n  dot:\n    interface: personal-files\n    read: [$HOME/.foo, $HOME/.bar]\n")
	r, err := permdiff.Snaps(old, new, permdiff.Options{})
	c.Assert(err, check.IsNil)
	c.Check(r.Endpoints, check.DeepEquals, []permdiff.Endpoint{{Change: "changed", Side: "plug", Name: "dot", Interface: "personal-files",
		Old: `interface personal-files, {"read":["$HOME/.foo"]}`, New: `interface personal-files, {"read":["$HOME/.foo","$HOME/.bar"]}`}})
	c.Assert(r.Tags, check.HasLen, 1)
	gained := findIface(r.Tags[0], "personal-files").Gained
	c.Assert(gained, check.HasLen, 1)
	c.Check(gained[0].Rule, check.Equals, "owner @{HOME}/.bar{,/,/**} rk,")
	c.Check(gained[0].Accesses, check.DeepEquals, []string{"file rk /home/x/.bar"})
	c.Check(r.Widens, check.Equals, true)
}

func (s *diffSuite) TestErrors(c *check.C) {
	foo := infoOf(c, "name: foo\nversion: 1\n")
	for _, t := range []struct {
		old, new *snap.Info
		err      string
	}{
		{foo, infoOf(c, "name: bar\nversion: 1\n"), `cannot compare snap "foo" with snap "bar": a refresh keeps the snap's name`},
		{infoOf(c, "name: core\nversion: 1\ntype: os\n"), infoOf(c, "name: core\nversion: 1\ntype: os\n"), `cannot compare snap "core" of type os: it would stand for the system snap`},
	} {
		_, err := permdiff.Snaps(t.old, t.new, permdiff.Options{})
		c.Check(err, check.ErrorMatches, t.err)
	}
}

// TestDeclarations: a base declaration that lets camera auto-connect
// and bluez plugs need a declaration.
func (s *diffSuite) TestDeclarations(c *check.C) {
	text, err := policy.BuiltinBaseDeclaration()
	c.Assert(err, check.IsNil)
	old := string(text)
	cameraRule := "  camera:\n    allow-installation:\n      slot-snap-type:\n        - core\n    deny-auto-connection: true\n"
	c.Assert(strings.Contains(old, cameraRule), check.Equals, true)
	new := strings.Replace(old, cameraRule, "  camera:\n    allow-installation:\n      slot-snap-type:\n        - core\n", 1)
	new = strings.Replace(new, "plugs:\n", "plugs:\n  bluez:\n    allow-installation: false\n", 1)
	dir := c.MkDir()
	decl := func(name, text string) *policy.Declaration {
		path := filepath.Join(dir, name)
		c.Assert(os.WriteFile(path, []byte(text), 0o644), check.IsNil)
		d, err := policy.ParseDeclarationFile([]byte(text), path)
		c.Assert(err, check.IsNil)
		return d
	}
	r, err := permdiff.Declarations(decl("old.yaml", old), decl("new.yaml", new), permdiff.Options{})
	c.Assert(err, check.IsNil)
	got := map[string]string{}
	for _, d := range r.Decisions {
		mark := ""
		if d.Widens {
			mark = "+"
		}
		got[d.Subject] = mark + d.Old + "->" + d.New
	}
	c.Check(got, check.DeepEquals, map[string]string{
		"connection of plug consumer:camera to slot snapd:camera": "+manual->auto-connect",
		"installation of plug consumer:bluez":                     "allowed->denied",
		"connection of plug consumer:bluez to slot snapd:bluez":   "manual->needs-declaration",
	})
	c.Check(r.Widens, check.Equals, true)
	c.Check(r.Review, check.Equals, true)

	// The same declaration: nothing.
	r, err = permdiff.Declarations(decl("a.yaml", old), decl("b.yaml", old), permdiff.Options{System: builtin.Core})
	c.Assert(err, check.IsNil)
	c.Check(r.Decisions, check.HasLen, 0)
	c.Check(r.Widens, check.Equals, false)
}

func connRef(snapName, plug, iface string) interfaces.ConnRef {
	return interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: snapName, Name: plug}, SlotRef: interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: iface}}
}
