// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type mprisSuite struct{}

var _ = check.Suite(&mprisSuite{})

const mprisSummary = "allows operating as a media player controlled over MPRIS, or controlling one"

func (s *mprisSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "mpris", staticInfo{
		summary: mprisSummary,
		slots: `
allow-installation:
  slot-snap-type:
    - app
deny-connection:
  slot-attributes:
    name: .+
deny-auto-connection: true`,
	})
}

func (s *mprisSuite) TestConnection(c *check.C) {
	repo := connectToProvider(c, builtin.Classic, consumerYaml("mpris", ""), providerYaml(snap.TypeApp, "mpris", ""))
	repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"path=/org/mpris/MediaPlayer2",
		"interface={org.mpris.MediaPlayer2{,.Player,.TrackList,.Playlists},org.freedesktop.DBus.{Properties,Introspectable}}",
		"member={ListNames,ListActivatableNames,NameHasOwner,GetNameOwner}",
		"peer=(label=snap.provider.service),",
	}, []string{"bind", "###"})
	text := repo.checkAppArmorOnly(c, "provider", slotTag, []string{
		// The player owns its name, by default from the snap's.
		"dbus (bind) bus=session name=org.mpris.MediaPlayer2.@{SNAP_INSTANCE_NAME}{,.*},",
		// It serves unconfined controllers and the connected plug's app.
		"peer=(label=unconfined),",
		"peer=(label=snap.consumer.app),",
	}, []string{"snap.consumer.other", "###"})
	c.Check(text, check.Matches, `(?s).*member=\{PropertiesChanged,Seeked,.*`)
}

func (s *mprisSuite) TestNamedPlayer(c *check.C) {
	repo := connectToProvider(c, builtin.Classic, consumerYaml("mpris", ""), providerYaml(snap.TypeApp, "mpris", "    name: vlc\n"))
	repo.checkAppArmorOnly(c, "provider", slotTag, []string{"dbus (bind) bus=session name=org.mpris.MediaPlayer2.vlc{,.*},"}, []string{"@{SNAP_INSTANCE_NAME}"})
}

func (s *mprisSuite) TestDecisions(c *check.C) {
	checkDecisions(c, "mpris", []decision{
		{provider: true, manual: true, auto: false},
		{provider: true, core: true, manual: true, auto: false},
		// Claiming a name (maybe another player's) needs a declaration.
		{provider: true, slotAttrs: "    name: vlc\n", manual: false, auto: false},
	})
}

func (s *mprisSuite) TestSanitizer(c *check.C) {
	iface := ifaceByName(c, "mpris")
	name := func(v interface{}) map[string]interface{} { return map[string]interface{}{"name": v} }
	checkSlotSanitizer(c, iface.Name(), snap.TypeApp, append([]attrCase{
		{name(int64(1)), `"name" must be a string`},
		{name(""), `"name" "" does not make a valid bus name after "org.mpris.MediaPlayer2."`},
		{name("2vlc"), `"name" "2vlc" does not make a valid bus name after "org.mpris.MediaPlayer2."`},
		{name("vlc."), `"name" "vlc." does not make .*`},
	}, injections("vlc", `"name" .* does not make a valid bus name after "org.mpris.MediaPlayer2."`, func(v string) map[string]interface{} { return name(v) })...))
}
