// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type lxdSupportSuite struct{}

var _ = check.Suite(&lxdSupportSuite{})

func (s *lxdSupportSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "lxd-support", staticInfo{
		summary:           "allows operating as the LXD service",
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *lxdSupportSuite) TestConnectedPlug(c *check.C) {
	cc := connectToSystem(c, builtin.Classic, consumerYaml("lxd-support"))
	aa, sc := cc.plugSide(c)
	checkRules(c, aa,
		"capability,",
		"/{,**} rwlk,",
		"mount,",
		"pivot_root,",
		"change_profile unsafe /** -> lxd-*,",
		"change_profile unsafe /** -> lxd_*,",
		"ptrace,")
	checkRules(c, sc, "@unrestricted")
	// LXD changes into its own profiles only, never out of confinement.
	checkGrantsNone(c, aa, startingWith("change_profile,", "change_profile unsafe /**,", "change_profile unsafe /** -> unconfined", "change_profile unsafe /** -> *")...)
	checkExplained(c, aa, sc)

	aaSpec, _ := cc.specs(c, "consumer")
	c.Check(aaSpec.UsesPtraceTrace(plugTag), check.Equals, true)
	c.Check(aaSpec.UsesPtraceTrace("snap.consumer.other"), check.Equals, false)
}

// LXD gets every class of rule of its profile's ABI: on ABI 4.0, user
// namespaces and POSIX message queues too.
func (s *lxdSupportSuite) TestClassesOfABI4(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("lxd-support"))
	cn.checkABI4Rules(c, "consumer", plugTag, "lxd-support", "mqueue,", "userns,")
}
