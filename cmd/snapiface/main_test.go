// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/check.v1"
)

func Test(t *testing.T) { check.TestingT(t) }

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// runCLI runs the command line as main would, returning what it wrote
// and its exit code.
func runCLI(args ...string) (stdout, stderr string, code int) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return out.String(), errOut.String(), code
}

// checkGolden compares text with testdata/NAME, or rewrites the file
// when the tests run with -update.
func checkGolden(c *check.C, name, text string) {
	path := filepath.Join("testdata", name)
	if *update {
		c.Assert(os.WriteFile(path, []byte(text), 0o644), check.IsNil)
		return
	}
	want, err := os.ReadFile(path)
	c.Assert(err, check.IsNil, check.Commentf("regenerate with: go test ./cmd/snapiface -update"))
	c.Check(text, check.Equals, string(want), check.Commentf("%s is out of date: if the change is intended, regenerate it with: go test ./cmd/snapiface -update", path))
}
