// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type removableMediaSuite struct{}

var _ = check.Suite(&removableMediaSuite{})

func (s *removableMediaSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "removable-media", staticInfo{
		summary:           "allows access to mounted removable storage",
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *removableMediaSuite) TestConnectedPlug(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("removable-media", ""))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"/{media,mnt}/ r,",
		"/run/media/*/ r,",
		"/{media,mnt}/** rwkl,",
		"/run/media/*/** rwkl,",
	}, nil)
	for path, want := range map[string]bool{
		"/media/user/STICK/photo.jpg": true,
		"/run/media/user/DISK/x":      true,
		"/mnt/backup/x":               true,
		"/run/user/1000/x":            false,
		"/home/user/x":                false,
	} {
		c.Check(grants(text, path, "w", false), check.Equals, want, check.Commentf("%s", path))
	}
}
