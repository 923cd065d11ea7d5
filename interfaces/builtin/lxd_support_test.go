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
		"change_profile unsafe /** -> lxd-**,",
		"change_profile unsafe /** -> lxd_**,",
		"ptrace,")
	checkRules(c, sc, "@unrestricted")
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

// What LXD does: re-execute itself unconfined through aa-exec, as its
// snap's wrapper does, start instances and helpers under the profiles
// it loads, and manage the host; it changes to no other profile.
func (s *lxdSupportSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("lxd-support"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /proc/4242/attr/current",
		"exec /snap/consumer/x1/bin/aa-exec ix",
		"change_profile exec=/snap/consumer/x1/commands/daemon.start target=unconfined",
		"file w /proc/4242/attr/exec",
		"change_profile exec=/snap/consumer/x1/bin/lxc target=lxd-c1_</var/snap/lxd/common/lxd>",
		"change_profile exec=/snap/consumer/x1/bin/dnsmasq target=lxd_dnsmasq-lxdbr0_</var/snap/lxd/common/lxd>",
		"file r /var/lib/snapd/hostfs/etc/os-release",
		"file w /sys/kernel/security/apparmor/.replace",
		"capability mac_admin",
		"capability sys_admin",
		"mount fstype=zfs source=default/containers/c1 /var/snap/lxd/common/lxd/storage-pools/default/containers/c1/",
		"ptrace trace peer=lxd-c1_</var/snap/lxd/common/lxd>",
	}, []string{
		"change_profile exec=/snap/consumer/x1/bin/x target=snap.other.app",
		"change_profile exec=/snap/consumer/x1/bin/x target=docker-default",
	})
}

func init() {
	addAccessDifferences("lxd-support", accessDifferences{rows: []accessDifference{{
		access: "change_profile exec=/usr/bin/true target=snap.other.app",
		ours:   false,
		why:    "LXD changes to its own profiles and to unconfined; the reference's ux aa-exec lets it change to any",
	}}})
}
