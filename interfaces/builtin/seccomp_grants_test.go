// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
	scgrants "github.com/snapiface/snapiface/interfaces/seccomp/compiler/grants"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// What each seccomp policy grants, measured: the compiled filter of the
// base policy, and of the base with each interface connected (the
// plugging app, and the serving app where the interface has slot rules),
// run in the BPF VM for every syscall of x86_64 and i386 and a table of
// argument values (package grants). testdata/seccomp/base.grants holds
// the base policy's results; NAME.grants what interface NAME changes,
// for each of its samples (see samples in all_test.go). Any change of
// grant shows in these files' diff.
type grantsSuite struct{}

var _ = check.Suite(&grantsSuite{})

const grantsDir = "testdata/seccomp"

const grantsRegenerate = "regenerate with: go test ./interfaces/builtin -check.f SeccompGrants -update"

// grantsOf compiles policy text and evaluates it, each text once.
type grantsCache map[string]*scgrants.Grants

func (gc grantsCache) of(c *check.C, p *seccomp.Policy) *scgrants.Grants {
	text := p.Text.String()
	// The header names the tag; the rest is what is compiled.
	key := text[strings.IndexByte(text, '\n')+1:]
	if g, ok := gc[key]; ok {
		return g
	}
	filter, err := compiler.Compile(context.Background(), text)
	c.Assert(err, check.IsNil, check.Commentf("%v", p.Explain(err)))
	loaded, err := scgrants.Load(filter)
	c.Assert(err, check.IsNil)
	g, err := scgrants.Of(loaded)
	c.Assert(err, check.IsNil)
	gc[key] = g
	return g
}

// grantsSide is one policy whose grants go to an interface's file.
type grantsSide struct {
	title  string
	policy *seccomp.Policy
}

// sampleLabel formats a sample's attributes, sorted.
func sampleLabel(a attrs) string {
	if len(a) == 0 {
		return ""
	}
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%v", k, a[k]))
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// addSnapWithAttrs adds the snap of yaml to repo, with the attributes
// of its plug "plug" and slot "slot".
func addSnapWithAttrs(c *check.C, repo *interfaces.Repository, yaml string, plug, slot attrs) *snap.Info {
	info, err := snap.InfoFromSnapYaml([]byte(yaml))
	c.Assert(err, check.IsNil)
	if p := info.Plugs["plug"]; p != nil && plug != nil {
		p.Attrs = plug
	}
	if s := info.Slots["slot"]; s != nil && slot != nil {
		s.Attrs = slot
	}
	dropped, err := repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0, check.Commentf("%s", info.InstanceName()))
	return info
}

// renderGrantsSides renders the policies of one sample of an
// interface: the plugging app "snap.consumer.app", connected to the
// system's slot where the interface is implicit and the sample has no
// slot attributes, else to a provider's; and the provider's serving
// app "snap.provider.service", connected, where a snap may serve the
// slot (slotCarrier) or the sample names slot attributes or the system
// has no slot.
func renderGrantsSides(c *check.C, base *policy.Declaration, iface interfaces.Interface, smp sample) (plug, slot *seccomp.Policy) {
	name := iface.Name()
	si := iface.StaticInfo()
	sys := builtin.Classic
	if !si.ImplicitOnClassic {
		sys = builtin.Core
	}
	implicit := si.ImplicitOnClassic || si.ImplicitOnCore
	typ, carried := slotCarrier(base, name)
	toSystem := implicit && smp.slot == nil
	withProvider := !toSystem || carried || smp.slot != nil

	repo := builtin.NewRepository()
	_, err := repo.AddSnap(builtin.SystemSnap(sys))
	c.Assert(err, check.IsNil)
	consumerInfo := addSnapWithAttrs(c, repo, consumerYaml(name), smp.plug, nil)
	var providerInfo *snap.Info
	if withProvider {
		providerInfo = addSnapWithAttrs(c, repo, providerYaml(typ, name), nil, smp.slot)
	}
	if toSystem {
		connectPlug(c, repo, "consumer", "plug", builtin.SystemSnapName, name)
	} else {
		connectPlug(c, repo, "consumer", "plug", "provider", "slot")
	}
	if withProvider && toSystem {
		// The provider's slot, connected to a consumer of its own.
		addSnapWithAttrs(c, repo, strings.Replace(consumerYaml(name), "name: consumer", "name: peer", 1), smp.plug, nil)
		connectPlug(c, repo, "peer", "plug", "provider", "slot")
	}
	render := func(info *snap.Info, tag string) *seccomp.Policy {
		spec := &seccomp.Specification{}
		c.Assert(repo.SnapSpecification(spec, info.InstanceName()), check.IsNil)
		p, err := seccomp.RenderPolicy(info, tag, spec)
		c.Assert(err, check.IsNil)
		return p
	}
	plug = render(consumerInfo, plugTag)
	if withProvider {
		slot = render(providerInfo, slotTag)
	}
	return plug, slot
}

// checkGolden compares text with a golden file, or rewrites it with
// -update.
func checkGolden(c *check.C, file, text string) {
	if *update {
		c.Assert(os.MkdirAll(filepath.Dir(file), 0o755), check.IsNil)
		c.Assert(os.WriteFile(file, []byte(text), 0o644), check.IsNil)
		return
	}
	c.Check(file, testutil.FileEquals, text, check.Commentf("%s differs: if the change is meant, %s and review the diff", file, grantsRegenerate))
}

func (s *grantsSuite) TestSeccompGrants(c *check.C) {
	if _, err := compiler.Compile(context.Background(), "read"); err != nil {
		testutil.MissingTool(c, "libseccomp: "+err.Error())
	}
	if filter, _ := compiler.Compile(context.Background(), "read"); filter.Arches[0] != "amd64" {
		c.Skip("the grants are those of an amd64 kernel; native is " + filter.Arches[0])
	}
	start := time.Now()
	cache := make(grantsCache)
	decl, err := policy.BuiltinDeclaration()
	c.Assert(err, check.IsNil)

	// The base policy: an app that plugs nothing.
	info, err := snap.InfoFromSnapYaml([]byte("name: plain\nversion: \"1\"\napps:\n  app:\n    command: bin/app\n"))
	c.Assert(err, check.IsNil)
	basePolicy, err := seccomp.RenderPolicy(info, "snap.plain.app", &seccomp.Specification{})
	c.Assert(err, check.IsNil)
	base := cache.of(c, basePolicy)
	checkGolden(c, filepath.Join(grantsDir, "base.grants"), "# What the base seccomp policy grants, evaluated in the BPF VM for every\n"+
		"# syscall of x86_64 and i386 (\"x86\": where it differs from x86_64) and\n"+
		"# the argument values of package grants; \"(...)\": other arguments.\n# "+grantsRegenerate+"\n"+base.Text())
	checkCovered(c, "base", basePolicy)

	files := map[string]bool{"base.grants": true}
	for _, iface := range builtin.Interfaces() {
		name := iface.Name()
		var sides []grantsSide
		for _, smp := range samplesOf(name) {
			plug, slot := renderGrantsSides(c, decl, iface, smp)
			plugTitle := "plug" + sampleLabel(smp.plug)
			if smp.slot != nil {
				plugTitle += ", to a slot" + sampleLabel(smp.slot)
			}
			sides = append(sides, grantsSide{plugTitle, plug})
			if slot != nil {
				sides = append(sides, grantsSide{"slot" + sampleLabel(smp.slot), slot})
			}
		}
		var b strings.Builder
		fmt.Fprintf(&b, "# What interface %q changes in the base seccomp policy (base.grants),\n# on each side of a connection. %s\n", name, grantsRegenerate)
		for _, side := range sides {
			checkCovered(c, name, side.policy)
			diff := scgrants.Diff(base, cache.of(c, side.policy))
			if diff == "" {
				if strings.HasPrefix(side.title, "slot") {
					continue
				}
				diff = "(nothing beyond the base policy)\n"
			}
			fmt.Fprintf(&b, "\n== %s\n%s", side.title, diff)
		}
		file := name + ".grants"
		files[file] = true
		checkGolden(c, filepath.Join(grantsDir, file), b.String())
	}
	// No file of an interface that is gone.
	entries, err := os.ReadDir(grantsDir)
	c.Assert(err, check.IsNil)
	for _, e := range entries {
		if !files[e.Name()] {
			if *update {
				c.Check(os.Remove(filepath.Join(grantsDir, e.Name())), check.IsNil)
				continue
			}
			c.Errorf("%s/%s belongs to no interface: %s", grantsDir, e.Name(), grantsRegenerate)
		}
	}
	c.Logf("grants of %d distinct policies in %v", len(cache), time.Since(start))
}

// checkCovered checks that the probes show every condition of the
// policy's rules: each conditional rule matched by one probe of its
// syscall and missed by another.
func checkCovered(c *check.C, what string, p *seccomp.Policy) {
	rs, err := seccomp.Parse(p.Text.String())
	c.Assert(err, check.IsNil)
	for _, problem := range scgrants.Uncovered(rs) {
		c.Errorf("%s: %s: add probes to interfaces/seccomp/compiler/grants/probes.go", what, problem)
	}
}
