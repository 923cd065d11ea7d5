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

// The home interface's accesses, decided on the whole profile.
func (s *homeSuite) TestConnectedPlug(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("home"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /home/user/",
		"file r /home/user/snap/",
		"file rw /home/user/Documents/letter.odt",
		"file rw /home/user/b",
		"file rw /home/user/binaries/x",
		"file rw /home/user/s/x",
		"file rw /home/user/snapshots/x",
		"file rw /home/user/Music/.hidden-inside",
		"file rwkl /root/Downloads/x.iso",
		// Programs kept in the home directory run under the app's
		// profile, those in ~/bin too.
		"exec /home/user/Applications/Tool.AppImage ix",
		"exec /home/user/src/project/build.sh ix",
		"exec /home/user/bin/ls ix",
		"file r /home/user/bin/ls",
		"file r /home/user/bin",
		// GVfs mounts.
		"file r /run/user/1000/gvfs/",
		"file r /run/user/1000/gvfs/sftp:host=example.org/notes.txt",
		"file w /run/user/1000/gvfs/sftp:host=example.org/notes.txt",
	}, []string{
		// Hidden entries, other snaps' data and ~/bin writes are out.
		"file r /home/user/.ssh/id_rsa",
		"file w /home/user/.bashrc",
		"exec /home/user/.local/bin/tool",
		"file r /home/user/snap/other/common/secret",
		"file r /home/user/snap",
		"file w /home/user/bin/ls",
		"file w /home/user/bin",
		"file l /home/user/bin/ls",
		"file w /run/user/1000/gvfs/sftp:host=example.org",
		// Nothing of another user's home.
		"file r /home/other/Documents/x !owner",
		"file x /home/other/Documents/run.sh !owner",
		"file r /run/user/1001/gvfs/x/y !owner",
	})
}

// home's exec rules and the exec-conditioned change_profile rules of
// docker-support and lxd-support stay compatible in one profile (see
// the doc of home).
func (s *homeSuite) TestCompilesWithChangeProfile(c *check.C) {
	yaml := `name: consumer
version: "1"
apps:
  app:
    command: bin/app
    plugs: [home, docker, lxd]
plugs:
  docker:
    interface: docker-support
    privileged-containers: true
  lxd:
    interface: lxd-support
`
	cn := connectToSystem(c, builtin.Classic, yaml, "home", "docker", "lxd")
	cn.checkCompiles(c, "consumer")
	cn.checkAccesses(c, "snap.consumer.app", []string{
		"exec /home/user/Documents/run.sh ix",
		"change_profile exec=/var/snap/consumer/common/x/bin/sh target=docker-default",
	}, nil)
}

func (s *homeSuite) TestReadAll(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("home", "read: all"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /home/ !owner",
		"file r /home/other/ !owner",
		"file r /home/other/Documents/x !owner",
	}, []string{
		"file w /home/other/Documents/x !owner",
		"file r /home/other/.ssh/id_rsa !owner",
		"file r /home/other/snap/x/y !owner",
		"file x /home/other/Documents/run.sh !owner",
		"capability dac_read_search",
	})
}

func init() {
	addAccessDifferences("home", accessDifferences{plugAttrs: []string{"read: all"}, rows: []accessDifference{{
		access: "capability dac_read_search",
		ours:   false,
		why:    "read: all reads other users' files as their permissions allow; the capability would bypass them",
	}}})
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
