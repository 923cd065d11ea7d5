// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"regexp"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type fuseSupportSuite struct{ systemSuite }

var _ = check.Suite(&fuseSupportSuite{systemSuite{systemCase{
	name:    "fuse-support",
	summary: "allows mounting FUSE filesystems on the snap's own directories",
	appArmor: []string{
		"/dev/fuse rw,",
		"mount fstype={fuse,fuse.*} options=(rw,nosuid,nodev) ** -> /var/snap/@{SNAP_INSTANCE_NAME}/**,",
		"mount fstype={fuse,fuse.*} options=(ro,nosuid,nodev) ** -> @{HOME}/snap/@{SNAP_INSTANCE_NAME}/**,",
		"umount /var/snap/@{SNAP_INSTANCE_NAME}/**,",
		"capability sys_admin,",
	},
	secComp: []string{"mount", "umount2"},
	mustNotGrant: []string{
		`pivot_root.*`,
		`/dev/(sd|nvme|loop|mapper).*`,
	},
	reaches:      []access{{"/dev/fuse", "rw"}},
	mustNotReach: []access{{"/dev/loop0", "r"}},
}}})

// Every mount rule is for FUSE only, forbids set-user-id programs and
// device files, and targets the snap's own data directories; every
// unmount rule targets those directories too.
func (s *fuseSupportSuite) TestMountsStayInTheSnapsDirectories(c *check.C) {
	aa, _ := connectToSystem(c, builtin.Classic, consumerYaml(s.name)).snippets(c, plugTag)
	mount := regexp.MustCompile(`^mount fstype=\{fuse,fuse\.\*\} options=\((rw|ro),nosuid,nodev\) \*\* -> (.*),$`)
	umount := regexp.MustCompile(`^umount (.*),$`)
	targets := map[string]bool{
		"/var/snap/@{SNAP_INSTANCE_NAME}/**":    true,
		"@{HOME}/snap/@{SNAP_INSTANCE_NAME}/**": true,
	}
	var mounts, umounts int
	for _, rule := range rules(aa) {
		switch {
		case strings.HasPrefix(rule, "mount"):
			m := mount.FindStringSubmatch(rule)
			if c.Check(m, check.NotNil, check.Commentf("%s", rule)) {
				c.Check(targets[m[2]], check.Equals, true, check.Commentf("%s", rule))
			}
			mounts++
		case strings.HasPrefix(rule, "umount"):
			m := umount.FindStringSubmatch(rule)
			if c.Check(m, check.NotNil, check.Commentf("%s", rule)) {
				c.Check(targets[m[1]], check.Equals, true, check.Commentf("%s", rule))
			}
			umounts++
		}
	}
	c.Check(mounts, check.Equals, 4)
	c.Check(umounts, check.Equals, 2)
}
