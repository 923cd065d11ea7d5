// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type framebufferSuite struct{ systemSuite }

var _ = check.Suite(&framebufferSuite{systemSuite{systemCase{
	name:         "framebuffer",
	summary:      "allows access to the framebuffer devices",
	appArmor:     []string{"/dev/fb[0-9]* rw,"},
	mustNotGrant: []string{anyCapability, `/dev/(dri|tty).*`, `@\{sys\}.* [a-z]*w[a-z]*,`},
}}})

func (s *framebufferSuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	const fb = "/sys/devices/platform/simple-framebuffer.0/graphics/fb0/"
	cn := connectToSystem(c, builtin.Core, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/fb0",
		"file rw /dev/fb1",
		"file r /sys/class/graphics/",
		"file r " + fb + "virtual_size",
		"file r " + fb + "bits_per_pixel",
		"file r /run/udev/data/c29:0",
	}, []string{
		"file w " + fb + "blank",
		"file rw /dev/dri/card0",
		"file rw /dev/tty0",
		"file rw /dev/tty1",
		"file rw /dev/fbx",
	})
}
