// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type openglSuite struct{}

var _ = check.Suite(&openglSuite{})

func (s *openglSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "opengl",
		summary:   "allows access to the GPU for OpenGL, EGL, Vulkan and OpenCL",
		onCore:    true,
		onClassic: true,
		slotDecl:  declSystemSlot,
		plugAppArmor: []string{
			"/dev/dri/card[0-9]* rw,",
			"/dev/dri/renderD[0-9]* rw,",
			"/dev/nvidiactl rw,",
			"/dev/mali[0-9]* rw,",
			"/var/lib/snapd/lib/gl{,32}/** rm,",
			"/run/udev/data/c226:[0-9]* r,",
		},
	})
}
