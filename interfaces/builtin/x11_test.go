// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type x11Suite struct{}

var _ = check.Suite(&x11Suite{})

func (s *x11Suite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "x11",
		summary:   "allows use of an X11 display server",
		onClassic: true,
		slotDecl:  declServiceSlot,
		plugAppArmor: []string{
			"/tmp/.X11-unix/X[0-9]* rw,",
			"addr=\"@/tmp/.X11-unix/X[0-9]*\"",
			"owner /run/user/[0-9]*/.mutter-Xwaylandauth.* r,",
		},
		plugSecComp: []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT", "bind"},
		slotAppArmor: []string{
			"unix (accept, send, receive) type=stream peer=(label=snap.consumer.app),",
		},
		permanentSlotAA: []string{
			"/tmp/.X11-unix/X[0-9]* rwk,",
			"unix (bind, listen) type=stream addr=\"@/tmp/.X11-unix/X[0-9]*\",",
		},
		permanentSlotSC: []string{"bind", "listen", "accept4"},
	})
}

// An X client reaches the display's sockets, the cookie it
// authenticates with, fonts, keyboard layouts and cursors; never the
// session manager's ICE sockets, which are denied by a rule so that no
// other interface of the profile opens them, nor another user's cookie.
func (s *x11Suite) TestAccesses(c *check.C) {
	never := []string{
		"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		"unix send stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		"unix connect stream peer_addr=/tmp/.ICE-unix/1234",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=snap.other.app",
		"unix connect stream peer_addr=@/tmp/dbus-AbCdEf peer=unconfined",
		"unix connect stream peer_addr=@x11-probe peer=unconfined",
		"file r /run/user/1000/.Xauthority !owner",
		"file r /home/u/.Xauthority !owner",
		"file w /home/u/.Xauthority",
		"file r /home/u/.ICEauthority",
		"file r /run/user/1000/ICEauthority",
		"file w /usr/share/fonts/truetype/x.ttf",
		"file w /etc/fonts/local.conf",
		"file w /usr/share/X11/xkb/symbols/us",
		"unix bind stream addr=@/tmp/.X11-unix/X1",
	}
	cn := connectToSystem(c, builtin.Classic, consumerYaml("x11"))
	cn.checkAccesses(c, plugTag, []string{
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"unix send stream peer_addr=@/tmp/.X11-unix/X12 peer=unconfined",
		"unix receive stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"unix connect stream peer_addr=/tmp/.X11-unix/X0",
		"file r /tmp/.X11-unix/",
		"file r /run/user/1000/.Xauthority",
		"file r /home/u/.Xauthority",
		"file r /run/user/1000/gdm/Xauthority",
		"file r /run/user/1000/.mutter-Xwaylandauth.X1B2C3",
		"file r /etc/fonts/fonts.conf",
		"file r /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
		"file r /usr/local/share/fonts/x.otf",
		"file mr /var/cache/fontconfig/0123abcd-le64.cache-9",
		"file r /home/u/.local/share/fonts/x.ttf",
		"file rw /home/u/.cache/fontconfig/0123abcd-le64.cache-9",
		"file r /usr/share/X11/xkb/symbols/us",
		"file r /usr/share/X11/locale/en_US.UTF-8/Compose",
		"file r /usr/share/icons/Adwaita/cursors/left_ptr",
	}, never)
	// The ICE sockets are denied outright, not merely not allowed.
	_, p := cn.wholeProfile(c, plugTag)
	for _, text := range never[:3] {
		a, err := aare.ParseAccess(text)
		c.Assert(err, check.IsNil)
		c.Check(p.Check(a).Decision, check.Equals, aare.DeniedByRule, check.Commentf("%s", text))
	}
	// The app that does not plug it reaches no display.
	cn.checkAccesses(c, otherPlugTag, nil, []string{
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"file r /run/user/1000/.Xauthority",
	})

	// Served by an app snap, the display is that snap's only.
	cn = connectToProvider(c, builtin.Classic, consumerYaml("x11"), providerYaml(snap.TypeApp, "x11"))
	cn.checkAccesses(c, plugTag, []string{
		"unix connect stream peer_addr=@/tmp/.X11-unix/X1 peer=snap.provider.service",
	}, append([]string{"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined"}, never...))
	cn.checkAccesses(c, slotTag, []string{
		"unix bind stream addr=@/tmp/.X11-unix/X1",
		"unix listen stream addr=@/tmp/.X11-unix/X1",
		"unix accept stream addr=@/tmp/.X11-unix/X1 peer=snap.consumer.app",
	}, []string{
		"unix bind stream addr=@/tmp/.ICE-unix/1234",
		"unix accept stream addr=@/tmp/.X11-unix/X1 peer=snap.other.app",
	})
}

func init() {
	addAccessDifferences("x11", accessDifferences{rows: []accessDifference{{
		access: "unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=snap.other.app",
		ours:   false,
		why:    "the display is the slot's side (the host's X server, or the serving app): another snap listening on the X socket's name would read the client's input",
	}}})
}
