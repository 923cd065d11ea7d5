// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type systemFilesSuite struct{}

var _ = check.Suite(&systemFilesSuite{})

const systemFilesSummary = "allows access to named files and directories of the system"

func (s *systemFilesSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "system-files", staticInfo{
		summary:           systemFilesSummary,
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
}

func (s *systemFilesSuite) TestConnectedPlug(c *check.C) {
	repo := connectToSystem(c, builtin.Classic, consumerYaml("system-files", `    read: [/etc/cups, "/etc/My Policies"]
    write: [/var/lib/foo]
`))
	text := repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"/etc/cups{,/,/**} rk,",
		`"/etc/My Policies{,/,/**}" rk,`,
		"/var/lib/foo{,/,/**} rwk,",
	}, []string{"owner"})
	for _, t := range []struct {
		path        string
		read, write bool
	}{
		{"/etc/cups/cupsd.conf", true, false},
		{"/etc/My Policies/a.json", true, false},
		{"/var/lib/foo/state", true, true},
		{"/etc/cupsx", false, false},
		{"/etc/shadow", false, false},
		{"/var/lib/foobar", false, false},
	} {
		c.Check(grants(text, t.path, "r", false), check.Equals, t.read, check.Commentf("read %s", t.path))
		c.Check(grants(text, t.path, "w", false), check.Equals, t.write, check.Commentf("write %s", t.path))
	}
}

func (s *systemFilesSuite) TestSanitizer(c *check.C) {
	iface := ifaceByName(c, "system-files")
	write := func(paths ...interface{}) map[string]interface{} { return map[string]interface{}{"write": paths} }
	checkPlugSanitizer(c, iface.Name(), append([]attrCase{
		{map[string]interface{}{}, `"read" or "write" must list at least one path`},
		{map[string]interface{}{"write": "/etc/foo"}, `"write" must be a list of strings`},
		{write(true), `"write" must be a list of strings`},
		{write("/etc/foo", "/etc/foo"), `"write" lists "/etc/foo" twice`},
		{map[string]interface{}{"read": []interface{}{"/etc/foo"}, "write": []interface{}{"/etc/foo"}}, `"write" lists "/etc/foo", which "read" lists already`},
		{write("/"), `write\[0\] "/" would give the whole filesystem`},
		{write("etc/foo"), `write\[0\] "etc/foo" must be absolute`},
		{write("$HOME/.foo"), `write\[0\] "\$HOME/.foo" contains "\$", .*`},
		{write("/etc/foo/"), `write\[0\] "/etc/foo/" must not end with a slash`},
		{write("/etc/foo/../shadow"), `write\[0\] "/etc/foo/../shadow" must be clean .*`},
		{write("/etc/a", ""), `write\[1\] cannot be empty`},
		{write("/etc/foo\n/** rw"), `write\[0\] .* contains a control character`},
		{write("/etc/foo, /** rw"), `write\[0\] .* contains ",", .*`},
		{write("/etc/{shadow,passwd}"), `write\[0\] .* contains "\{", .*`},
		{write("/etc/@{x}"), `write\[0\] .* contains "@", .*`},
		{write("/etc/*"), `write\[0\] .* contains "\*", .*`},
		{write("/etc/?"), `write\[0\] .* contains "\?", .*`},
	}, injections("/etc/foo", `write\[0\] .*`, func(p string) map[string]interface{} { return write(p) })...))
}

func (s *systemFilesSuite) TestCorpusPlugsPass(c *check.C) {
	for _, attrs := range []string{
		"    read: [/etc/cups]\n",
		"    read: [/sys/fs/cgroup/system.slice/snap.opensearch.daemon.service]\n",
		"    read: [/etc/openstack]\n",
		"    read: [/snap]\n",
	} {
		newRepo(c, builtin.Classic, consumerYaml("system-files", attrs))
	}
}

func (s *systemFilesSuite) TestDecisions(c *check.C) {
	plug := "    read: [/etc/foo]\n"
	checkPlugInstall(c, "system-files", plug, false)
	checkDecisions(c, "system-files", []decision{
		{plugAttrs: plug, manual: true, auto: false},
		{plugAttrs: plug, core: true, manual: true, auto: false},
	})
}
