// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
)

type witnessSuite struct{}

var _ = check.Suite(&witnessSuite{})

func (s *witnessSuite) TestSample(c *check.C) {
	for _, t := range []struct {
		pattern, sample string
	}{
		{"/etc/hostname", "/etc/hostname"},
		{"/dev/video[0-9]*", "/dev/video0x"},
		{"/{media,mnt}/**", "/media/xx"},
		{"/run/udev/data/c81:[0-9]*", "/run/udev/data/c81:0x"},
		{"/home/*/[^bs.]**", "/home/xx/xx"},
		{"/srv/{,/,/**}", "/srv/"},
		{"/dev/tty{USB,ACM}?", "/dev/ttyUSBx"},
		{`/a\*b`, "/a*b"},
	} {
		g, err := aare.CompileGlob(t.pattern)
		c.Assert(err, check.IsNil)
		got, ok := g.Sample()
		c.Check(ok, check.Equals, true, check.Commentf("%s", t.pattern))
		c.Check(got, check.Equals, t.sample, check.Commentf("%s", t.pattern))
		c.Check(g.Match(got), check.Equals, true)
	}
}

// TestWitnesses: every rule of every class the profile has gives
// accesses that the profile allows by that rule, or none for deny
// rules and the classes without one.
func (s *witnessSuite) TestWitnesses(c *check.C) {
	pol, err := aare.Parse("p", []byte(`
profile "snap.foo.app" {
  /etc/hostname r,
  owner /home/*/** rwk,
  /usr/bin/tool ixr,
  deny /srv/secret/** w,
  capability net_admin,
  capability (sys_time, sys_nice),
  network inet stream,
  network,
  signal (send) set=(hup) peer=snap.foo.*,
  ptrace (read) peer=unconfined,
  unix (connect, send) type=stream peer=(label=unconfined, addr="@/tmp/.X11-unix/X[0-9]*"),
  dbus (send) bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.DBus.Properties member={Get,GetAll} peer=(label=unconfined),
  dbus (bind) bus=session name=org.example.Foo,
  mount fstype=ext4 /dev/sd* -> /mnt/,
}
`))
	c.Assert(err, check.IsNil)
	p := pol.Profile("snap.foo.app")
	var got []string
	for _, r := range p.Rules {
		ws := r.Witnesses()
		for _, w := range ws {
			got = append(got, w.String())
			res := p.Check(w)
			c.Check(res.Allowed(), check.Equals, true, check.Commentf("%s: %s", r.Text, w))
		}
		if r.Deny || r.Class == aare.ClassMount {
			c.Check(ws, check.HasLen, 0, check.Commentf("%s", r.Text))
		} else {
			c.Check(ws, check.Not(check.HasLen), 0, check.Commentf("%s", r.Text))
		}
	}
	c.Check(got, check.DeepEquals, []string{
		"file r /etc/hostname !owner",
		"file rwak /home/xx/xx",
		"file rm /usr/bin/tool !owner",
		"exec /usr/bin/tool",
		"capability net_admin",
		"capability sys_nice",
		"capability sys_time",
		"network inet stream",
		"network inet stream",
		"signal send sig=hup peer=snap.foo.x",
		"ptrace read peer=unconfined",
		"unix connect stream addr=none peer_addr=@/tmp/.X11-unix/X0x peer=unconfined",
		"unix send stream addr=none peer_addr=@/tmp/.X11-unix/X0x peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.DBus.Properties member=Get name=org.example.Peer peer=unconfined",
		"dbus bind bus=session name=org.example.Foo",
	})
}
