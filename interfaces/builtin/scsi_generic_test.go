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
	checkStaticInfo(c, "scsi-generic", staticInfo{
		summary:           "allows access to SCSI generic devices",
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *scsiGenericSuite) TestConnectedPlug(c *check.C) {
	aa, sc := connectToSystem(c, builtin.Classic, consumerYaml("scsi-generic")).plugSide(c)
	checkRules(c, aa,
		"/dev/sg[0-9]* rw,",
		"@{sys}/class/scsi_generic/ r,",
		"@{sys}/devices/**/scsi_generic/** r,")
	// Commands go through the generic nodes, not the disks' own.
	checkGrantsNone(c, aa, startingWith("/dev/sd", "capability")...)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
}
