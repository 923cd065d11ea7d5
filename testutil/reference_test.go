// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package testutil_test

import (
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/testutil"
)

func Test(t *testing.T) { check.TestingT(t) }

type referenceSuite struct{}

var _ = check.Suite(&referenceSuite{})

func (s *referenceSuite) TestLoad(c *check.C) {
	facts, err := testutil.LoadReferenceFacts()
	c.Assert(err, check.IsNil)
	c.Assert(facts["network"], check.NotNil)
	c.Check(facts["network"]["auto_connect_classic"], check.Equals, "yes")
	c.Check(facts["multipass-support"]["plug_install"], check.Equals, "denied")
}

// The repository's copy must not drift from the shared facts it copies.
func (s *referenceSuite) TestCopyMatchesShared(c *check.C) {
	shared := testutil.SharedDir()
	if shared == "" {
		c.Skip("no ../shared beside the checkout")
	}
	want, err := os.ReadFile(filepath.Join(shared, "facts", "interfaces.tsv"))
	c.Assert(err, check.IsNil)
	c.Check(filepath.Join(testutil.RepoRoot(), "testdata", "reference", "interfaces.tsv"), testutil.FileEquals, string(want))
}

func (s *referenceSuite) TestContains(c *check.C) {
	c.Check("abc", testutil.Contains, "b")
	c.Check([]string{"a", "b"}, testutil.Contains, "b")
	c.Check(map[string]int{"a": 1}, testutil.Contains, 1)
	c.Check([]string{"a"}, check.Not(testutil.Contains), "b")
	ok, msg := testutil.Contains.Check([]interface{}{42, 4}, nil)
	c.Check(ok, check.Equals, false)
	c.Check(msg, check.Equals, "int is not a string, slice, array or map")
}
