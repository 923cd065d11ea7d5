// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/testutil"
)

type outSuite struct{}

var _ = check.Suite(&outSuite{})

// renderExample renders the example snap, without compiling it.
func renderExample(c *check.C) []*rendered {
	sys, err := loadSystem([]string{exampleSnap}, builtin.Classic)
	c.Assert(err, check.IsNil)
	all, err := renderSnap(sys, "vm-manager", profileHost)
	c.Assert(err, check.IsNil)
	c.Assert(len(all) >= 3, check.Equals, true)
	return all
}

// tree lists the files under dir with a digest of their contents, and
// the names beside it, so that a test sees whatever was left behind.
func tree(c *check.C, dir string) (files map[string]string, beside []string) {
	files = map[string]string{}
	err := filepath.Walk(dir, func(path string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !fi.IsDir() {
			data, err := os.ReadFile(path)
			c.Assert(err, check.IsNil)
			rel, _ := filepath.Rel(dir, path)
			files[rel] = fmt.Sprintf("%x", sha256.Sum256(data))
		}
		return nil
	})
	if !os.IsNotExist(err) {
		c.Assert(err, check.IsNil)
	}
	entries, err := os.ReadDir(filepath.Dir(dir))
	c.Assert(err, check.IsNil)
	for _, e := range entries {
		beside = append(beside, e.Name())
	}
	sort.Strings(beside)
	return files, beside
}

func (s *outSuite) TestWritesTheSet(c *check.C) {
	all := renderExample(c)
	dir := filepath.Join(c.MkDir(), "out")
	written, err := writeRendered(dir, all)
	c.Assert(err, check.IsNil)
	files, beside := tree(c, dir)
	c.Check(files, check.HasLen, 2*len(all))
	c.Check(written, check.HasLen, 2*len(all))
	c.Check(beside, check.DeepEquals, []string{"out"})
	for _, r := range all {
		c.Check(files[filepath.Join("apparmor", r.tag)], check.Equals, fmt.Sprintf("%x", sha256.Sum256([]byte(r.apparmor.Text.String()))))
		c.Check(files[filepath.Join("seccomp", r.tag+".src")], check.Equals, fmt.Sprintf("%x", sha256.Sum256([]byte(r.seccomp.Text.String()))))
		c.Check(strings.Join(written, "\n"), testutil.Contains, "wrote "+filepath.Join(dir, "apparmor", r.tag)+" (")
	}
	fi, err := os.Stat(dir)
	c.Assert(err, check.IsNil)
	c.Check(fi.Mode().Perm(), check.Equals, os.FileMode(0o755))

	// Writing again replaces the set whole: a profile of the earlier
	// set that the new one does not have is gone.
	stale := filepath.Join(dir, "apparmor", "snap.gone.app")
	c.Assert(os.WriteFile(stale, []byte("old"), 0o644), check.IsNil)
	_, err = writeRendered(dir, all[:1])
	c.Assert(err, check.IsNil)
	files, beside = tree(c, dir)
	c.Check(files, check.HasLen, 2)
	c.Check(beside, check.DeepEquals, []string{"out"})
}

// TestFailurePartWayWritesNothing fails on the second tag, after the
// first tag's files were written: neither an absent nor an earlier
// output directory is changed, and nothing is left beside it.
func (s *outSuite) TestFailurePartWayWritesNothing(c *check.C) {
	all := renderExample(c)
	broken := append([]*rendered{}, all...)
	second := *broken[1]
	second.tag = "no-such-dir/" + second.tag // cannot be created
	broken[1] = &second

	dir := filepath.Join(c.MkDir(), "out")
	_, err := writeRendered(dir, broken)
	c.Check(err, check.ErrorMatches, `cannot write .*/out/apparmor/no-such-dir/snap\.vm-manager\..* \(nothing written\): no such file or directory`)
	files, beside := tree(c, dir)
	c.Check(files, check.HasLen, 0)
	c.Check(beside, check.HasLen, 0)

	// Over an earlier set.
	_, err = writeRendered(dir, all[:1])
	c.Assert(err, check.IsNil)
	before, _ := tree(c, dir)
	_, err = writeRendered(dir, broken)
	c.Check(err, check.ErrorMatches, `cannot write .* \(nothing written\): no such file or directory`)
	after, beside := tree(c, dir)
	c.Check(after, check.DeepEquals, before)
	c.Check(beside, check.DeepEquals, []string{"out"})
}

func (s *outSuite) TestRefusesADirectoryItDidNotWrite(c *check.C) {
	all := renderExample(c)
	for _, t := range []struct {
		prepare func(dir string) error
		err     string
	}{
		{func(dir string) error { return os.WriteFile(filepath.Join(dir, "notes.txt"), nil, 0o644) },
			`cannot write to .*/out: it holds "notes.txt", which --out does not write; name a new directory, or one that only an earlier --out wrote to`},
		{func(dir string) error { return os.WriteFile(filepath.Join(dir, "apparmor"), nil, 0o644) },
			`cannot write to .*/out: it holds "apparmor", which --out does not write; .*`},
	} {
		dir := filepath.Join(c.MkDir(), "out")
		c.Assert(os.Mkdir(dir, 0o755), check.IsNil)
		c.Assert(t.prepare(dir), check.IsNil)
		before, _ := tree(c, dir)
		_, err := writeRendered(dir, all)
		c.Check(err, check.ErrorMatches, t.err)
		after, beside := tree(c, dir)
		c.Check(after, check.DeepEquals, before)
		c.Check(beside, check.DeepEquals, []string{"out"})
	}
	// A file is not a directory.
	file := filepath.Join(c.MkDir(), "out")
	c.Assert(os.WriteFile(file, nil, 0o644), check.IsNil)
	_, err := writeRendered(file, all)
	c.Check(err, check.ErrorMatches, `cannot write to .*/out: not a directory`)
}
