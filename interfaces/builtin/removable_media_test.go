// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"
)

type removableMediaSuite struct{}

var _ = check.Suite(&removableMediaSuite{})

func (s *removableMediaSuite) TestStaticInfo(c *check.C) {
	c2CheckStatic(c, "removable-media", "allows access to mounted removable storage", true, true, nil, c2NoAutoConnectLines)
}

func (s *removableMediaSuite) TestConnectedPlug(c *check.C) {
	repo := c2ConnectToSystem(c, "removable-media", "")
	text := c2CheckPolicy(c, repo, "consumer", c2PlugTag, []string{
		"/{media,mnt}/ r,",
		"/run/media/*/ r,",
		"/{media,mnt}/** rwkl,",
		"/run/media/*/** rwkl,",
	}, nil)
	c2CheckAppArmorCompiles(c, c2AppArmor(c, repo, "consumer"))
	for path, want := range map[string]bool{
		"/media/user/STICK/photo.jpg": true,
		"/run/media/user/DISK/x":      true,
		"/mnt/backup/x":               true,
		"/run/user/1000/x":            false,
		"/home/user/x":                false,
	} {
		c.Check(c2Grants(text, path, 'w', false), check.Equals, want, check.Commentf("%s", path))
	}
}
