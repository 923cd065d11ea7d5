// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type systemSourceCodeSuite struct{ systemSuite }

var _ = check.Suite(&systemSourceCodeSuite{systemSuite{systemCase{
	name:         "system-source-code",
	summary:      "allows reading the host's kernel sources and headers in /usr/src",
	appArmor:     []string{"/usr/src/ r,", "/usr/src/** r,"},
	mustNotGrant: []string{writesFiles, anyCapability},
}}})

// Kernel headers and build trees are read; nothing is written or run
// from them, and nothing beside /usr/src is reached.
func (s *systemSourceCodeSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("system-source-code")).checkAccesses(c, plugTag, []string{
			"file r /usr/src/",
			"file r /usr/src/linux-headers-6.8.0-31-generic/include/generated/autoconf.h !owner",
			"file r /usr/src/linux-headers-6.8.0-31-generic/.config !owner",
			"file r /usr/src/linux-headers-6.8.0-31/include/linux/sched.h !owner",
		}, []string{
			"file w /usr/src/linux-headers-6.8.0-31-generic/.config",
			"file w /usr/src/new",
			"exec /usr/src/linux-headers-6.8.0-31-generic/scripts/basic/fixdep",
			"file r /var/lib/dkms/nvidia/550/build/make.log",
			"file r /boot/vmlinuz-6.8.0-31-generic",
		})
	}
}
