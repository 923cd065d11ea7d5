// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type vcioSuite struct{ systemSuite }

var _ = check.Suite(&vcioSuite{systemSuite{systemCase{
	name:         "vcio",
	summary:      "allows access to the VideoCore I/O mailbox of Raspberry Pi boards",
	appArmor:     []string{"/dev/vcio rw,"},
	mustNotGrant: []string{anyCapability, `/dev/(mem|gpiomem|vchiq).*`},
}}})

func (s *vcioSuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	cn := connectToSystem(c, builtin.Core, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{"file rw /dev/vcio"}, []string{
		"file rw /dev/vchiq",
		"file rw /dev/gpiomem",
		"file rw /dev/mem",
		"file rw /dev/vcsm-cma",
	})
}
