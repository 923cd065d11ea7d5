// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type mediaHubSuite struct{}

var _ = check.Suite(&mediaHubSuite{})

func (s *mediaHubSuite) TestStaticInfo(c *check.C) {
	c2CheckStatic(c, "media-hub", "allows operating as or talking to the media-hub playback service", false, false, nil,
		append(c2AppSlotNoAutoLines, "- core"))
}

func (s *mediaHubSuite) TestConnection(c *check.C) {
	repo := c2ConnectToProvider(c, "media-hub", "", "")
	c2CheckPolicy(c, repo, "consumer", c2PlugTag, []string{
		"path=/core/ubuntu/media/Service{,/**}",
		"peer=(name=core.ubuntu.media.Service, label=snap.provider.service),",
		"peer=(label=snap.provider.service),",
	}, []string{"bind", "###"})
	c2CheckPolicy(c, repo, "provider", c2SlotTag, []string{
		"dbus (bind) bus=session name=core.ubuntu.media.Service,",
		"member={RequestName,ReleaseName,GetConnectionCredentials,GetConnectionAppArmorSecurityContext}",
		"peer=(label=snap.consumer.app),",
	}, []string{"snap.consumer.other", "###"})
	c2CheckAppArmorCompiles(c, c2AppArmor(c, repo, "consumer"), c2AppArmor(c, repo, "provider"))
}

func (s *mediaHubSuite) TestSystemProvidedSlot(c *check.C) {
	// A slot of the system (a core snap) is served by the host, unconfined.
	repo := c2Repo(c, builtin.Classic, c2ConsumerYaml("media-hub", ""), `name: core
version: "1"
type: os
slots:
  media-hub:
`)
	c2Connect(c, repo, "core", "media-hub")
	c2CheckPolicy(c, repo, "consumer", c2PlugTag, []string{"peer=(name=core.ubuntu.media.Service, label=unconfined),"}, nil)
}

func (s *mediaHubSuite) TestDecisions(c *check.C) {
	c2CheckDecisions(c, "media-hub", []c2Decision{
		{provider: true, manual: true, auto: false},
		{provider: true, core: true, manual: true, auto: false},
	})
}
