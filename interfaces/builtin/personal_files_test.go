// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type personalFilesSuite struct{}

var _ = check.Suite(&personalFilesSuite{})

const personalFilesSummary = "allows access to named files and directories in the user's home"

func (s *personalFilesSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "personal-files", staticInfo{
		summary:           personalFilesSummary,
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *personalFilesSuite) TestConnectedPlug(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("personal-files", `    read: [$HOME/.config/foo, "$HOME/.local/share/My App"]
    write: [$HOME/.foo]
`))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"owner @{HOME}/.config/foo{,/,/**} rk,",
		`owner "@{HOME}/.local/share/My App{,/,/**}" rk,`,
		"owner @{HOME}/.foo{,/,/**} rwk,",
	}, nil)
	for _, t := range []struct {
		path        string
		read, write bool
	}{
		{"/home/user/.config/foo", true, false},
		{"/home/user/.config/foo/settings.ini", true, false},
		{"/home/user/.local/share/My App/db", true, false},
		{"/home/user/.foo/x", true, true},
		{"/home/user/.config/foobar", false, false},
		{"/home/user/.config/bar", false, false},
		{"/home/user/Documents/x", false, false},
	} {
		c.Check(grants(text, t.path, "r", true), check.Equals, t.read, check.Commentf("read %s", t.path))
		c.Check(grants(text, t.path, "w", true), check.Equals, t.write, check.Commentf("write %s", t.path))
		c.Check(grants(text, t.path, "r", false), check.Equals, false, check.Commentf("not owner: %s", t.path))
	}
}

func (s *personalFilesSuite) TestWriteOnly(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("personal-files", "    write: [$HOME/.local/share/juju]\n"))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, []string{"owner @{HOME}/.local/share/juju{,/,/**} rwk,"}, []string{"Read only"})
	c.Check(grants(text, "/home/user/.local/share/juju/x", "w", true), check.Equals, true)
}

func (s *personalFilesSuite) TestSanitizer(c *check.C) {
	iface := ifaceByName(c, "personal-files")
	read := func(paths ...interface{}) map[string]interface{} { return map[string]interface{}{"read": paths} }
	checkPlugSanitizer(c, iface.Name(), append([]attrCase{
		{nil, `"read" or "write" must list at least one path`},
		{read(), `"read" or "write" must list at least one path`},
		{map[string]interface{}{"read": "$HOME/.foo"}, `"read" must be a list of strings`},
		{read(int64(1)), `"read" must be a list of strings`},
		{read("$HOME/.a", "$HOME/.a"), `"read" lists "\$HOME/.a" twice`},
		{map[string]interface{}{"read": []interface{}{"$HOME/.a"}, "write": []interface{}{"$HOME/.a"}}, `"write" lists "\$HOME/.a", which "read" lists already`},
		{read("/home/user/.foo"), `read\[0\] "/home/user/.foo" must start with "\$HOME/" and name a file or directory below it`},
		{read("$HOME"), `read\[0\] "\$HOME" must start with "\$HOME/" .*`},
		{read("$HOME/"), `read\[0\] "\$HOME/" must start with "\$HOME/" .*`},
		{read("$HOMEX/.foo"), `read\[0\] "\$HOMEX/.foo" must start with "\$HOME/" .*`},
		{read("$HOME/.a", "~/.foo"), `read\[1\] "~/.foo" must start with "\$HOME/" .*`},
		{read("$HOME/."), `read\[0\] "\$HOME/.": the part after \$HOME "/." must be clean .*`},
		{read("$HOME/$HOME/x"), `read\[0\] .* contains "\$", .*`},
		{read("$HOME/Steam", "$HOME/Documents/My Notes"), ``},
		{read("$HOME/.foo/"), `read\[0\] "\$HOME/.foo/": the part after \$HOME "/.foo/" must not end with a slash`},
		{read("$HOME/.."), `read\[0\] "\$HOME/..": the part after \$HOME "/.." must be clean .*`},
		{read("$HOME/.foo/../../etc"), `read\[0\] .*: the part after \$HOME .* must be clean .*`},
		{read("$HOME/.foo//x"), `read\[0\] .* must be clean .*`},
		{read("$HOME/.foo\n/etc/shadow r"), `read\[0\] .* contains a control character`},
		{read("$HOME/.foo,"), `read\[0\] .* contains ",", which AppArmor would not read as a literal`},
		{read("$HOME/.{a,b}"), `read\[0\] .* contains "\{", .*`},
		{read("$HOME/.@{HOME}"), `read\[0\] .* contains "@", .*`},
		{read("$HOME/.*"), `read\[0\] .* contains "\*", .*`},
		{read(`$HOME/."`), `read\[0\] .* contains "\\"", .*`},
	}, injections("$HOME/.foo", `read\[0\] .*`, func(p string) map[string]interface{} { return read(p) })...))
}

// The reference accepts any path below $HOME, hidden or not: the Steam
// snap plugs $HOME/Steam. Before, such a plug was dropped.
func (s *personalFilesSuite) TestNonHiddenPaths(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("personal-files", "    write: [$HOME/Steam]\n    read: [$HOME/Documents/notes.txt]\n"))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"owner @{HOME}/Steam{,/,/**} rwk,",
		"owner @{HOME}/Documents/notes.txt{,/,/**} rk,",
	}, nil)
	c.Check(grants(text, "/home/user/Steam/steamapps/x", "w", true), check.Equals, true)
	c.Check(grants(text, "/home/user/Documents/other.txt", "r", true), check.Equals, false)
	c.Check(grants(text, "/home/user/.ssh/id_rsa", "r", true), check.Equals, false)
}

func (s *personalFilesSuite) TestCorpusPlugsPass(c *check.C) {
	iface := ifaceByName(c, "personal-files")
	for _, attrs := range []string{
		"    read: [$HOME/.npmrc]\n",
		"    write: [$HOME/.local/share/juju]\n",
		"    read: [$HOME/.config/jhack]\n",
	} {
		newRepo(c, builtin.Classic, consumerYaml(iface.Name(), attrs))
	}
}

func (s *personalFilesSuite) TestDecisions(c *check.C) {
	plug := "    read: [$HOME/.config/foo]\n"
	checkPlugInstall(c, "personal-files", plug, false)
	checkDecisions(c, "personal-files", []decision{
		{plugAttrs: plug, manual: true, auto: false},
		{plugAttrs: plug, core: true, manual: true, auto: false},
	})
}
