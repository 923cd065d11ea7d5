// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type apparmorObserveSuite struct{ systemSuite }

var _ = check.Suite(&apparmorObserveSuite{systemSuite{systemCase{
	name:    "apparmor-observe",
	summary: "allows reading the AppArmor policy the kernel holds and the labels of processes",
	appArmor: []string{
		"@{sys}/kernel/security/apparmor/** r,",
		"@{PROC}/@{pids}/attr/{,apparmor/}current r,",
		"ptrace (read),",
	},
	mustNotGrant: []string{writesFiles, anyCapability, `ptrace \(.*trace.*\).*`, `change_profile.*`},
}}})

// What aa-status reads: the loaded profiles and their modes, the
// kernel's features, and every process's label; it loads, replaces and
// removes no policy, and reads nothing private to a process.
func (s *apparmorObserveSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("apparmor-observe")).checkAccesses(c, plugTag, []string{
			"file r /sys/kernel/security/apparmor/profiles",
			"file r /sys/kernel/security/apparmor/policy/profiles/snap.hello.hello.2/mode",
			"file r /sys/kernel/security/apparmor/features/domain/version",
			"file r /sys/module/apparmor/parameters/enabled",
			"file r /sys/module/apparmor/parameters/mode",
			"file r /proc/",
			"file r /proc/1/attr/current !owner",
			"file r /proc/4242/attr/apparmor/current !owner",
			"file r /proc/4242/cmdline !owner",
			"ptrace read peer=unconfined",
			"ptrace read peer=snap.other.app",
		}, []string{
			"file w /sys/kernel/security/apparmor/.load",
			"file w /sys/kernel/security/apparmor/.replace",
			"file w /sys/kernel/security/apparmor/.remove",
			"file w /sys/module/apparmor/parameters/mode",
			"file w /proc/4242/attr/current",
			"file w /proc/4242/attr/apparmor/exec",
			"file r /proc/4242/environ !owner",
			"file r /proc/4242/mem !owner",
			"file r /etc/apparmor.d/usr.sbin.cupsd",
			"capability mac_admin",
			"ptrace trace peer=unconfined",
			"change_profile target=unconfined",
		})
	}
}
