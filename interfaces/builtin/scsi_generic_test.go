// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type scsiGenericSuite struct{}

var _ = check.Suite(&scsiGenericSuite{})

func (s *scsiGenericSuite) TestStaticInfo(c *check.C) {
	c5CheckStaticInfo(c, "scsi-generic", c5StaticInfo{
		summary:           "allows access to SCSI generic devices",
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             c5PlugNeedsDeclaration,
		slots:             c5SystemSlotOnly,
	})
}

func (s *scsiGenericSuite) TestConnectedPlug(c *check.C) {
	aa, sc := newC5Connected(c, builtin.Classic, c5ConsumerYaml("scsi-generic"), "").plugSide(c)
	c5CheckRules(c, aa,
		"/dev/sg[0-9]* rw,",
		"@{sys}/class/scsi_generic/ r,",
		"@{sys}/devices/**/scsi_generic/** r,")
	// Commands go through the generic nodes, not the disks' own.
	c5CheckNoRules(c, aa, "/dev/sd", "capability")
	c.Check(sc, check.Equals, "")
	c5CheckExplained(c, aa)
	c5CheckAppArmorCompiles(c, aa)
}
