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
		"member={ListNames,ListActivatableNames}",
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

// A controller finds players on the session bus and calls and hears
// the connected one; it owns no player's name and reaches no other
// service. The player owns its name and serves the controller and the
// desktop's own.
func (s *mprisSuite) TestAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("mpris", ""), providerYaml(snap.TypeApp, "mpris", ""))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/user/1000/bus",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=ListNames name=org.freedesktop.DBus peer=unconfined",
		"dbus receive bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=NameOwnerChanged peer=unconfined",
		"dbus send bus=session path=/org/mpris/MediaPlayer2 interface=org.mpris.MediaPlayer2.Player member=PlayPause name=org.mpris.MediaPlayer2.provider peer=snap.provider.service",
		"dbus send bus=session path=/org/mpris/MediaPlayer2 interface=org.freedesktop.DBus.Properties member=Get name=org.mpris.MediaPlayer2.provider peer=snap.provider.service",
		"dbus receive bus=session path=/org/mpris/MediaPlayer2 interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=snap.provider.service",
	}, []string{
		"dbus bind bus=session name=org.mpris.MediaPlayer2.consumer",
		"dbus send bus=session path=/org/mpris/MediaPlayer2 interface=org.mpris.MediaPlayer2.Player member=PlayPause name=org.mpris.MediaPlayer2.vlc peer=unconfined",
		"dbus send bus=session path=/org/gnome/Shell interface=org.gnome.Shell member=Eval name=org.gnome.Shell peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=RequestName name=org.freedesktop.DBus peer=unconfined",
		"file rw /run/dbus/system_bus_socket",
		"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
	})
	cn.checkAccesses(c, slotTag, []string{
		"file rw /run/user/1000/bus",
		"dbus bind bus=session name=org.mpris.MediaPlayer2.provider",
		"dbus bind bus=session name=org.mpris.MediaPlayer2.provider.instance2",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=RequestName name=org.freedesktop.DBus peer=unconfined",
		"dbus receive bus=session path=/org/mpris/MediaPlayer2 interface=org.mpris.MediaPlayer2.Player member=PlayPause peer=unconfined",
		"dbus receive bus=session path=/org/mpris/MediaPlayer2 interface=org.mpris.MediaPlayer2.Player member=PlayPause peer=snap.consumer.app",
		"dbus send bus=session path=/org/mpris/MediaPlayer2 interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=snap.consumer.app",
	}, []string{
		"dbus bind bus=session name=org.mpris.MediaPlayer2.vlc",
		"dbus receive bus=session path=/org/mpris/MediaPlayer2 interface=org.mpris.MediaPlayer2.Player member=PlayPause peer=snap.other.app",
	})
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
