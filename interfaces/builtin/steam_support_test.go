// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"regexp"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type steamSupportSuite struct{}

var _ = check.Suite(&steamSupportSuite{})

func (s *steamSupportSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "steam-support",
		summary:   "allows running games in the Steam container runtime",
		onClassic: true,
		plugDecl:  declSuperPrivilegedPlug,
		slotDecl:  declSystemSlotNoAutoConnect,
		plugAppArmor: []string{
			"capability sys_admin,",
			"mount fstype=proc proc -> /newroot/proc/,",
			"pivot_root oldroot=/newroot/ /newroot/,",
		},
		plugSecComp: []string{"mount", "umount2", "pivot_root", "unshare", "sched_setaffinity", "ptrace PTRACE_ATTACH"},
	})
}

// The filter stays: steam-support is no way out of seccomp.
func (s *steamSupportSuite) TestKeepsTheFilter(c *check.C) {
	_, sc := connectToSystem(c, builtin.Classic, consumerYaml("steam-support")).snippets(c, plugTag)
	checkGrantsNone(c, sc, "@unrestricted", "ptrace", "ptrace PTRACE_POKE.*", "bpf", "io_uring_setup", "init_module", "perf_event_open")
}

// Mounts stay inside bubblewrap's staging paths: no rule mounts on, or
// unmounts, an arbitrary path of the snap's namespace.
var steamMountTarget = regexp.MustCompile(`^(mount|remount|umount)\b.*?(-> )?(\S+),$`)

func (s *steamSupportSuite) TestMountsStayInTheContainer(c *check.C) {
	text, _ := connectToSystem(c, builtin.Classic, consumerYaml("steam-support")).snippets(c, plugTag)
	checkNoAppArmor4Rules(c, text)
	n := 0
	for _, line := range lines(text) {
		m := steamMountTarget.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n++
		c.Check(m[3], check.Matches, `/|/tmp/|/run/user/\[0-9\]\*/\.bubblewrap/|/newroot/.*|/oldroot/`, check.Commentf("%s", line))
	}
	c.Check(n > 0, check.Equals, true)
}

// bubblewrap creates the container's user namespace: a profile of ABI
// 4.0 allows it, one of ABI 3.0 cannot say it.
func (s *steamSupportSuite) TestUserNSOnABI4(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("steam-support"))
	cn.checkABI4Rules(c, "consumer", plugTag, "steam-support", "userns,")
}
