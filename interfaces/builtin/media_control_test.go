// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type mediaControlSuite struct{ systemSuite }

var _ = check.Suite(&mediaControlSuite{systemSuite{systemCase{
	name:     "media-control",
	summary:  "allows configuring media pipelines through the Media Controller and V4L2 sub-devices",
	appArmor: []string{"/dev/media[0-9]* rw,", "/dev/v4l-subdev[0-9]* rw,"},
	// Pipelines, not capture, nor other devices.
	mustNotGrant: append(startingWith("/dev/video", "/dev/dri", "/dev/snd", "/dev/dvb", "dbus", "network"), anyCapability),
}}})

func (s *mediaControlSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "media-control").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}

// The app opens the media and sub-device nodes and finds them in
// sysfs; it does not capture from the video nodes (camera's), reach
// other device classes, or write to sysfs.
func (s *mediaControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("media-control"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/media0",
		"file rw /dev/media12",
		"file rw /dev/v4l-subdev3",
		"file r /sys/bus/media/devices/",
		"file r /sys/devices/platform/soc/fe801000.csi/media0/uevent",
		"file r /sys/devices/platform/soc/fe801000.csi/video4linux/v4l-subdev3/name",
		"file r /run/udev/data/c81:3",
	}, []string{
		"file rw /dev/video0",
		"file rw /dev/dri/card0",
		"file rw /dev/snd/controlC0",
		"file rw /dev/dvb/adapter0/frontend0",
		"file rw /dev/mediactl",
		"file w /sys/devices/platform/soc/fe801000.csi/media0/uevent",
		"file r /sys/devices/platform/soc/fe801000.csi/video4linux/video0/name",
		"file r /run/udev/data/c189:2",
		"capability sys_admin",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file rw /dev/media0"})
}
