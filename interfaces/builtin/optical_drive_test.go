// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type opticalDriveSuite struct{}

var _ = check.Suite(&opticalDriveSuite{})

func (s *opticalDriveSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "optical-drive", staticInfo{
		summary:           "allows access to optical drives",
		implicitOnClassic: true,
		slots: declSystemSlot + `
deny-auto-connection:
  plug-attributes:
    write: "true"`,
	})
}

var opticalDriveReadRules = []string{
	"/dev/sr[0-9]* r,",
	"/dev/scd[0-9]* r,",
	"@{PROC}/sys/dev/cdrom/info r,",
	"/run/udev/data/b11:[0-9]* r,",
}

func (s *opticalDriveSuite) TestConnectedPlugReads(c *check.C) {
	for _, attrs := range []string{"", "    write: false\n"} {
		repo := connectToSystem(c, builtin.Classic, consumerYaml("optical-drive", attrs))
		text := repo.checkAppArmorOnly(c, "consumer", plugTag, opticalDriveReadRules, nil)
		c.Check(grants(text, "/dev/sr0", "w", false), check.Equals, false)
	}
}

func (s *opticalDriveSuite) TestConnectedPlugWrites(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("optical-drive", "    write: true\n"))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, append(opticalDriveReadRules, "/dev/sr[0-9]* w,", "/dev/scd[0-9]* w,"), nil)
	c.Check(grants(text, "/dev/sr1", "w", false), check.Equals, true)
	c.Check(grants(text, "/dev/sda", "w", false), check.Equals, false)
}

func (s *opticalDriveSuite) TestSanitizer(c *check.C) {
	iface := ifaceByName(c, "optical-drive")
	write := func(v interface{}) map[string]interface{} { return map[string]interface{}{"write": v} }
	checkPlugSanitizer(c, iface.Name(), append([]attrCase{
		{write("true"), `"write" must be true or false`},
		{write(int64(1)), `"write" must be true or false`},
	}, injections("true", `"write" must be true or false`, func(v string) map[string]interface{} { return write(v) })...))
}

func (s *opticalDriveSuite) TestDecisions(c *check.C) {
	checkDecisions(c, "optical-drive", []decision{
		{manual: true, auto: true},
		{plugAttrs: "    write: false\n", manual: true, auto: true},
		{plugAttrs: "    write: true\n", manual: true, auto: false},
	})
}
