// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package benchmarks_test

import (
	"strings"
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
)

func Test(t *testing.T) { check.TestingT(t) }

// workloadsSuite runs each workload once, small, so that the
// benchmarks measure what they say and do not rot between runs.
type workloadsSuite struct{}

var _ = check.Suite(&workloadsSuite{})

func (s *workloadsSuite) TestWorkloads(c *check.C) {
	pool := implicitPlugs(c)
	c.Assert(len(pool) >= 8, check.Equals, true, check.Commentf("%d implicit plugs", len(pool)))

	repo := newSystem(c)
	_, err := repo.AddSnap(newSnap("multipass", []string{"multipassd"}, []string{"multipass-support"}))
	c.Assert(err, check.IsNil)
	c.Check(connectAll(c, repo, "multipass"), check.HasLen, 1)
	c.Check(snippets(c, repo, "multipass") > 0, check.Equals, true)

	base, err := policy.NewBuiltinDeclaration()
	c.Assert(err, check.IsNil)
	infos := systemSnaps(20, pool)
	for _, info := range infos {
		c.Check(info.Apps, check.HasLen, 3)
		c.Check(info.Plugs, check.HasLen, 8)
	}
	var out []byte
	repo, rendered := wholeSystem(c, base, infos, &out)
	c.Check(rendered, check.Equals, 2*3*20)
	// The last text laid out is a seccomp policy, whole: the base
	// policy, then the rules of the interfaces connected to the app, if
	// the random draw of plugs connected any that has rules.
	c.Check(string(out), check.Matches, `(?s)# seccomp policy of snap\.snap019\.helper\.\n\n# Base policy: .*\n`)
	sc := &seccomp.Specification{}
	c.Assert(repo.SnapSpecification(sc, "snap019"), check.IsNil)
	c.Check(strings.Contains(string(out), "\n# From interface "), check.Equals, sc.SnippetForTag("snap.snap019.helper") != "")
	c.Check(len(repo.Connections()) > 0, check.Equals, true, check.Commentf("policy connected nothing"))

	// The incremental connection changes the plug's snap alone: the
	// system's slot has no profile.
	ref, ok := unconnectedPlug(repo)
	c.Assert(ok, check.Equals, true)
	c.Check(ref.SlotRef.Snap, check.Equals, builtin.SystemSnapName)
	c.Check(repo.AffectedByConnection(ref), check.DeepEquals, []string{ref.PlugRef.Snap})

	text := largeDeclaration(c, 30<<10)
	c.Check(len(text) >= 30<<10, check.Equals, true)

	// The snap declarations are of typical size, and parse.
	for _, f := range snapDeclarations(c, 20) {
		c.Check(len(f) >= 2<<10 && len(f) <= 5<<10, check.Equals, true, check.Commentf("%d bytes", len(f)))
	}
}
