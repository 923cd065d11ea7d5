// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	aabackend "github.com/snapiface/snapiface/interfaces/apparmor/backend"
	scbackend "github.com/snapiface/snapiface/interfaces/seccomp/backend"
	"github.com/snapiface/snapiface/interfaces/seccomp/loader"
	"github.com/snapiface/snapiface/testutil"
)

func Test(t *testing.T) { check.TestingT(t) }

type demoSuite struct{}

var _ = check.Suite(&demoSuite{})

// TestDemo runs the demo's flow on the example snap: every tag has its
// profile and filter; a plug that is not there is an error.
func (s *demoSuite) TestDemo(c *check.C) {
	if _, err := aaparser.Available(); err != nil {
		testutil.MissingTool(c, err.Error())
	}
	root := c.MkDir()
	example := filepath.Join(testutil.RepoRoot(), "examples", "vm-manager.yaml")
	plugs := []string{"vm-manager:multipass-support", "vm-manager:kvm"}
	c.Assert(run(root, "x1", plugs, []string{example}), check.IsNil)
	for _, tag := range []string{"snap.vm-manager.cli", "snap.vm-manager.daemon", "snap.vm-manager.hook.configure"} {
		_, err := os.Stat(filepath.Join(root, aabackend.ProfilesDir, tag))
		c.Check(err, check.IsNil)
		f, err := loader.ReadFile(filepath.Join(root, scbackend.Dir, tag+".bin"))
		c.Assert(err, check.IsNil)
		c.Check(f.Programs, check.Not(check.HasLen), 0)
	}
	c.Check(run(root, "x1", []string{"vm-manager:nope"}, []string{example}), check.ErrorMatches, `no plug "vm-manager:nope"`)
}
