// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type ionMemoryControlSuite struct{ systemSuite }

var _ = check.Suite(&ionMemoryControlSuite{systemSuite{systemCase{
	name:            "ion-memory-control",
	summary:         "allows access to the Android ION memory allocator",
	superPrivileged: true,
	appArmor:        []string{"/dev/ion rw,"},
	mustNotGrant:    []string{anyCapability, `/dev/(mem|dma_heap).*`},
}}})

func (s *ionMemoryControlSuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	cn := connectToSystem(c, builtin.Core, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{"file rw /dev/ion"}, []string{
		"file rw /dev/dma_heap/system",
		"file rw /dev/mem",
		"file rw /dev/ion0",
	})
}
