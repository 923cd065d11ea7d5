// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
)

// Registry-wide checks of what unix rules reach outside the snap. The
// host's own processes run unconfined, and many of them listen on
// abstract sockets, which no file permission guards: the X server
// (@/tmp/.X11-unix/X0), session managers over ICE (@/tmp/.ICE-unix/PID,
// which take commands from any client: save, log out, run), D-Bus
// daemons started by hand, and whatever a user runs. A unix rule that
// names the unconfined label without an address reaches all of them.
// Services that listen on a socket file (PulseAudio, Wayland, CUPS,
// Docker, libvirt, JACK) need no unix rule at all: AppArmor decides
// those sockets by the file rules of their paths.
//
// These checks are kept here, beside the registry-wide checks of
// all_test.go, so that they read as one piece.

// abstractProbes are abstract addresses no interface has a reason to
// name: an unnamed one, an autobound one (five hex digits, which the
// kernel picks), and the session manager's ICE socket. A profile that
// reaches one of them with an unconfined peer reaches every abstract
// socket of the host.
var abstractProbes = []string{
	"@/tmp/.ICE-unix/1234",
	"@snapiface-probe/unnamed",
	"@0001f",
	"@/run/user/1000/probe",
}

// unrestrictedUnixOnPurpose lists the interfaces that grant every unix
// socket on purpose, with the reason. Their plugs need a snap
// declaration to install.
var unrestrictedUnixOnPurpose = map[string]string{
	"lxd-support": "LXD gets root's full power over the host, class by class; its instances and helpers run under profiles it generates, which talk to any host socket their configuration names",
}

// x11Probe is the X server's abstract socket, which only the x11
// interface may reach.
const x11Probe = "@/tmp/.X11-unix/X0"

// unixProbeAccesses returns the accesses that start a conversation with
// a peer at addr: connect for stream and seqpacket sockets, send for
// datagrams (a datagram socket needs no connect); and send and receive
// on a stream, as a socket passed in would be used. Receive alone is
// left out: the base policy of every app (abstractions/base) lets
// unconfined peers send to it on connections it already has.
func unixProbeAccesses(addr, peer string) []string {
	return []string{
		fmt.Sprintf("unix connect stream peer_addr=%s peer=%s", addr, peer),
		fmt.Sprintf("unix connect seqpacket peer_addr=%s peer=%s", addr, peer),
		fmt.Sprintf("unix send dgram peer_addr=%s peer=%s", addr, peer),
		fmt.Sprintf("unix send stream peer_addr=%s peer=%s", addr, peer),
	}
}

// interfaceOfTag returns the interface a profile of renderWholeProfiles
// is about: its snaps are use-NAME and serve-NAME.
func interfaceOfTag(tag string) string {
	parts := strings.SplitN(tag, ".", 3)
	if len(parts) != 3 {
		return ""
	}
	return strings.TrimPrefix(strings.TrimPrefix(parts[1], "use-"), "serve-")
}

// No interface of the catalogue, on either side of its connections,
// lets an app reach an unconfined process's abstract socket that it
// does not name: not the session manager's ICE socket (x11 included),
// nor the X server's (but for x11), nor any other. Only the interfaces
// of unrestrictedUnixOnPurpose are let through, and each of them must
// really grant it, so that the list cannot go stale.
func (s *accessSuite) TestNoUnrestrictedAbstractSocketToUnconfined(c *check.C) {
	profiles, _, err := renderWholeProfiles()
	c.Assert(err, check.IsNil)
	checked := 0
	for _, rendered := range profiles {
		pol, err := aare.Parse(rendered.Tag, rendered.Text.AppendTo(nil))
		c.Assert(err, check.IsNil, check.Commentf("%s", rendered.Tag))
		p := pol.Profile(rendered.Tag)
		c.Assert(p, check.NotNil, check.Commentf("%s", rendered.Tag))
		if why, ok := unrestrictedUnixOnPurpose[interfaceOfTag(rendered.Tag)]; ok {
			if strings.HasPrefix(rendered.Tag, "snap.use-") {
				a, err := aare.ParseAccess(unixProbeAccesses(abstractProbes[1], "unconfined")[0])
				c.Assert(err, check.IsNil)
				c.Check(p.Check(a).Allowed(), check.Equals, true, check.Commentf("%s is listed as granting every unix socket (%s), but does not", rendered.Tag, why))
			}
			continue
		}
		probes := abstractProbes
		if interfaceOfTag(rendered.Tag) != "x11" {
			probes = append(probes[:len(probes):len(probes)], x11Probe)
		}
		for _, addr := range probes {
			for _, text := range unixProbeAccesses(addr, "unconfined") {
				a, err := aare.ParseAccess(text)
				c.Assert(err, check.IsNil, check.Commentf("%q", text))
				checked++
				if res := p.Check(a); res.Allowed() {
					c.Errorf("%s must never grant %q, but it is %s", rendered.Tag, text, explainResult(rendered, res))
				}
			}
		}
	}
	c.Logf("%d profiles, %d accesses", len(profiles), checked)
}
