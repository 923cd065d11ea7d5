// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"
)

type opticalDriveSuite struct{}

var _ = check.Suite(&opticalDriveSuite{})

func (s *opticalDriveSuite) TestStaticInfo(c *check.C) {
	c2CheckStatic(c, "optical-drive", "allows access to optical drives", false, true, nil,
		append(c2SystemSlotLines, "deny-auto-connection:", "plug-attributes:", `write: "true"`))
}

var opticalDriveReadRules = []string{
	"/dev/sr[0-9]* r,",
	"/dev/scd[0-9]* r,",
	"@{PROC}/sys/dev/cdrom/info r,",
	"/run/udev/data/b11:[0-9]* r,",
}

func (s *opticalDriveSuite) TestConnectedPlugReads(c *check.C) {
	for _, attrs := range []string{"", "    write: false\n"} {
		repo := c2ConnectToSystem(c, "optical-drive", attrs)
		text := c2CheckPolicy(c, repo, "consumer", c2PlugTag, opticalDriveReadRules, nil)
		c.Check(c2Grants(text, "/dev/sr0", 'w', false), check.Equals, false)
	}
}

func (s *opticalDriveSuite) TestConnectedPlugWrites(c *check.C) {
	repo := c2ConnectToSystem(c, "optical-drive", "    write: true\n")
	text := c2CheckPolicy(c, repo, "consumer", c2PlugTag, append(opticalDriveReadRules, "/dev/sr[0-9]* w,", "/dev/scd[0-9]* w,"), nil)
	c.Check(c2Grants(text, "/dev/sr1", 'w', false), check.Equals, true)
	c.Check(c2Grants(text, "/dev/sda", 'w', false), check.Equals, false)
	c2CheckAppArmorCompiles(c, c2AppArmor(c, repo, "consumer"))
}

func (s *opticalDriveSuite) TestSanitizer(c *check.C) {
	iface := c2CheckStatic(c, "optical-drive", "allows access to optical drives", false, true, nil, nil)
	write := func(v interface{}) map[string]interface{} { return map[string]interface{}{"write": v} }
	c2CheckPlugSanitizer(c, iface, append([]c2AttrCase{
		{write("true"), `"write" must be true or false`},
		{write(int64(1)), `"write" must be true or false`},
	}, c2Injections("true", `"write" must be true or false`, func(v string) map[string]interface{} { return write(v) })...))
}

func (s *opticalDriveSuite) TestDecisions(c *check.C) {
	c2CheckDecisions(c, "optical-drive", []c2Decision{
		{manual: true, auto: true},
		{plugAttrs: "    write: false\n", manual: true, auto: true},
		{plugAttrs: "    write: true\n", manual: true, auto: false},
	})
}
