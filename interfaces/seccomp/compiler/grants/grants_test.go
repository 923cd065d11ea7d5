// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package grants_test

import (
	"context"
	"strings"
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler/grants"
	"github.com/snapiface/snapiface/testutil"
)

func Test(t *testing.T) { check.TestingT(t) }

type grantsSuite struct{}

var _ = check.Suite(&grantsSuite{})

func of(c *check.C, text string) *grants.Grants {
	filter, err := compiler.Compile(context.Background(), text)
	if err != nil {
		testutil.MissingTool(c, "libseccomp: "+err.Error())
	}
	if filter.Arches[0] != "amd64" {
		c.Skip("the tables are amd64's; native is " + filter.Arches[0])
	}
	loaded, err := grants.Load(filter)
	c.Assert(err, check.IsNil)
	g, err := grants.Of(loaded)
	c.Assert(err, check.IsNil)
	return g
}

func (s *grantsSuite) TestText(c *check.C) {
	text := of(c, "read\nsocket AF_UNIX\n~ioctl - TIOCSTI\nioctl\nchown32\n").Text()
	lines := strings.Split(text, "\n")
	for _, want := range []string{
		"x86_64  read: allow",
		"x86_64  write: EPERM",
		"x86_64  socket(...): EPERM",
		"x86_64  socket(AF_UNIX, SOCK_STREAM, 0): allow",
		"x86_64  ioctl(...): allow",
		"x86_64  ioctl(3, TIOCSTI): EACCES",
		"x86_64  ioctl(3, TIOCSTI/64): EACCES",
		// i386 lines only where they differ, or where x86_64 lacks the
		// syscall.
		"x86     chown32: allow",
		"x86     lchown32: EPERM",
		"x32     *: kill",
	} {
		c.Check(lines, testutil.Contains, want)
	}
	c.Check(text, check.Not(testutil.Contains), "x86     read:")
	c.Check(text, check.Not(testutil.Contains), "socket(AF_INET, SOCK_STREAM, 0)")
}

func (s *grantsSuite) TestDiff(c *check.C) {
	base := of(c, "read\nsocket AF_UNIX\n")
	c.Check(grants.Diff(base, base), check.Equals, "")
	with := of(c, "read\nsocket AF_UNIX\nsocket AF_NETLINK - NETLINK_GENERIC\nmount\nlistmount\nchown32\n~read - 0 -> ENOSYS\n")
	c.Check(grants.Diff(base, with), check.Equals, `x86_64  listmount: EPERM -> allow
x86_64  mount: EPERM -> allow
x86_64  read: allow -> ENOSYS
x86_64  socket(AF_NETLINK, SOCK_RAW, NETLINK_GENERIC): EPERM -> allow
x86     chown32: EPERM -> allow
x86     listmount: EPERM (unchanged)
`)
	c.Check(grants.Diff(base, of(c, "@unrestricted\n")), check.Equals, "unrestricted: no filter, every syscall of every architecture allowed\n")
}

func (s *grantsSuite) TestUncovered(c *check.C) {
	rs, err := seccomp.Parse("read\nsocket AF_UNIX\nsetgroups 5 -\nchmod - &0x8000=0\nsetuid u:root\nnosuchcall 1\n")
	c.Assert(err, check.IsNil)
	c.Check(grants.Uncovered(rs), check.DeepEquals, []string{
		`line 3: "setgroups 5 -": no probe of setgroups matches it`,
		`line 4: "chmod - &32768=0": every probe of chmod matches it`,
	})
}

func (s *grantsSuite) TestAction(c *check.C) {
	for ret, want := range map[uint32]string{
		grants.RetAllow: "allow", grants.RetLog: "log", grants.RetKillThread: "kill", grants.RetKillProcess: "kill",
		grants.RetTrap: "trap", grants.RetErrno | 1: "EPERM", grants.RetErrno | 38: "ENOSYS", grants.RetErrno | 99: "errno 99",
		0x12340000: "0x12340000",
	} {
		c.Check(grants.Action(ret), check.Equals, want)
	}
}
