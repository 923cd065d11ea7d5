// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type polkitSuite struct{}

var _ = check.Suite(&polkitSuite{})

const polkitPrefix = "action-prefix: org.example.foo"

func (s *polkitSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "polkit", staticInfo{
		summary:           "allows asking polkit whether callers may perform the snap's own actions",
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
	c.Check(ifaceByName(c, "polkit").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendPolkit})
}

// The plug needs a snap declaration to install, and connects to the
// system's slot on classic by hand only.
func (s *polkitSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "polkit", polkitPrefix, false)
	checkDecisions(c, "polkit", []decision{{plugAttrs: polkitPrefix, manual: true, auto: false}})
}

func (s *polkitSuite) TestSanitizer(c *check.C) {
	prefix := func(v interface{}) attrs { return attrs{"action-prefix": v} }
	rows := []attrCase{
		{prefix("org.example.foo"), ""},
		{prefix("io.snapcraft.my-app2"), ""},
		{prefix("com.example.a.b.c-d"), ""},
		{nil, `"action-prefix" must be set to the prefix of the snap's polkit actions`},
		{attrs{"other": "x"}, `"action-prefix" must be set to the prefix of the snap's polkit actions`},
		{prefix(int64(1)), `"action-prefix" must be a string`},
		{prefix([]interface{}{"org.example.foo"}), `"action-prefix" must be a string`},
		{prefix(strings.Repeat("a.", 128)), `"action-prefix" is 256 bytes long, more than the 255 allowed`},
	}
	// Too short to be one vendor's, or not an action id's shape.
	for _, bad := range []string{
		"", "org", "org.", ".org.example", "org..example", "org.example.", "Org.Example.Foo", "org.example.Foo",
		"org.example_foo.bar", "org.1example", "org.-example", "org.example.*", "org.example.foo ", " org.example",
		"org.example.foo\x00", "org/example", "org.example.foo,bar",
	} {
		rows = append(rows, attrCase{prefix(bad), regexp.QuoteMeta(fmt.Sprintf(`"action-prefix" %q must be two or more dot-separated elements of lowercase letters, digits and "-", each starting with a letter`, bad))})
	}
	rows = append(rows, injections("org.example.foo", `"action-prefix" .* must be two or more dot-separated elements .*`, func(v string) map[string]interface{} { return prefix(v) })...)
	checkPlugSanitizer(c, "polkit", rows)
}

// The service asks polkit about callers and hears when policy changes;
// it registers no authentication agent, answers no one's
// authentication, and reads no polkit rules or policy files.
func (s *polkitSuite) TestAccesses(c *check.C) {
	const authority = "bus=system path=/org/freedesktop/PolicyKit1/Authority interface=org.freedesktop.PolicyKit1.Authority member="
	connectToSystem(c, builtin.Classic, consumerYaml("polkit", polkitPrefix)).checkAccesses(c, plugTag, []string{
		"file rw /run/dbus/system_bus_socket",
		"dbus send " + authority + "CheckAuthorization name=org.freedesktop.PolicyKit1 peer=unconfined",
		"dbus send " + authority + "CancelCheckAuthorization name=org.freedesktop.PolicyKit1 peer=unconfined",
		"dbus send " + authority + "EnumerateActions name=org.freedesktop.PolicyKit1 peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/PolicyKit1/Authority interface=org.freedesktop.DBus.Properties member=GetAll name=org.freedesktop.PolicyKit1 peer=unconfined",
		"dbus receive " + authority + "Changed peer=unconfined",
	}, []string{
		"dbus send " + authority + "RegisterAuthenticationAgent name=org.freedesktop.PolicyKit1 peer=unconfined",
		"dbus send " + authority + "AuthenticationAgentResponse2 name=org.freedesktop.PolicyKit1 peer=unconfined",
		"dbus send " + authority + "RevokeTemporaryAuthorizations name=org.freedesktop.PolicyKit1 peer=unconfined",
		"dbus send " + authority + "CheckAuthorization name=org.freedesktop.PolicyKit1 peer=snap.other.app",
		"file w /usr/share/polkit-1/actions/org.example.foo.policy",
		"file r /etc/polkit-1/rules.d/50-local.rules",
		"exec /usr/bin/pkexec",
	})
}

// The prefix is the interface's only input: whatever it holds, the
// profile is the same text, so no prefix can widen it.
func (s *polkitSuite) TestPrefixNeverReachesPolicy(c *check.C) {
	a, _ := connectToSystem(c, builtin.Classic, consumerYaml("polkit", polkitPrefix)).plugSide(c)
	b, _ := connectToSystem(c, builtin.Classic, consumerYaml("polkit", "action-prefix: com.other.vendor-app")).plugSide(c)
	c.Check(a, check.Equals, b)
	c.Check(a, check.Not(check.Matches), `(?s).*(org\.example|com\.other).*`)
}
