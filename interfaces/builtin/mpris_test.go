// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"
)

type mprisSuite struct{}

var _ = check.Suite(&mprisSuite{})

const mprisSummary = "allows operating as a media player controlled over MPRIS, or controlling one"

func (s *mprisSuite) TestStaticInfo(c *check.C) {
	c2CheckStatic(c, "mpris", mprisSummary, false, false, nil,
		append(c2AppSlotNoAutoLines, "deny-connection:", "slot-attributes:", "name: .+"))
}

func (s *mprisSuite) TestConnection(c *check.C) {
	repo := c2ConnectToProvider(c, "mpris", "", "")
	c2CheckPolicy(c, repo, "consumer", c2PlugTag, []string{
		"path=/org/mpris/MediaPlayer2",
		"interface={org.mpris.MediaPlayer2{,.Player,.TrackList,.Playlists},org.freedesktop.DBus.{Properties,Introspectable}}",
		"member={ListNames,ListActivatableNames,NameHasOwner,GetNameOwner}",
		"peer=(label=snap.provider.service),",
	}, []string{"bind", "###"})
	text := c2CheckPolicy(c, repo, "provider", c2SlotTag, []string{
		// The player owns its name, by default from the snap's.
		"dbus (bind) bus=session name=org.mpris.MediaPlayer2.@{SNAP_INSTANCE_NAME}{,.*},",
		// It serves unconfined controllers and the connected plug's app.
		"peer=(label=unconfined),",
		"peer=(label=snap.consumer.app),",
	}, []string{"snap.consumer.other", "###"})
	c.Check(text, check.Matches, `(?s).*member=\{PropertiesChanged,Seeked,.*`)
	c2CheckAppArmorCompiles(c, c2AppArmor(c, repo, "consumer"), c2AppArmor(c, repo, "provider"))
}

func (s *mprisSuite) TestNamedPlayer(c *check.C) {
	repo := c2ConnectToProvider(c, "mpris", "", "    name: vlc\n")
	c2CheckPolicy(c, repo, "provider", c2SlotTag, []string{"dbus (bind) bus=session name=org.mpris.MediaPlayer2.vlc{,.*},"}, []string{"@{SNAP_INSTANCE_NAME}"})
	c2CheckAppArmorCompiles(c, c2AppArmor(c, repo, "provider"))
}

func (s *mprisSuite) TestDecisions(c *check.C) {
	c2CheckDecisions(c, "mpris", []c2Decision{
		{provider: true, manual: true, auto: false},
		{provider: true, core: true, manual: true, auto: false},
		// Claiming a name (maybe another player's) needs a declaration.
		{provider: true, slotAttrs: "    name: vlc\n", manual: false, auto: false},
	})
}

func (s *mprisSuite) TestSanitizer(c *check.C) {
	iface := c2CheckStatic(c, "mpris", mprisSummary, false, false, nil, nil)
	name := func(v interface{}) map[string]interface{} { return map[string]interface{}{"name": v} }
	c2CheckSlotSanitizer(c, iface, append([]c2AttrCase{
		{name(int64(1)), `"name" must be a string`},
		{name(""), `"name" "" does not make a valid bus name after "org.mpris.MediaPlayer2."`},
		{name("2vlc"), `"name" "2vlc" does not make a valid bus name after "org.mpris.MediaPlayer2."`},
		{name("vlc."), `"name" "vlc." does not make .*`},
	}, c2Injections("vlc", `"name" .* does not make a valid bus name after "org.mpris.MediaPlayer2."`, func(v string) map[string]interface{} { return name(v) })...))
}
