// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type maliitSuite struct{ referenceSuite }

var _ = check.Suite(&maliitSuite{referenceSuite{referenceCase{
	name:    "maliit",
	summary: "allows typing with the Maliit input method server",
	plugAppArmor: []string{
		`unix (connect, send, receive) type=stream peer=(label=PEER, addr="@/tmp/maliit-server/dbus-*"),`,
	},
	slotAppArmor: []string{
		"dbus (bind) bus=session name=org.maliit.server,",
		`unix (bind, listen) type=stream addr="@/tmp/maliit-server/dbus-*",`,
		`unix (accept, send, receive) type=stream addr="@/tmp/maliit-server/dbus-*" peer=(label=PEER),`,
	},
	slotSecComp:      []string{"listen", "accept4"},
	plugMustNotGrant: []string{"dbus (bind)", "unix (bind", "listen"},
	mustNotGrant:     []string{"bus=system"},
}}})

func (s *maliitSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "maliit", staticInfo{summary: s.summary, slots: declAppServiceSlotNeedsDeclaration})
}

// A client reads the server's address and connects to its
// peer-to-peer socket; it reaches no other abstract socket, and does
// not pose as the server. The server listens on its socket and serves
// the connected client only.
func (s *maliitSuite) TestAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("maliit"), providerYaml(snap.TypeApp, "maliit"))
	cn.checkAccesses(c, plugTag, []string{
		"dbus send bus=session path=/org/maliit/server/address interface=org.freedesktop.DBus.Properties member=Get name=org.maliit.server peer=" + slotTag,
		"unix connect stream peer_addr=@/tmp/maliit-server/dbus-Xy12abCD peer=" + slotTag,
		"unix send stream peer_addr=@/tmp/maliit-server/dbus-Xy12abCD peer=" + slotTag,
	}, []string{
		"unix connect stream peer_addr=@/tmp/maliit-server/dbus-Xy12abCD peer=unconfined",
		"unix connect stream peer_addr=@/tmp/ibus/dbus-Xy12abCD peer=" + slotTag,
		"unix bind stream addr=@/tmp/maliit-server/dbus-Xy12abCD",
		"dbus bind bus=session name=org.maliit.server",
		"dbus send bus=session path=/org/maliit/server/address interface=org.freedesktop.DBus.Properties member=Set name=org.maliit.server peer=" + slotTag,
	})
	cn.checkAccesses(c, slotTag, []string{
		"dbus bind bus=session name=org.maliit.server",
		"unix bind stream addr=@/tmp/maliit-server/dbus-Xy12abCD",
		"unix listen stream addr=@/tmp/maliit-server/dbus-Xy12abCD",
		"unix accept stream addr=@/tmp/maliit-server/dbus-Xy12abCD peer=" + plugTag,
		"dbus receive bus=session path=/org/maliit/server/address interface=org.freedesktop.DBus.Properties member=Get peer=" + plugTag,
	}, []string{
		"unix bind stream addr=@/tmp/ibus/dbus-Xy12abCD",
		"unix accept stream addr=@/tmp/maliit-server/dbus-Xy12abCD peer=snap.other.app",
		"dbus bind bus=session name=org.freedesktop.IBus",
	})
}
