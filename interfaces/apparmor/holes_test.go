// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor_test

import (
	"fmt"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

type holesSuite struct{}

var _ = check.Suite(&holesSuite{})

// TestRenderedAsTheTemplateRenders checks that profiles made from the
// template's parts, split at their holes and shared between the apps
// of a snap, are what running the whole template gives, for every kind
// of profile: each confinement, a parallel
// install, another install directory, ABI 3.0 and 4.0 (with rules that
// need a feature of the host), with and without the ptrace denial, and
// apps with and without rules.
func (s *holesSuite) TestRenderedAsTheTemplateRenders(c *check.C) {
	hosts := []apparmor.Host{testHost, {InstallDir: "/var/lib/snapd/snap", Revision: "x7"}, testHost4}
	for _, confinement := range []snap.ConfinementType{snap.StrictConfinement, snap.DevModeConfinement, snap.ClassicConfinement, ""} {
		for _, key := range []string{"", "bar"} {
			for _, host := range hosts {
				info, spec := fooSnap(c, confinement, key)
				// quiet has no rules, the others differ in theirs.
				info.Apps["quiet"] = &snap.AppInfo{Snap: info, Name: "quiet", Command: "bin/quiet"}
				profiles, err := apparmor.RenderSnapProfiles(info, spec, host)
				c.Assert(err, check.IsNil)
				c.Assert(profiles, check.HasLen, 4)
				for _, p := range profiles {
					comment := check.Commentf("%s, %q, %+v, %s", confinement, key, host, p.Tag)
					command := p.Tag[strings.LastIndex(p.Tag, ".")+1:]
					text, shape, origins, err := apparmor.RenderByTemplate(info, p.Tag, command, spec, host)
					c.Assert(err, check.IsNil, comment)
					c.Check(p.Text.String(), check.Equals, text, comment)
					c.Check(p.Text.Len(), check.Equals, len(text), comment)
					c.Check(p.Text.EqualString(text), check.Equals, true, comment)
					c.Check(p.Shape.String(), check.Equals, shape, comment)
					c.Assert(origins, check.HasLen, strings.Count(text, "\n"), comment)
					for i, origin := range origins {
						c.Check(p.Origin(i+1), check.Equals, origin, check.Commentf("%s, %q, %+v, %s, line %d", confinement, key, host, p.Tag, i+1))
					}
					c.Check(p.Origin(0), check.Equals, "", comment)
					c.Check(p.Origin(len(origins)+1), check.Equals, "", comment)
					one, err := apparmor.RenderProfile(info, p.Tag, spec, host)
					c.Assert(err, check.IsNil, comment)
					c.Check(one, check.DeepEquals, p, comment)
				}
			}
		}
	}
}

// TestManySnippets checks profiles with more distinct snippets than the
// layout cache keeps: those past it are laid out every time, the same.
func (s *holesSuite) TestManySnippets(c *check.C) {
	info, _ := fooSnap(c, snap.StrictConfinement, "")
	system, err := snap.InfoFromSnapYaml([]byte(systemYaml))
	c.Assert(err, check.IsNil)
	var rules []string
	for i := 0; i < 5000; i++ {
		rules = append(rules, fmt.Sprintf("# Description: rule %d.\n/run/many/%d r,\n\n/run/many/%d/** r,", i, i, i))
	}
	many := &ifacetest.TestInterface{
		InterfaceName: "fake-many",
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			for _, rule := range rules {
				spec.AddSnippet(rule)
			}
			return nil
		},
	}
	spec := &apparmor.Specification{}
	connect(c, spec, many, info.Plugs["net"], system.Slots["fake-network"])
	for round := 0; round < 2; round++ {
		p, err := apparmor.RenderProfile(info, "snap.foo.daemon", spec, testHost)
		c.Assert(err, check.IsNil)
		text, shape, _, err := apparmor.RenderByTemplate(info, "snap.foo.daemon", "daemon", spec, testHost)
		c.Assert(err, check.IsNil)
		c.Check(p.Text.String(), check.Equals, text)
		c.Check(p.Shape.String(), check.Equals, shape)
		c.Check(p.Text.String(), testutil.Contains, "\n  /run/many/4999/** r,\n")
	}
}
