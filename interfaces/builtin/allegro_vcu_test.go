// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type allegroVCUSuite struct{ systemSuite }

var _ = check.Suite(&allegroVCUSuite{systemSuite{systemCase{
	name:         "allegro-vcu",
	summary:      "allows access to the Allegro video codec unit of Xilinx boards",
	appArmor:     []string{"/dev/allegroIP rw,", "/dev/allegroDecodeIP rw,", "/dev/dmaproxy rw,"},
	mustNotGrant: []string{anyCapability, `/dev/(mem|video).*`},
}}})

func (s *allegroVCUSuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	cn := connectToSystem(c, builtin.Core, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/allegroIP",
		"file rw /dev/allegroDecodeIP",
		"file rw /dev/dmaproxy",
	}, []string{
		"file rw /dev/allegroIP0",
		"file rw /dev/mem",
		"file rw /dev/video0",
		"file rw /dev/dma_heap/system",
	})
}
