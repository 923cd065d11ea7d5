// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type ioPortsControlSuite struct{ systemSuite }

var _ = check.Suite(&ioPortsControlSuite{systemSuite{systemCase{
	name:         "io-ports-control",
	summary:      "allows access to all I/O ports",
	appArmor:     []string{"/dev/port rw,", "capability sys_rawio,"},
	secComp:      []string{"ioperm", "iopl"},
	mustNotGrant: []string{`/dev/k?mem .*`, `capability sys_(admin|module),`},
}}})

// The ports, and no memory: /dev/mem and /dev/kmem are
// physical-memory-control's.
func (s *ioPortsControlSuite) TestAccesses(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
	cn := connectToSystem(c, builtin.Core, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/port",
		"capability sys_rawio",
	}, []string{
		"file r /dev/mem",
		"file r /dev/kmem",
		"capability sys_admin",
	})
	_, sc := cn.plugSide(c)
	c.Check(ruleLines(sc), check.DeepEquals, []string{"ioperm", "iopl"})
}
