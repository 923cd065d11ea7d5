// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package auditlog_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/auditlog"
)

func Test(t *testing.T) { check.TestingT(t) }

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

type auditlogSuite struct{}

var _ = check.Suite(&auditlogSuite{})

// describe writes what a line says, one line: the tag and the
// accesses, or the syscall, or the error.
func describe(l auditlog.Line) string {
	if l.Err != nil {
		return fmt.Sprintf("%d: not understood: %v", l.Number, l.Err)
	}
	rec := l.Record
	var what []string
	for _, a := range rec.Accesses {
		what = append(what, a.String())
	}
	if rec.Syscall != nil {
		what = append(what, "syscall "+rec.Syscall.String())
	}
	return fmt.Sprintf("%d: %s %s %s %s: %s", l.Number, rec.Kind, rec.Outcome, rec.Tag, rec.Operation, strings.Join(what, "; "))
}

// TestDenialsGolden reads the crafted log whole: every line is
// understood, and what each says is in testdata/denials.golden.
func (s *auditlogSuite) TestDenialsGolden(c *check.C) {
	f, err := os.Open(filepath.Join("testdata", "denials.log"))
	c.Assert(err, check.IsNil)
	defer f.Close()
	lines, err := auditlog.Read(f)
	c.Assert(err, check.IsNil)
	c.Check(len(lines) >= 30, check.Equals, true)
	var b strings.Builder
	for _, l := range lines {
		c.Check(l.Err, check.IsNil, check.Commentf("line %d: %s", l.Number, l.Text))
		b.WriteString(describe(l) + "\n")
	}
	golden := filepath.Join("testdata", "denials.golden")
	if *update {
		c.Assert(os.WriteFile(golden, []byte(b.String()), 0o644), check.IsNil)
	}
	want, err := os.ReadFile(golden)
	c.Assert(err, check.IsNil, check.Commentf("regenerate with: go test ./interfaces/auditlog -update"))
	c.Check(b.String(), check.Equals, string(want), check.Commentf("%s is out of date: if the change is intended, regenerate it with: go test ./interfaces/auditlog -update", golden))
}

// TestRecords checks what the reader makes of each form of record,
// field by field.
func (s *auditlogSuite) TestRecords(c *check.C) {
	for _, t := range []struct {
		line     string
		kind     auditlog.Kind
		tag      string
		accesses []string
	}{
		// A read of another user's file: not the owner.
		{`apparmor="DENIED" operation="open" class="file" profile="snap.foo.app" name="/etc/shadow" requested_mask="r" denied_mask="r" fsuid=1000 ouid=0`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"file r /etc/shadow !owner"}},
		// Create is write; the denied mask is what is explained.
		{`apparmor="DENIED" operation="mknod" profile="snap.foo.app" name="/home/u/x" requested_mask="wc" denied_mask="c" fsuid=1000 ouid=1000`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"file w /home/u/x"}},
		// A path with a space is logged in hex.
		{`apparmor="DENIED" operation="open" profile="snap.foo.app" name=2F746D702F6120622E747874 requested_mask="r" denied_mask="r" fsuid=0 ouid=0`,
			auditlog.KindAppArmor, "snap.foo.app", []string{`file r "/tmp/a b.txt"`}},
		// A hook's tag, an instance key, complain mode.
		{`apparmor="ALLOWED" operation="open" profile="snap.foo_beta.hook.configure" name="/etc/hostname" requested_mask="w" denied_mask="w" fsuid=0 ouid=0`,
			auditlog.KindAppArmor, "snap.foo_beta.hook.configure", []string{"file w /etc/hostname"}},
		// exec, and mmap with exec.
		{`apparmor="DENIED" operation="exec" profile="snap.foo.app" name="/usr/bin/id" requested_mask="x" denied_mask="x" fsuid=0 ouid=0 target="snap.foo.app//null-/usr/bin/id"`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"exec /usr/bin/id"}},
		{`apparmor="DENIED" operation="file_mmap" profile="snap.foo.app" name="/tmp/lib.so" requested_mask="rm" denied_mask="m" fsuid=0 ouid=0`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"file m /tmp/lib.so"}},
		// A link names its target.
		{`apparmor="DENIED" operation="link" profile="snap.foo.app" name="/tmp/new" requested_mask="l" denied_mask="l" fsuid=0 ouid=0 target="/etc/passwd"`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"file l /tmp/new -> /etc/passwd"}},
		// A capability by number when capname= is missing.
		{`apparmor="DENIED" operation="capable" profile="snap.foo.app" capability=21`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"capability sys_admin"}},
		// A unix denial of several permissions is one access each;
		// addr=none is an unbound socket.
		{`apparmor="DENIED" operation="connect" class="net" family="unix" profile="snap.foo.app" sock_type="stream" protocol=0 requested_mask="send receive connect" denied_mask="send connect" addr=none peer_addr="@/tmp/.X11-unix/X0" peer="unconfined"`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"unix send stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined", "unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined"}},
		// Protocols policy names, and others left out.
		{`apparmor="DENIED" operation="create" class="net" profile="snap.foo.app" family="inet6" sock_type="dgram" protocol=17 requested_mask="create" denied_mask="create"`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"network inet6 dgram udp"}},
		{`apparmor="DENIED" operation="create" class="net" profile="snap.foo.app" family="netlink" sock_type="raw" protocol=15 requested_mask="create" denied_mask="create"`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"network netlink raw"}},
		// A signal by number, to a stacked label.
		{`apparmor="DENIED" operation="signal" class="signal" profile="snap.foo.app" requested_mask="send" denied_mask="send" signal=10 peer="snap.bar.app//&:lxd:unconfined"`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"signal send sig=usr1 peer=snap.bar.app"}},
		{`apparmor="DENIED" operation="ptrace" class="ptrace" profile="snap.foo.app" requested_mask="tracedby" denied_mask="tracedby" peer="unconfined"`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"ptrace tracedby peer=unconfined"}},
		// Mounts: flags are options, normalised.
		{`apparmor="DENIED" operation="mount" class="mount" profile="snap.foo.app" name="/mnt/" fstype="tmpfs" srcname="tmpfs" flags="rw, nosuid, nodev"`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"mount options=nodev,nosuid fstype=tmpfs source=tmpfs /mnt/"}},
		{`apparmor="DENIED" operation="umount" class="mount" profile="snap.foo.app" name="/mnt/"`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"umount /mnt/"}},
		{`apparmor="DENIED" operation="userns_create" class="namespace" profile="snap.foo.app" pid=1 comm="bwrap" requested="userns_create" denied="userns_create"`,
			auditlog.KindAppArmor, "snap.foo.app", []string{"userns create"}},
		// D-Bus: dbus-daemon in the journal, dbus-broker's method=,
		// a name binding.
		{`dbus-daemon[812]: apparmor="DENIED" operation="dbus_method_call"  bus="system" path="/org/freedesktop/hostname1" interface="org.freedesktop.hostname1" member="SetHostname" mask="send" name="org.freedesktop.hostname1" pid=5 label="snap.foo.app" peer_pid=6 peer_label="unconfined"`,
			auditlog.KindDBus, "snap.foo.app", []string{"dbus send bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.hostname1 member=SetHostname name=org.freedesktop.hostname1 peer=unconfined"}},
		{`type=USER_AVC msg=audit(1.2:3): pid=799 uid=81 subj=unconfined msg='apparmor="DENIED" operation="dbus_method_call" bus="system" path="/org/freedesktop/login1" interface="org.freedesktop.login1.Manager" method="Reboot" mask="send" label="snap.foo.app" peer_label="unconfined" exe="/usr/bin/dbus-broker" sauid=81 hostname=? addr=? terminal=?'`,
			auditlog.KindDBus, "snap.foo.app", []string{"dbus send bus=system path=/org/freedesktop/login1 interface=org.freedesktop.login1.Manager member=Reboot peer=unconfined"}},
		{`apparmor="DENIED" operation="dbus_bind"  bus="session" name="org.example.Foo" mask="bind" pid=5 label="snap.foo.app"`,
			auditlog.KindDBus, "snap.foo.app", []string{"dbus bind bus=session name=org.example.Foo"}},
		{`apparmor="DENIED" operation="dbus_signal" bus="system" path="/org/freedesktop/Accounts/User1000" interface="org.freedesktop.Accounts.User" member="Changed" name=":1.6" mask="receive" label="snap.foo.app" peer_label="unconfined"`,
			auditlog.KindDBus, "snap.foo.app", []string{"dbus receive bus=system path=/org/freedesktop/Accounts/User1000 interface=org.freedesktop.Accounts.User member=Changed name=:1.6 peer=unconfined"}},
		// A profile that is not a snap's: read, but no tag.
		{`apparmor="DENIED" operation="open" profile="/usr/sbin/cupsd" name="/etc/shadow" requested_mask="r" denied_mask="r" fsuid=0 ouid=0`,
			auditlog.KindAppArmor, "", []string{"file r /etc/shadow"}},
	} {
		rec, err := auditlog.Parse(t.line)
		c.Assert(err, check.IsNil, check.Commentf("%s", t.line))
		c.Check(rec.Kind, check.Equals, t.kind, check.Commentf("%s", t.line))
		c.Check(rec.Tag.String(), check.Equals, t.tag, check.Commentf("%s", t.line))
		var got []string
		for _, a := range rec.Accesses {
			got = append(got, a.String())
		}
		c.Check(got, check.DeepEquals, t.accesses, check.Commentf("%s", t.line))
		c.Check(rec.Syscall, check.IsNil)
	}
}

func (s *auditlogSuite) TestSeccompRecords(c *check.C) {
	for _, t := range []struct {
		line, tag, arch, name string
		nr                    uint32
		outcome               string
	}{
		{`audit: type=1326 audit(1.2:3): auid=1000 uid=0 gid=0 ses=2 subj=snap.foo.app pid=5 comm="foo" exe="/snap/foo/12/bin/foo" sig=0 arch=c000003e syscall=165 compat=0 ip=0x7f2f code=0x50000`,
			"snap.foo.app", "x86_64", "mount", 165, "errno"},
		// The label with its mode, in audit.log's form.
		{`type=SECCOMP msg=audit(1.2:3): auid=1000 uid=0 gid=0 ses=2 subj=snap.foo.app (enforce) pid=5 comm="foo" exe="/snap/foo/12/bin/foo" sig=0 arch=c00000b7 syscall=117 compat=0 ip=0xffff code=0x7ffc0000`,
			"snap.foo.app", "aarch64", "ptrace", 117, "log"},
		// No label: the snap from the executable's path.
		{`audit: type=1326 audit(1.2:3): auid=1000 uid=0 gid=0 ses=2 pid=5 comm="foo" exe="/snap/foo/x3/bin/foo" sig=31 arch=40000003 syscall=26 compat=1 ip=0x1 code=0x0`,
			"foo", "x86", "ptrace", 26, "kill"},
		// ausearch -i names the syscall.
		{`type=SECCOMP msg=audit(1.2:3): subj=snap.foo.app arch=c000003e syscall=kexec_load compat=0 code=0x50000`,
			"snap.foo.app", "x86_64", "kexec_load", 246, "errno"},
	} {
		rec, err := auditlog.Parse(t.line)
		c.Assert(err, check.IsNil, check.Commentf("%s", t.line))
		c.Check(rec.Kind, check.Equals, auditlog.KindSeccomp)
		c.Check(rec.Tag.String(), check.Equals, t.tag)
		c.Assert(rec.Syscall, check.NotNil)
		c.Check(rec.Syscall.Arch, check.Equals, t.arch)
		c.Check(rec.Syscall.Name, check.Equals, t.name)
		c.Check(rec.Syscall.Number, check.Equals, t.nr)
		c.Check(rec.Outcome, check.Equals, t.outcome)
		c.Check(rec.Accesses, check.HasLen, 0)
	}
}

// TestNotUnderstood: every line that holds no record this reader
// knows is an error saying why, never a panic.
func (s *auditlogSuite) TestNotUnderstood(c *check.C) {
	for _, t := range []struct{ input, errorRegexp string }{
		{`Mar 02 10:15:01 host systemd[1]: Started snap.foo.app.service.`, `not an AppArmor or seccomp record: .*`},
		{`garbage "" = = ' '' "`, `not an AppArmor or seccomp record: .*`},
		{`apparmor="STATUS" operation="profile_load" profile="unconfined" name="snap.foo.app" pid=1 comm="apparmor_parser"`, `not a denial: apparmor="STATUS" \(operation "profile_load"\)`},
		{`apparmor="AUDIT" operation="open" profile="snap.foo.app" name="/etc/hosts" requested_mask="r"`, `not a denial: apparmor="AUDIT" .*`},
		{`apparmor="" operation="open"`, `apparmor= has no verdict`},
		{`apparmor="DENIED" profile="snap.foo.app" name="/x"`, `AppArmor record without operation=`},
		{`apparmor="DENIED" operation="open" name="/x" requested_mask="r"`, `AppArmor record of operation "open" without profile= or label=`},
		{`apparmor="DENIED" operation="open" profile="snap.foo.app" requested_mask="r"`, `operation "open": no name= of the file`},
		{`apparmor="DENIED" operation="open" profile="snap.foo.app" name="/x"`, `operation "open": no requested_mask= or denied_mask=`},
		{`apparmor="DENIED" operation="open" profile="snap.foo.app" name="/x" denied_mask="N"`, `operation "open": file mask "N" grants nothing a file rule names`},
		{`apparmor="DENIED" operation="capable" profile="snap.foo.app" capability=99`, `operation "capable": no capname= and no known capability= \("99"\)`},
		{`apparmor="DENIED" operation="capable" profile="snap.foo.app" capname="frobnicate"`, `operation "capable": capability: unknown capability "frobnicate"`},
		{`apparmor="DENIED" operation="create" class="net" profile="snap.foo.app" family="martian" sock_type="stream"`, `operation "create": network: unknown family "martian"`},
		{`apparmor="DENIED" operation="create" class="net" profile="snap.foo.app" sock_type="stream"`, `operation "create": network record without family=`},
		{`apparmor="DENIED" operation="signal" class="signal" profile="snap.foo.app" denied_mask="send" signal=bogus peer="x"`, `operation "signal": signal: unknown signal "bogus"`},
		{`apparmor="DENIED" operation="signal" class="signal" profile="snap.foo.app" signal=term peer="x"`, `operation "signal": no requested_mask= or denied_mask=`},
		{`apparmor="DENIED" operation="ptrace" class="ptrace" profile="snap.foo.app" denied_mask="peek" peer="x"`, `operation "ptrace": ptrace: unknown permission "peek"`},
		{`apparmor="DENIED" operation="connect" family="unix" profile="snap.foo.app" denied_mask="connect"`, `operation "connect": unix record without sock_type=`},
		{`apparmor="DENIED" operation="mount" class="mount" profile="snap.foo.app" flags="rw"`, `operation "mount": no name= of the mount point`},
		{`apparmor="DENIED" operation="dbus_method_call" mask="send" label="snap.foo.app"`, `operation "dbus_method_call": no bus=`},
		{`apparmor="DENIED" operation="dbus_method_call" bus="system" label="snap.foo.app"`, `operation "dbus_method_call": no mask=`},
		{`apparmor="DENIED" operation="dbus_frob" bus="system" mask="send" label="snap.foo.app"`, `operation "dbus_frob": a D-Bus operation this reader does not know`},
		{`apparmor="DENIED" operation="dbus_method_call" bus="system" mask="poke" label="snap.foo.app"`, `operation "dbus_method_call": dbus: unknown permission "poke"`},
		{`apparmor="DENIED" operation="frobnicate" class="gizmo" profile="snap.foo.app"`, `operation "frobnicate": an operation of class "gizmo" this reader does not know`},
		{`apparmor="DENIED" operation="exec" profile="snap.foo.app" denied_mask="x"`, `operation "exec": no name= of the program run`},
		{`apparmor="DENIED" operation="change_profile" profile="snap.foo.app"`, `operation "change_profile": no name= or target= to change to`},
		{`type=1326 audit(1.2:3): subj=snap.foo.app arch=zz syscall=1 code=0x50000`, `seccomp record: arch="zz" is not a hex audit architecture`},
		{`type=1326 audit(1.2:3): subj=snap.foo.app arch=40000028 syscall=1 code=0x50000`, `seccomp record: architecture 40000028 is none of .*`},
		{`type=1326 audit(1.2:3): subj=snap.foo.app arch=c000003e syscall=999 code=0x50000`, `seccomp record: no syscall 999 on x86_64`},
		{`type=1326 audit(1.2:3): subj=snap.foo.app arch=c000003e syscall=1073741824 code=0x50000`, `seccomp record: syscall 1073741824 is an x32 call, which snaps' filters kill`},
		{`type=1326 audit(1.2:3): subj=snap.foo.app arch=c000003e syscall=frob code=0x50000`, `seccomp record: syscall="frob" is neither a number nor a syscall of x86_64`},
		{strings.Repeat("a", auditlog.MaxLineLen+1), `line longer than 65536 bytes`},
	} {
		rec, err := auditlog.Parse(t.input)
		c.Check(rec, check.IsNil, check.Commentf("%s", t.input))
		c.Check(err, check.ErrorMatches, t.errorRegexp, check.Commentf("%s", t.input))
	}
}

func (s *auditlogSuite) TestReadKeepsEveryLine(c *check.C) {
	input := "\n" + `apparmor="DENIED" operation="capable" profile="snap.foo.app" capname="net_raw"` + "\r\n\n" +
		"random text\n" + `type=1326 audit(1.2:3): subj=snap.foo.app arch=c000003e syscall=165 code=0x50000` + "\n"
	lines, err := auditlog.Read(strings.NewReader(input))
	c.Assert(err, check.IsNil)
	c.Assert(lines, check.HasLen, 3)
	c.Check(lines[0].Number, check.Equals, 2)
	c.Check(lines[0].Err, check.IsNil)
	c.Check(lines[0].Record.Accesses[0].String(), check.Equals, "capability net_raw")
	c.Check(lines[1].Number, check.Equals, 4)
	c.Check(lines[1].Err, check.ErrorMatches, "not an AppArmor or seccomp record: .*")
	c.Check(lines[2].Number, check.Equals, 5)
	c.Check(lines[2].Record.Syscall.Name, check.Equals, "mount")

	_, err = auditlog.Read(strings.NewReader("ok\n" + strings.Repeat("x", auditlog.MaxLineLen+10) + "\n"))
	c.Check(err, check.ErrorMatches, `cannot read line 2: longer than 65536 bytes`)
}

func (s *auditlogSuite) TestParseTag(c *check.C) {
	for _, t := range []struct {
		label string
		tag   auditlog.Tag
		ok    bool
	}{
		{"snap.foo.app", auditlog.Tag{Snap: "foo", App: "app"}, true},
		{"snap.foo_key.app", auditlog.Tag{Snap: "foo_key", App: "app"}, true},
		{"snap.foo.hook.configure", auditlog.Tag{Snap: "foo", Hook: "configure"}, true},
		{"snap.foo", auditlog.Tag{}, false},
		{"snap.Foo.app", auditlog.Tag{}, false},
		{"snap.foo.a.b", auditlog.Tag{}, false},
		{"/usr/bin/foo", auditlog.Tag{}, false},
		{"unconfined", auditlog.Tag{}, false},
	} {
		tag, ok := auditlog.ParseTag(t.label)
		c.Check(ok, check.Equals, t.ok, check.Commentf("%s", t.label))
		c.Check(tag, check.Equals, t.tag, check.Commentf("%s", t.label))
	}
}
