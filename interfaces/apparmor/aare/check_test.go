// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare_test

import (
	"os"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare/aaretest"
)

type checkSuite struct{}

var _ = check.Suite(&checkSuite{})

// classProfile has rules of every class, and deny rules over allow
// rules, written in the forms the catalogue uses.
const classProfile = `
@{SNAP_INSTANCE_NAME}="foo"
profile "snap.foo.app" {
  /etc/hostname r,
  /srv/** rw,
  owner /home/*/** rwk,
  deny /srv/secret/** w,
  audit deny /srv/audited r,
  /usr/bin/tool ix,
  /usr/lib/** Px,
  /usr/lib/special ux,
  /opt/*/bin/* Cx -> helper,
  link /srv/links/* -> /srv/targets/**,
  /srv/locks/* k,
  capability net_bind_service,
  capability sys_admin,
  deny capability sys_module,
  network inet stream,
  network inet6,
  network netlink raw,
  signal (send, receive) peer=snap.@{SNAP_INSTANCE_NAME}.*,
  signal (receive) set=(term, hup) peer=unconfined,
  deny signal (send) set=kill peer=snap.foo.other,
  ptrace (read) peer=snap.foo.*,
  ptrace (trace),
  deny ptrace (trace) peer=unconfined,
  unix (connect, send, receive) type=stream peer=(label=snap.bar.service, addr="@/tmp/.X11-unix/X[0-9]*"),
  unix (bind, listen, accept) addr="@snap.@{SNAP_INSTANCE_NAME}.**",
  unix (send, receive) type=dgram,
  /run/foo.sock rw,
  dbus (send)
      bus=system
      path=/org/freedesktop/DBus
      interface=org.freedesktop.DBus
      member={Hello,AddMatch}
      peer=(name=org.freedesktop.DBus, label=unconfined),
  dbus (receive) bus=session peer=(label=unconfined),
  dbus (bind) bus=session name=org.mpris.MediaPlayer2.@{SNAP_INSTANCE_NAME}{,.*},
  mount fstype=tmpfs options=(rw, nosuid, nodev) tmpfs -> /tmp/,
  mount options=(rw, bind) /oldroot/** -> /newroot/**,
  mount options in (ro, nosuid) /dev/sd* -> /mnt/*/,
  mount -> /media/**,
  remount /newroot/**,
  umount /newroot/**,
  pivot_root oldroot=/newroot/oldroot/ /newroot/,
  change_profile -> lxd-*,
  change_profile unsafe /usr/bin/* -> multipass.*,
  set rlimit nofile <= 1024,
  userns,
  profile helper { }
}
`

func classChecks() []struct {
	access string
	allow  bool
} {
	return []struct {
		access string
		allow  bool
	}{
		{"file r /etc/hostname", true},
		{"file r /etc/hostname !owner", true},
		{"file w /etc/hostname", false},
		{"file rw /srv/a/b", true},
		{"file a /srv/a/b", true},
		{"file k /srv/a/b", false},
		{"file r /srv/secret/x", true},
		{"file w /srv/secret/x", false},
		{"file a /srv/secret/x", false},
		{"file r /srv/audited", false},
		{"file rwk /home/u/doc", true},
		{"file r /home/u/doc !owner", false},
		{"file m /usr/bin/tool", true},
		{"file x /usr/bin/tool", true},
		{"file l /srv/links/a -> /srv/targets/x/y", true},
		{"file l /srv/links/a -> /etc/passwd", false},
		{"file l /srv/links/a", false},
		{"file k /srv/locks/a", true},
		{"exec /usr/bin/tool ix", true},
		{"exec /usr/bin/tool", true},
		{"exec /usr/lib/x/y Px", true},
		{"exec /usr/lib/special ux", true},
		{"exec /opt/app/bin/run Cx", true},
		{"exec /usr/bin/other", false},
		{"capability net_bind_service", true},
		{"capability sys_module", false},
		{"capability chown", false},
		{"network inet stream", true},
		{"network inet dgram", false},
		{"network inet6 dgram", true},
		{"network inet6 raw icmpv6", true},
		{"network netlink raw", true},
		{"network netlink dgram", false},
		{"network inet", false},
		{"signal send sig=term peer=snap.foo.other", true},
		{"signal send sig=kill peer=snap.foo.other", false},
		{"signal send sig=kill peer=snap.foo.third", true},
		{"signal receive sig=term peer=unconfined", true},
		{"signal receive sig=usr1 peer=unconfined", false},
		{"signal send sig=term peer=unconfined", false},
		{"signal send sig=term peer=snap.foobar.app", false},
		{"ptrace read peer=snap.foo.other", true},
		{"ptrace read peer=snap.bar.app", false},
		{"ptrace trace peer=snap.bar.app", true},
		{"ptrace trace peer=unconfined", false},
		{"ptrace readby peer=snap.foo.other", false},
		{"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=snap.bar.service", true},
		{"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined", false},
		{"unix connect stream peer_addr=@/tmp/.ICE-unix/1 peer=snap.bar.service", false},
		{"unix connect dgram peer_addr=@/tmp/.X11-unix/X0 peer=snap.bar.service", false},
		{"unix bind stream addr=@snap.foo.sock", true},
		{"unix bind stream addr=@snap.foobar.sock", false},
		{"unix bind stream", false},
		{"unix send dgram peer=anyone", true},
		{"unix connect stream peer_addr=/run/foo.sock peer=unconfined", true},
		{"unix connect stream peer_addr=/run/bar.sock peer=unconfined", false},
		{"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined", true},
		{"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=ListNames name=org.freedesktop.DBus peer=unconfined", false},
		{"dbus send bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined", false},
		{"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello peer=unconfined", false},
		{"dbus receive bus=session path=/x interface=a.b member=C peer=unconfined", true},
		{"dbus receive bus=session path=/x interface=a.b member=C peer=snap.x.y", false},
		{"dbus bind bus=session name=org.mpris.MediaPlayer2.foo", true},
		{"dbus bind bus=session name=org.mpris.MediaPlayer2.foo.instance2", true},
		{"dbus bind bus=session name=org.mpris.MediaPlayer2.foobar", false},
		{"dbus eavesdrop bus=session", false},
		{"mount options=nosuid,nodev fstype=tmpfs source=tmpfs /tmp/", true},
		{"mount options=rw,nosuid,nodev fstype=tmpfs source=tmpfs /tmp/", true},
		{"mount options=nosuid fstype=tmpfs source=tmpfs /tmp/", false},
		{"mount options=bind source=/oldroot/usr /newroot/usr", true},
		{"mount options=rbind source=/oldroot/usr /newroot/usr", false},
		{"mount options=ro source=/dev/sda1 /mnt/x/", true},
		{"mount options=ro,nosuid source=/dev/sda1 /mnt/x/", true},
		{"mount options=ro,nodev source=/dev/sda1 /mnt/x/", false},
		{"mount source=/dev/sdb /media/usb", true},
		{"remount /newroot/usr", true},
		{"remount /media/usb", true},
		{"remount /etc", false},
		{"umount /newroot/usr", true},
		{"umount /media/usb", false},
		{"pivot_root oldroot=/newroot/oldroot/ /newroot/", true},
		{"pivot_root oldroot=/x/ /newroot/", false},
		{"change_profile target=lxd-container", true},
		{"change_profile target=unconfined", false},
		{"change_profile exec=/usr/bin/qemu target=multipass.qemu", true},
		{"change_profile target=multipass.qemu", false},
		{"userns create", true},
	}
}

func (s *checkSuite) TestEveryClass(c *check.C) {
	pol, err := aare.Parse("classes", []byte(classProfile))
	c.Assert(err, check.IsNil)
	p := pol.Profile("snap.foo.app")
	for _, tc := range classChecks() {
		a, err := aare.ParseAccess(tc.access)
		c.Assert(err, check.IsNil, check.Commentf("%s", tc.access))
		res := p.Check(a)
		c.Check(res.Allowed(), check.Equals, tc.allow, check.Commentf("%s: %s", tc.access, res))
	}
	c.Check(p.RulesOf(aare.ClassRlimit), check.HasLen, 1)
}

// The results name the rules that decide, with their lines and text.
func (s *checkSuite) TestResultsNameTheirRules(c *check.C) {
	pol, err := aare.Parse("classes", []byte(classProfile))
	c.Assert(err, check.IsNil)
	p := pol.Profile("snap.foo.app")
	for _, tc := range []struct{ access, result string }{
		{"file r /etc/hostname", `allowed by line 4: /etc/hostname r,`},
		{"file w /srv/secret/x", `denied by line 7: deny /srv/secret/\*\* w,`},
		{"file rk /srv/x", `denied: no rule allows it \(k missing\); partly allowed by line 5: /srv/\*\* rw,`},
		{"file r /nowhere", `denied: no rule allows it`},
		{"exec /usr/lib/x Px", `allowed \(Px\) by line 10: /usr/lib/\*\* Px,`},
		{"exec /usr/lib/special", `allowed \(ux\) by line 11: /usr/lib/special ux,`},
		{"exec /usr/lib/x ix", `runs with Px, not ix, by line 10: /usr/lib/\*\* Px,`},
		{"exec /opt/a/bin/b", `allowed \(Cx -> helper\) by line 12: /opt/\*/bin/\* Cx -> helper,`},
		{"capability sys_module", `denied by line 17: deny capability sys_module,`},
		{"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined",
			`allowed by line 31: dbus \(send\) bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member={Hello,AddMatch} peer=\(name=org.freedesktop.DBus, label=unconfined\),`},
	} {
		a, err := aare.ParseAccess(tc.access)
		c.Assert(err, check.IsNil)
		c.Check(p.Check(a).String(), check.Matches, tc.result, check.Commentf("%s", tc.access))
	}
}

// Deny wins whatever the order, owner deny rules only for the owner.
func (s *checkSuite) TestDenyWinsAndOwner(c *check.C) {
	pol, err := aare.Parse("deny", []byte(`profile p {
  deny /data/** w,
  /data/** rw,
  deny owner /data/own/* r,
  /data/** r,
  owner /priv/* rw,
  deny /priv/no w,
}
`))
	c.Assert(err, check.IsNil)
	p := pol.Profiles[0]
	for _, tc := range []struct {
		access string
		allow  bool
	}{
		{"file w /data/x", false},
		{"file r /data/x", true},
		{"file r /data/own/x", false},
		{"file r /data/own/x !owner", true},
		{"file rw /priv/x", true},
		{"file r /priv/x !owner", false},
		{"file w /priv/no", false},
		{"file r /priv/no", true},
	} {
		a, err := aare.ParseAccess(tc.access)
		c.Assert(err, check.IsNil)
		c.Check(p.Check(a).Allowed(), check.Equals, tc.allow, check.Commentf("%s", tc.access))
	}
	for _, tc := range []struct {
		path     string
		notOwner bool
		want     aare.FileMode
	}{
		// deny w takes append too, as w grants it.
		{"/data/own/x", false, 0},
		{"/data/own/x", true, aare.ModeRead},
		{"/priv/no", false, aare.ModeRead},
		{"/priv/no", true, 0},
		{"/priv/yes", false, aare.ModeRead | aare.ModeWrite | aare.ModeAppend},
	} {
		got, _ := p.FilePerms(tc.path, tc.notOwner)
		c.Check(got, check.Equals, tc.want, check.Commentf("%s notOwner=%v", tc.path, tc.notOwner))
	}
}

// A profile with change_profile rules, deny ones included, may write
// its own attr files, through which it asks for the change, as
// apparmor_parser adds without their being written; a profile without
// any may not. The rules are not in Rules, which is what the text
// says, and a result names the change_profile rule that brought them.
func (s *checkSuite) TestChangeProfileImpliesAttrFiles(c *check.C) {
	pol, err := aare.Parse("implicit", []byte(`profile changer {
  deny change_profile -> unconfined,
}
profile plain {
  /proc/*/attr/current r,
}
`))
	c.Assert(err, check.IsNil)
	changer, plain := pol.Profile("changer"), pol.Profile("plain")
	c.Check(changer.Rules, check.HasLen, 1)
	for _, tc := range []struct {
		access         string
		changer, plain bool
	}{
		{"file w /proc/42/attr/exec", true, false},
		{"file a /proc/42/attr/exec", false, false},
		{"file w /proc/self/attr/apparmor/current", true, false},
		{"file r /proc/42/attr/apparmor/", true, false},
		{"file w /proc/42/attr/exec !owner", false, false},
		{"file r /proc/42/attr/exec", false, false},
		{"file w /proc/42/task/43/attr/exec", false, false},
		{"file r /proc/42/attr/current", false, true},
	} {
		a, err := aare.ParseAccess(tc.access)
		c.Assert(err, check.IsNil)
		res := changer.Check(a)
		c.Check(res.Allowed(), check.Equals, tc.changer, check.Commentf("changer: %s", tc.access))
		if res.Allowed() {
			c.Check(res.String(), check.Matches, `allowed by line 2: owner /proc/\*/attr/.*`, check.Commentf("%s", tc.access))
		}
		c.Check(plain.Check(a).Allowed(), check.Equals, tc.plain, check.Commentf("plain: %s", tc.access))
	}
}

// Exact paths outrank patterns; different transitions on a pattern's
// overlap conflict, as apparmor_parser says when it refuses them.
func (s *checkSuite) TestExecTransitions(c *check.C) {
	pol, err := aare.Parse("x", []byte(`profile p {
  /usr/bin/* ix,
  /usr/bin/special Px,
  /opt/** ix,
  /opt/*/bin/* Px,
  /srv/* ix,
  /srv/* ix,
}
`))
	c.Assert(err, check.IsNil)
	p := pol.Profiles[0]
	c.Check(p.Check(aare.Access{Class: aare.ClassExec, Path: "/usr/bin/special"}).Transition, check.Equals, aare.Transition{Mode: "Px"})
	c.Check(p.Check(aare.Access{Class: aare.ClassExec, Path: "/usr/bin/other"}).Transition, check.Equals, aare.Transition{Mode: "ix"})
	c.Check(p.Check(aare.Access{Class: aare.ClassExec, Path: "/srv/x"}).Decision, check.Equals, aare.Allowed)
	res := p.Check(aare.Access{Class: aare.ClassExec, Path: "/opt/a/bin/b"})
	c.Check(res.Decision, check.Equals, aare.Conflict)
	c.Check(res.Rules, check.HasLen, 2)
	c.Check(res.String(), check.Matches, `denied: exec transitions conflict: line 4: /opt/\*\* ix,; line 5: /opt/\*/bin/\* Px,`)
	c.Check(p.Check(aare.Access{Class: aare.ClassFile, Path: "/opt/a/bin/b", Mode: aare.ModeExec}).Decision, check.Equals, aare.Conflict)
	c.Check(p.Check(aare.Access{Class: aare.ClassExec, Path: "/opt/a/lib/b"}).Decision, check.Equals, aare.Allowed)

	requireParser(c)
	_, err = aaretest.Compile("profile p {\n  /opt/** ix,\n  /opt/*/bin/* Px,\n}\n")
	c.Check(err, check.ErrorMatches, `(?s).*conflicting x modifiers.*`)
	_, err = aaretest.Compile("profile p {\n  /usr/bin/* ix,\n  /usr/bin/special Px,\n}\n")
	c.Check(err, check.IsNil)
}

func (s *checkSuite) TestAccessTextRoundTrips(c *check.C) {
	for _, tc := range classChecks() {
		a, err := aare.ParseAccess(tc.access)
		c.Assert(err, check.IsNil)
		back, err := aare.ParseAccess(a.String())
		c.Assert(err, check.IsNil, check.Commentf("%s -> %s", tc.access, a))
		c.Check(back, check.DeepEquals, a, check.Commentf("%s -> %s", tc.access, a))
	}
	a := aare.Access{Class: aare.ClassFile, Path: "/home/u/My File \"x\"", Mode: aare.ModeRead | aare.ModeWrite, NotOwner: true}
	c.Check(a.String(), check.Equals, `file rw "/home/u/My File \"x\"" !owner`)
	back, err := aare.ParseAccess(a.String())
	c.Assert(err, check.IsNil)
	c.Check(back, check.DeepEquals, a)
}

func (s *checkSuite) TestAccessErrors(c *check.C) {
	for _, tc := range []struct{ text, err string }{
		{"", `empty access`},
		{"frob x", `unknown access class "frob"`},
		{"file r", `file: want file MODE PATH \[owner\|!owner\] \[-> TARGET\]`},
		{"file q /x", `file mode "q": unknown permission 'q' \(want letters of "rwalkmx"\)`},
		{"file r /x sideways", `file: unexpected "sideways"`},
		{"file r /x -> /y", `file: -> TARGET is the target of a link \(l\)`},
		{"exec /x zx", `exec: unknown exec mode "zx"`},
		{"capability", `capability: want capability NAME`},
		{"capability frob", `capability: unknown capability "frob"`},
		{"network", `network: want network FAMILY \[TYPE \[PROTOCOL\]\]`},
		{"network frob", `network: unknown family "frob"`},
		{"network inet frob", `network: unknown socket type "frob"`},
		{"signal send peer=x", `signal: want sig=NAME`},
		{"signal send sig=frob", `signal: unknown signal "frob"`},
		{"signal kick sig=term", `signal: unknown permission "kick"`},
		{"ptrace peer=x", `ptrace: want a permission first`},
		{"ptrace read color=red", `ptrace: unknown field "color"`},
		{"ptrace read peer=a peer=b", `ptrace: field "peer" given twice`},
		{"unix connect", `unix: want a socket type \(stream, dgram or seqpacket\)`},
		{"dbus send path=/x", `dbus: want bus=NAME`},
		{"mount options=frob /x", `mount: unknown mount option "frob"`},
		{"mount", `mount: want a target path`},
		{"umount options=ro /x", `umount: unknown field "options"`},
		{"change_profile exec=/x", `change_profile: want target=PROFILE`},
		{`file r "/x`, `unterminated quote in "file r \\"/x"`},
	} {
		_, err := aare.ParseAccess(tc.text)
		c.Check(err, check.ErrorMatches, tc.err, check.Commentf("%q", tc.text))
	}
}

func (s *checkSuite) TestReadExpectations(c *check.C) {
	exps, err := aare.ReadExpectations("x.accesses", strings.NewReader("# c\n\nallow file r /x\ndeny capability sys_admin\n"))
	c.Assert(err, check.IsNil)
	c.Assert(exps, check.HasLen, 2)
	c.Check(exps[0].Allow, check.Equals, true)
	c.Check(exps[0].Line, check.Equals, 3)
	c.Check(exps[1].Access, check.DeepEquals, aare.Access{Class: aare.ClassCapability, Name: "sys_admin"})
	for _, tc := range []struct{ text, err string }{
		{"maybe file r /x\n", `x.accesses:1: want allow ACCESS or deny ACCESS, not "maybe"`},
		{"\nallow file q /x\n", `x.accesses:2: file mode "q": .*`},
	} {
		_, err := aare.ReadExpectations("x.accesses", strings.NewReader(tc.text))
		c.Check(err, check.ErrorMatches, tc.err)
	}
}

// The accesses of testdata/strict-app.accesses, against the profile
// next to it.
func (s *checkSuite) TestStrictAppAccesses(c *check.C) {
	text, err := os.ReadFile("testdata/strict-app.profile")
	c.Assert(err, check.IsNil)
	pol, err := aare.Parse("strict-app.profile", text)
	c.Assert(err, check.IsNil)
	p := pol.Profile("snap.foo.app")
	c.Assert(p, check.NotNil)
	f, err := os.Open("testdata/strict-app.accesses")
	c.Assert(err, check.IsNil)
	defer f.Close()
	exps, err := aare.ReadExpectations("strict-app.accesses", f)
	c.Assert(err, check.IsNil)
	c.Check(len(exps) > 200, check.Equals, true, check.Commentf("%d accesses", len(exps)))
	for _, e := range exps {
		res := p.Check(e.Access)
		c.Check(res.Allowed(), check.Equals, e.Allow, check.Commentf("strict-app.accesses:%d: %s: %s", e.Line, e.Access, res))
	}
}
