// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type snapInterfacesRequestsControlSuite struct{ systemSuite }

var _ = check.Suite(&snapInterfacesRequestsControlSuite{systemSuite{systemCase{
	name:            "snap-interfaces-requests-control",
	summary:         "allows answering snapd's requests for access on the user's behalf",
	superPrivileged: true,
	appArmor:        []string{"/run/snapd.socket rw,"},
	mustNotGrant:    []string{anyCapability, `dbus.*`, `/var/lib/snapd.*`},
	reaches:         []access{{"/run/snapd.socket", "rw"}},
	mustNotReach:    []access{{"/var/lib/snapd/state.json", "r"}, {"/var/lib/snapd/apparmor/profiles/snap.x.y", "w"}},
}}})

// The prompting client reaches snapd's API socket, and through it
// nothing of snapd's state on disk or the kernel's prompting channel.
func (s *snapInterfacesRequestsControlSuite) TestAccesses(c *check.C) {
	connectToSystem(c, builtin.Classic, consumerYaml("snap-interfaces-requests-control")).checkAccesses(c, plugTag, []string{
		"file rw /run/snapd.socket",
		"file rw /run/snapd-snap.socket",
	}, []string{
		"file r /var/lib/snapd/state.json",
		"file rw /sys/kernel/security/apparmor/.notify",
		"file w /var/lib/snapd/interfaces-requests/request-rules.json",
		"capability mac_admin",
	})
}

// A prompting client as the reference expects it: the handler is a
// daemon of the snap (a user daemon there), and the client app plugs
// the interface too.
const promptingClientYaml = `name: prompting-client
version: "1"
apps:
  daemon:
    command: bin/daemon
    daemon: simple
    plugs: [requests]
  gui:
    command: bin/gui
    plugs: [requests]
plugs:
  requests:
    interface: snap-interfaces-requests-control
    handler-service: daemon
`

func (s *snapInterfacesRequestsControlSuite) TestHandlerService(c *check.C) {
	info, err := snap.InfoFromSnapYaml([]byte(promptingClientYaml))
	c.Assert(err, check.IsNil)
	sanitizer := ifaceByName(c, "snap-interfaces-requests-control").(interfaces.PlugSanitizer)
	prefix := sanitizeErrPrefix("plug", "prompting-client", "snap-interfaces-requests-control")
	prefix = strings.Replace(prefix, "prompting-client:plug", "prompting-client:requests", 1)
	for _, row := range []attrCase{
		{nil, ""},
		{attrs{"handler-service": "daemon"}, ""},
		{attrs{"handler-service": "gui"}, `"handler-service" names app "gui", which is not a daemon`},
		{attrs{"handler-service": "missing"}, `"handler-service" names "missing", which is not an app of the snap`},
		{attrs{"handler-service": ""}, `"handler-service" names "", which is not an app of the snap`},
		{attrs{"handler-service": "daemon\n/** rw"}, `"handler-service" names "daemon\\n/\*\* rw", which is not an app of the snap`},
		{attrs{"handler-service": strings.Repeat("a", 65)}, `"handler-service" is 65 bytes long, more than the 64 allowed`},
		{attrs{"handler-service": int64(1)}, `"handler-service" must be a string`},
		{attrs{"handler-service": []interface{}{"daemon"}}, `"handler-service" must be a string`},
	} {
		plug := &snap.PlugInfo{Snap: info, Name: "requests", Interface: "snap-interfaces-requests-control", Attrs: row.attrs}
		err := sanitizer.BeforePreparePlug(plug)
		comment := check.Commentf("%v", row.attrs)
		if row.err == "" {
			c.Check(err, check.IsNil, comment)
			continue
		}
		c.Check(err, check.ErrorMatches, prefix+row.err, comment)
	}
	// The whole snap adds, with its handler named, and both apps get the
	// socket once connected.
	cn := connectToSystem(c, builtin.Classic, promptingClientYaml, "requests")
	for _, tag := range []string{"snap.prompting-client.daemon", "snap.prompting-client.gui"} {
		aa, _ := cn.snippets(c, tag)
		checkRules(c, aa, "/run/snapd.socket rw,")
	}
}
