// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package fsutil_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/internal/fsutil"
)

func Test(t *testing.T) { check.TestingT(t) }

type fsutilSuite struct{}

var _ = check.Suite(&fsutilSuite{})

func (s *fsutilSuite) TestWriteTemp(c *check.C) {
	dir := c.MkDir()
	path, err := fsutil.WriteTemp(dir, ".x.*", []byte("hello"), 0644)
	c.Assert(err, check.IsNil)
	c.Check(filepath.Dir(path), check.Equals, dir)
	c.Check(filepath.Base(path), check.Matches, `\.x\.[0-9]+`)
	data, err := os.ReadFile(path)
	c.Assert(err, check.IsNil)
	c.Check(string(data), check.Equals, "hello")
	fi, err := os.Stat(path)
	c.Assert(err, check.IsNil)
	c.Check(fi.Mode().Perm(), check.Equals, os.FileMode(0644))
	c.Check(fsutil.SyncDir(dir), check.IsNil)

	_, err = fsutil.WriteTemp(filepath.Join(dir, "missing"), ".x.*", nil, 0644)
	c.Check(err, check.ErrorMatches, `open .*/missing/\.x\.[0-9]+: no such file or directory`)
	c.Check(fsutil.SyncDir(filepath.Join(dir, "missing")), check.NotNil)
}

func (s *fsutilSuite) TestWriteNew(c *check.C) {
	path := filepath.Join(c.MkDir(), "f")
	c.Assert(fsutil.WriteNew(path, []byte("hello"), 0640), check.IsNil)
	data, err := os.ReadFile(path)
	c.Assert(err, check.IsNil)
	c.Check(string(data), check.Equals, "hello")
	fi, err := os.Stat(path)
	c.Assert(err, check.IsNil)
	c.Check(fi.Mode().Perm(), check.Equals, os.FileMode(0640))
	c.Check(fsutil.WriteNew(path, []byte("again"), 0644), check.ErrorMatches, `open .*/f: file exists`)
}

func (s *fsutilSuite) TestReadUpToStamped(c *check.C) {
	path := filepath.Join(c.MkDir(), "f")
	c.Assert(os.WriteFile(path, []byte("hello"), 0644), check.IsNil)
	for _, t := range []struct {
		size int
		want string
	}{
		{0, "h"}, {4, "hello"}, {5, "hello"}, {6, "hello"}, {100, "hello"},
	} {
		data, stamp, err := fsutil.ReadUpToStamped(path, t.size)
		c.Check(stamp, check.Equals, fsutil.StatStamp(path))
		c.Assert(err, check.IsNil)
		c.Check(string(data), check.Equals, t.want, check.Commentf("size %d", t.size))
	}
	data, stamp, err := fsutil.ReadUpToStamped(path+".missing", 5)
	c.Check(err, check.IsNil)
	c.Check(data, check.IsNil)
	c.Check(stamp, check.Equals, fsutil.Stamp{})
	_, _, err = fsutil.ReadUpToStamped(filepath.Dir(path), 5)
	c.Check(err, check.ErrorMatches, `read .*: is a directory`)
}

func (s *fsutilSuite) TestStamps(c *check.C) {
	dir := c.MkDir()
	path := filepath.Join(dir, "f")
	c.Check(fsutil.StatStamp(path), check.Equals, fsutil.Stamp{})
	c.Assert(os.WriteFile(path, []byte("one"), 0644), check.IsNil)
	first := fsutil.StatStamp(path)
	c.Check(first, check.Not(check.Equals), fsutil.Stamp{})
	c.Check(fsutil.StatStamp(path), check.Equals, first)
	data, stamp, err := fsutil.ReadFileStamped(path)
	c.Assert(err, check.IsNil)
	c.Check(string(data), check.Equals, "one")
	c.Check(stamp, check.Equals, first)

	// Another file of the same size renamed over it.
	tmp, err := fsutil.WriteTemp(dir, ".f.*", []byte("two"), 0644)
	c.Assert(err, check.IsNil)
	c.Assert(os.Rename(tmp, path), check.IsNil)
	c.Check(fsutil.StatStamp(path), check.Not(check.Equals), first)

	// Changed in place, past the clock's tick: the change time moves.
	time.Sleep(50 * time.Millisecond)
	second := fsutil.StatStamp(path)
	c.Assert(os.WriteFile(path, []byte("six"), 0644), check.IsNil)
	c.Check(fsutil.StatStamp(path), check.Not(check.Equals), second)

	// A stamp is settled once the file has not changed for a while.
	now := time.Now()
	c.Check(fsutil.StatStamp(path).Settled(now), check.Equals, false)
	c.Check(fsutil.StatStamp(path).Settled(now.Add(2*fsutil.RacyWindow)), check.Equals, true)
	c.Check(fsutil.Stamp{}.Settled(now.Add(time.Hour)), check.Equals, false)
	_, _, err = fsutil.ReadFileStamped(path + ".missing")
	c.Check(err, check.ErrorMatches, `open .*: no such file or directory`)
}
