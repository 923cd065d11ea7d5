// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type mediaHubSuite struct{}

var _ = check.Suite(&mediaHubSuite{})

func (s *mediaHubSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "media-hub", staticInfo{
		summary: "allows operating as or talking to the media-hub playback service",
		slots: `
allow-installation:
  slot-snap-type:
    - app
    - core
deny-auto-connection: true`,
	})
}

func (s *mediaHubSuite) TestConnection(c *check.C) {
	repo := connectToProvider(c, builtin.Classic, consumerYaml("media-hub", ""), providerYaml(snap.TypeApp, "media-hub", ""))
	repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"path=/core/ubuntu/media/Service{,/**}",
		"peer=(name=core.ubuntu.media.Service, label=snap.provider.service),",
		"peer=(label=snap.provider.service),",
	}, []string{"bind", "###"})
	repo.checkAppArmorOnly(c, "provider", slotTag, []string{
		"dbus (bind) bus=session name=core.ubuntu.media.Service,",
		"member={RequestName,ReleaseName,GetConnectionCredentials,GetConnectionAppArmorSecurityContext}",
		"peer=(label=snap.consumer.app),",
	}, []string{"snap.consumer.other", "###"})
}

// A client joins the session bus and talks to the service object and
// its players; it does not own the service's name. The service owns it
// and serves the connected client.
func (s *mediaHubSuite) TestAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("media-hub", ""), providerYaml(snap.TypeApp, "media-hub", ""))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/user/1000/bus",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined",
		"dbus send bus=session path=/core/ubuntu/media/Service interface=core.ubuntu.media.Service member=CreateSession name=core.ubuntu.media.Service peer=snap.provider.service",
		"dbus send bus=session path=/core/ubuntu/media/Service/sessions/0 interface=core.ubuntu.media.Service.Player member=Play name=core.ubuntu.media.Service peer=snap.provider.service",
		"dbus receive bus=session path=/core/ubuntu/media/Service/sessions/0 interface=core.ubuntu.media.Service.Player member=EndOfStream peer=snap.provider.service",
	}, []string{
		"dbus bind bus=session name=core.ubuntu.media.Service",
		"dbus send bus=session path=/core/ubuntu/media/Service interface=core.ubuntu.media.Service member=CreateSession name=core.ubuntu.media.Service peer=unconfined",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=GetConnectionCredentials name=org.freedesktop.DBus peer=unconfined",
		"file rw /run/dbus/system_bus_socket",
		"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
	})
	cn.checkAccesses(c, slotTag, []string{
		"file rw /run/user/1000/bus",
		"dbus bind bus=session name=core.ubuntu.media.Service",
		"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=GetConnectionCredentials name=org.freedesktop.DBus peer=unconfined",
		"dbus receive bus=session path=/core/ubuntu/media/Service interface=core.ubuntu.media.Service member=CreateSession peer=snap.consumer.app",
	}, []string{
		"dbus bind bus=session name=org.example.Other",
		"dbus receive bus=session path=/core/ubuntu/media/Service interface=core.ubuntu.media.Service member=CreateSession peer=snap.other.app",
	})
}

func (s *mediaHubSuite) TestSystemProvidedSlot(c *check.C) {
	// A slot of the system (a core snap designated as the system) is
	// served by the host, unconfined.
	repo := builtin.NewRepository()
	core, err := snap.InfoFromSnapYaml([]byte("name: core\nversion: \"1\"\ntype: os\nslots:\n  media-hub:\n"))
	c.Assert(err, check.IsNil)
	core.System = true
	_, err = repo.AddSnap(core)
	c.Assert(err, check.IsNil)
	addSnap(c, repo, consumerYaml("media-hub", ""))
	connectPlug(c, repo, "consumer", "plug", "core", "media-hub")
	(&connection{Repository: repo}).checkAppArmorOnly(c, "consumer", plugTag, []string{"peer=(name=core.ubuntu.media.Service, label=unconfined),"}, nil)
}

func (s *mediaHubSuite) TestDecisions(c *check.C) {
	checkDecisions(c, "media-hub", []decision{
		{provider: true, manual: true, auto: false},
		{provider: true, core: true, manual: true, auto: false},
	})
}
