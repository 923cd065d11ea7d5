// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type homeSuite struct{}

var _ = check.Suite(&homeSuite{})

func (s *homeSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "home", staticInfo{
		summary:           "allows access to the non-hidden files in the user's home directory",
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots: declSystemSlot + `
deny-auto-connection:
  -
    on-classic: false
  -
    plug-attributes:
      read: all`,
	})
}

var homeRules = []string{
	"owner @{HOME}/ r,",
	"owner @{HOME}/[^bs.]** rwkl,",
	"owner @{HOME}/{s,sn,sna}{,/,/**} rwkl,",
	"owner @{HOME}/bin{,/,/**} r,",
}

func (s *homeSuite) TestConnectedPlug(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("home", ""))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, homeRules, []string{"@{HOMEDIRS}", "deny "})

	for _, t := range []struct {
		path        string
		read, write bool
	}{
		{"/home/user/", true, false},
		{"/home/user/Documents/letter.odt", true, true},
		{"/home/user/b", true, true},
		{"/home/user/binaries/x", true, true},
		{"/home/user/s/x", true, true},
		{"/home/user/snapshots/x", true, true},
		{"/home/user/Music/.hidden-inside", true, true},
		// Hidden entries, other snaps' data and ~/bin writes are out.
		{"/home/user/.ssh/id_rsa", false, false},
		{"/home/user/.bashrc", false, false},
		{"/home/user/snap/other/common/secret", false, false},
		{"/home/user/snap", false, false},
		{"/home/user/bin/ls", true, false},
		{"/home/user/bin", true, false},
	} {
		c.Check(grants(text, t.path, "r", true), check.Equals, t.read, check.Commentf("read %s", t.path))
		c.Check(grants(text, t.path, "w", true), check.Equals, t.write, check.Commentf("write %s", t.path))
		// Nothing of another user's home.
		c.Check(grants(text, t.path, "r", false), check.Equals, false, check.Commentf("not owner: %s", t.path))
	}
}

func (s *homeSuite) TestReadAll(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("home", "    read: all\n"))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, append(homeRules, "@{HOMEDIRS} r,", "@{HOME}/[^s.]** r,"), nil)
	c.Check(grants(text, "/home/other/Documents/x", "r", false), check.Equals, true)
	c.Check(grants(text, "/home/other/Documents/x", "w", false), check.Equals, false)
	c.Check(grants(text, "/home/other/.ssh/id_rsa", "r", false), check.Equals, false)
	c.Check(grants(text, "/home/other/snap/x/y", "r", false), check.Equals, false)
}

func (s *homeSuite) TestSanitizer(c *check.C) {
	iface := ifaceByName(c, "home")
	read := func(v string) map[string]interface{} { return map[string]interface{}{"read": v} }
	checkPlugSanitizer(c, iface.Name(), append([]attrCase{
		{read("some"), `"read" must be "all" when set, not "some"`},
		{read(""), `"read" must be "all" when set, not ""`},
		{map[string]interface{}{"read": []interface{}{"all"}}, `"read" must be a string`},
		{map[string]interface{}{"read": true}, `"read" must be a string`},
	}, injections("all", `"read" must be "all" when set, not .*`, read)...))
}

func (s *homeSuite) TestDecisions(c *check.C) {
	checkDecisions(c, "home", []decision{
		{manual: true, auto: true},
		{core: true, manual: true, auto: false},
		{plugAttrs: "    read: all\n", manual: true, auto: false},
		{plugAttrs: "    read: all\n", core: true, manual: true, auto: false},
	})
}

func (s *homeSuite) TestPlugInstall(c *check.C) {
	checkPlugInstall(c, "home", "", true)
	checkPlugInstall(c, "home", "    read: all\n", true)
}
