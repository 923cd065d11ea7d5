// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

type snapdControlSuite struct{ systemSuite }

var _ = check.Suite(&snapdControlSuite{systemSuite{systemCase{
	name:            "snapd-control",
	summary:         "allows managing snaps through snapd's API",
	superPrivileged: true,
	appArmor:        []string{"/run/snapd.socket rw,"},
	mustNotGrant: []string{
		// The API socket and nothing else: snapd's state, the installed
		// snaps and the security profiles on disk stay out of reach.
		`/var/lib/snapd.*`,
		`/snap/.*`,
		`/etc/apparmor.*`,
		anyCapability,
		`(mount|umount|change_profile|ptrace|signal)( .*)?,`,
	},
	reaches: []access{{"/run/snapd.socket", "rw"}},
	mustNotReach: []access{
		{"/var/lib/snapd/state.json", "r"},
		{"/var/lib/snapd/apparmor/profiles/snap.consumer.app", "w"},
		{"/run/snapd-snap.socket", "w"},
	},
}}})

func (s *snapdControlSuite) sanitize(c *check.C, attrs map[string]interface{}) error {
	iface, err := builtin.ByName("snapd-control")
	c.Assert(err, check.IsNil)
	info := &snap.Info{SuggestedName: "consumer"}
	plug := &snap.PlugInfo{Snap: info, Name: "snapd", Interface: "snapd-control", Attrs: attrs}
	return iface.(interfaces.PlugSanitizer).BeforePreparePlug(plug)
}

func (s *snapdControlSuite) TestSanitizeRefreshSchedule(c *check.C) {
	c.Check(s.sanitize(c, nil), check.IsNil)
	c.Check(s.sanitize(c, map[string]interface{}{"refresh-schedule": "managed"}), check.IsNil)
	for _, t := range []struct {
		value interface{}
		err   string
	}{
		{"", `cannot sanitize plug consumer:snapd \(interface "snapd-control"\): "refresh-schedule" must be "managed", not ""`},
		{"never", `cannot sanitize plug consumer:snapd \(interface "snapd-control"\): "refresh-schedule" must be "managed", not "never"`},
		{"Managed", `.* must be "managed", not "Managed"`},
		{"managed\n/etc/shadow r,", `.* must be "managed", not "managed\\n/etc/shadow r,"`},
		{"managed,", `.* must be "managed", not "managed,"`},
		{"{managed}", `.* must be "managed", not "\{managed\}"`},
		{`"managed"`, `.* must be "managed", not "\\"managed\\""`},
		{"manag*", `.* must be "managed", not "manag\*"`},
		{"@{HOME}", `.* must be "managed", not "@\{HOME\}"`},
		{"../managed", `.* must be "managed", not "\.\./managed"`},
		{int64(1), `cannot sanitize plug consumer:snapd \(interface "snapd-control"\): "refresh-schedule" must be a string`},
		{true, `.* "refresh-schedule" must be a string`},
		{[]interface{}{"managed"}, `.* "refresh-schedule" must be a string`},
		{map[string]interface{}{"managed": true}, `.* "refresh-schedule" must be a string`},
	} {
		err := s.sanitize(c, map[string]interface{}{"refresh-schedule": t.value})
		c.Check(err, check.ErrorMatches, t.err, check.Commentf("%#v", t.value))
	}
}

func (s *snapdControlSuite) TestManagedPlugConnects(c *check.C) {
	aa, _ := connectToSystem(c, builtin.Core, consumerYaml(s.name, "refresh-schedule: managed")).snippets(c, plugTag)
	c.Check(aa, testutil.Contains, "/run/snapd.socket rw,")
}
