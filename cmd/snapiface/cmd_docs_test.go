// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/testutil"
)

type docsSuite struct{}

var _ = check.Suite(&docsSuite{})

func dirNames(c *check.C, dir string) []string {
	entries, err := os.ReadDir(dir)
	c.Assert(err, check.IsNil)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func (s *docsSuite) TestWrite(c *check.C) {
	n := len(builtin.Interfaces())
	dir := filepath.Join(c.MkDir(), "site")
	stdout, stderr, code := runCLI("docs", "--out", dir, "--format", "both")
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	c.Check(stdout, check.Matches, `wrote \d+ files for \d+ interfaces \(both\) to .*/site\n`)
	names := dirNames(c, dir)
	c.Check(names, check.HasLen, 2*n+4)
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	c.Assert(err, check.IsNil)
	c.Check(string(index), testutil.Contains, `<a href="multipass-support.html">multipass-support</a>`)
	page, err := os.ReadFile(filepath.Join(dir, "multipass-support.md"))
	c.Assert(err, check.IsNil)
	c.Check(string(page), testutil.Contains, "No snap may carry a plug of this interface unless its snap declaration allows it.")

	// Again, Markdown only, over what the first run wrote: the set is
	// replaced whole, and nothing else is left beside it.
	_, stderr, code = runCLI("docs", "--out", dir, "--format", "markdown")
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	names = dirNames(c, dir)
	c.Check(names, check.HasLen, n+1)
	for _, name := range names {
		c.Check(strings.HasSuffix(name, ".md"), check.Equals, true, check.Commentf(name))
	}
	c.Check(dirNames(c, filepath.Dir(dir)), check.DeepEquals, []string{"site"})
}

func (s *docsSuite) TestErrors(c *check.C) {
	tmp := c.MkDir()
	foreign := filepath.Join(tmp, "foreign")
	c.Assert(os.MkdirAll(foreign, 0o755), check.IsNil)
	c.Assert(os.WriteFile(filepath.Join(foreign, "notes.txt"), []byte("mine"), 0o644), check.IsNil)
	file := filepath.Join(tmp, "file")
	c.Assert(os.WriteFile(file, nil, 0o644), check.IsNil)
	for _, t := range []struct {
		args        []string
		errorRegexp string
	}{
		{nil, `snapiface docs: --out is required: the directory to write the reference to`},
		{[]string{"--out", tmp + "/x", "--format", "pdf"}, `snapiface docs: --format must be html, markdown or both, not "pdf"`},
		{[]string{"--out", tmp + "/x", "extra"}, `snapiface docs: too many arguments: extra`},
		{[]string{"--out", foreign}, `snapiface docs: cannot write to .*/foreign: it holds "notes.txt", which docs does not write; name a new directory, or one that only an earlier docs wrote to`},
		{[]string{"--out", file}, `snapiface docs: cannot write to .*/file: not a directory`},
	} {
		_, stderr, code := runCLI(append([]string{"docs"}, t.args...)...)
		c.Check(code, check.Equals, 1, check.Commentf("%v", t.args))
		c.Check(stderr, check.Matches, t.errorRegexp+"\n", check.Commentf("%v", t.args))
	}
	// Nothing was written.
	c.Check(dirNames(c, foreign), check.DeepEquals, []string{"notes.txt"})
	_, err := os.Stat(tmp + "/x")
	c.Check(os.IsNotExist(err), check.Equals, true)
}
