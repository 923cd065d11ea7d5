// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare_test

import (
	"os/exec"
	"strings"
	"testing"

	"gopkg.in/check.v1"
)

func Test(t *testing.T) { check.TestingT(t) }

type depsSuite struct{}

var _ = check.Suite(&depsSuite{})

// The package imports nothing but the standard library, so that a
// daemon or a command can take it without pulling anything along
// (internal/layering keeps exec and cgo out of it too).
func (s *depsSuite) TestStandardLibraryOnly(c *check.C) {
	if _, err := exec.LookPath("go"); err != nil {
		c.Skip("no go command")
	}
	const pkg = "github.com/snapiface/snapiface/interfaces/apparmor/aare"
	out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
	c.Assert(err, check.IsNil, check.Commentf("%s", out))
	for _, dep := range strings.Fields(string(out)) {
		if dep != pkg && strings.Contains(strings.SplitN(dep, "/", 2)[0], ".") {
			c.Errorf("%s imports %s, which is not in the standard library", pkg, dep)
		}
	}
}
