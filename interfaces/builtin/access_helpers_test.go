// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"math/rand"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare/aaretest"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/testutil"
)

// Accesses instead of rule text: a test names what an app must be able
// to do and what it must never do, in the text form of package aare
// ("file r /etc/hosts", "network inet stream", "dbus send bus=system
// ..."), and the whole rendered profile of the app, base policy and
// abstractions included, decides them as the kernel would.

// wholeProfile renders the profiles of the snap of tag, as a daemon
// does (revision x1), and returns the one of tag, rendered and parsed.
func (cn *connection) wholeProfile(c *check.C, tag string) (*apparmor.Profile, *aare.Profile) {
	parts := strings.SplitN(tag, ".", 3)
	c.Assert(parts, check.HasLen, 3, check.Commentf("tag %q", tag))
	info := cn.Snap(parts[1])
	c.Assert(info, check.NotNil, check.Commentf("no snap %q", parts[1]))
	aa, _ := cn.specs(c, parts[1])
	profiles, err := apparmor.RenderSnapProfiles(info, aa, apparmor.Host{Revision: "x1"})
	c.Assert(err, check.IsNil)
	for _, p := range profiles {
		if p.Tag != tag {
			continue
		}
		pol, err := aare.Parse(tag, p.Text.AppendTo(nil))
		c.Assert(err, check.IsNil)
		parsed := pol.Profile(tag)
		c.Assert(parsed, check.NotNil)
		return p, parsed
	}
	c.Fatalf("snap %q has no profile %q", parts[1], tag)
	return nil, nil
}

// checkAccesses checks that the whole profile of tag allows every
// access of grants and none of never. A failure names the access, the
// decision, and the rules that made it with their lines and the
// interfaces that added them.
func (cn *connection) checkAccesses(c *check.C, tag string, grants, never []string) {
	rendered, p := cn.wholeProfile(c, tag)
	for _, list := range []struct {
		accesses []string
		allow    bool
	}{{grants, true}, {never, false}} {
		for _, text := range list.accesses {
			a, err := aare.ParseAccess(text)
			c.Assert(err, check.IsNil, check.Commentf("access %q", text))
			res := p.Check(a)
			if res.Allowed() == list.allow {
				continue
			}
			want := "grant"
			if !list.allow {
				want = "never grant"
			}
			c.Errorf("%s must %s %q, but it is %s", tag, want, text, explainResult(rendered, res))
		}
	}
}

// explainResult says a result with the interface of each of its rules.
func explainResult(rendered *apparmor.Profile, res aare.Result) string {
	var b strings.Builder
	b.WriteString(res.Decision.String())
	if res.Missing != 0 && res.Missing != res.Access.Mode {
		fmt.Fprintf(&b, " (%s missing)", res.Missing)
	}
	if res.Transition.Mode != "" {
		fmt.Fprintf(&b, " (%s)", res.Transition)
	}
	if len(res.Rules) == 0 {
		b.WriteString(": no rule matches it")
	}
	for i, r := range res.Rules {
		if i == 0 {
			b.WriteString(" by ")
		} else {
			b.WriteString("; ")
		}
		origin := "the base policy"
		if iface := rendered.Origin(r.Line); iface != "" {
			origin = fmt.Sprintf("interface %q", iface)
		}
		fmt.Fprintf(&b, "line %d (%s): %s,", r.Line, origin, r.Text)
		if r.Source.Line != r.Line {
			fmt.Fprintf(&b, " from %s", r.Source)
		}
	}
	return b.String()
}

type accessSuite struct{}

var _ = check.Suite(&accessSuite{})

// network reaches the network and resolves names; it opens no other
// socket family, listens on no privileged port, and serves nothing.
func (s *accessSuite) TestNetworkAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("network"))
	cn.checkAccesses(c, plugTag, []string{
		"network inet stream",
		"network inet6 stream",
		"network inet dgram",
		"network inet6 dgram",
		"network netlink raw",
		"file r /etc/resolv.conf",
		"file r /etc/hosts",
		"file r /etc/nsswitch.conf",
		"file r /run/systemd/resolve/stub-resolv.conf",
		"file r /var/run/systemd/resolve/resolv.conf",
		"file rw /run/systemd/resolve/io.systemd.Resolve",
		"unix connect stream peer_addr=/run/systemd/resolve/io.systemd.Resolve peer=unconfined",
		"file r /etc/ssl/certs/ca-certificates.crt",
		"file r /usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt",
		"file r /proc/sys/net/ipv4/ip_local_port_range",
		"file r /proc/4242/net/if_inet6",
	}, []string{
		"network inet raw",
		"network packet raw",
		"network bluetooth",
		"capability net_bind_service",
		"capability net_raw",
		"capability net_admin",
		"file w /etc/resolv.conf",
		"file w /etc/hosts",
		"file r /etc/ssl/private/server.key",
		// The process's socket tables (its own net/dev, interface
		// counters, is every app's, from the base policy).
		"file r /proc/4242/net/tcp",
		"file r /proc/4242/net/unix",
		"file w /proc/sys/net/ipv4/ip_forward",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/NetworkManager interface=org.freedesktop.NetworkManager member=Enable name=org.freedesktop.NetworkManager peer=unconfined",
	})
	// The app that does not plug it gets none of it.
	cn.checkAccesses(c, otherPlugTag, nil, []string{"network inet stream", "file r /etc/hosts"})
}

// home reads, writes and runs the user's own non-hidden files; it
// leaves dotfiles (keys, shell start-up files) and ~/snap alone, keeps
// ~/bin (where programs the user runs live) from being written, and
// other users' files unless read: all.
func (s *accessSuite) TestHomeAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("home"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /home/u/",
		"file rw /home/u/Documents/report.odt",
		"file rwk /home/u/Music/a/b/c.flac",
		"file l /home/u/Documents/b",
		"file rw /home/u/bindings.txt",
		"file rw /home/u/snapshots/1.png",
		"file rw /home/u/b/x",
		"file r /home/u/bin/tool",
		"file rw /root/notes.txt",
		"exec /home/u/Documents/script.sh ix",
	}, []string{
		"file r /home/u/Documents/shared.txt !owner",
		// Listing /home is every app's (the base policy: it names no
		// more than /etc/passwd does); another user's home is not.
		"file r /home/v/ !owner",
		"file r /home/u/.ssh/id_rsa",
		"file w /home/u/.bashrc",
		"file r /home/u/.config/app/secrets",
		"file w /home/u/bin/tool",
		"file w /home/u/bin/",
		"file w /home/u/snap/other/x1/data",
		"file w /home/u/Documents/shared.txt !owner",
		"exec /home/u/.local/bin/tool",
		"file r /etc/shadow",
		"file r /var/lib/private/x",
	})
	// With read: all, it reads other users' files too, but not their
	// dotfiles, and writes none of them.
	cn = connectToSystem(c, builtin.Classic, consumerYaml("home", "read: all"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /home/u/Documents/shared.txt !owner",
		"file r /home/",
		"file r /home/v/ !owner",
	}, []string{
		"file w /home/u/Documents/shared.txt !owner",
		"file r /home/v/.ssh/id_rsa !owner",
		"file r /home/v/snap/foo/x1/data !owner",
	})
}

// multipass-support runs apparmor_parser, loads profiles, changes to
// the instances' profiles when starting the VM binaries the snap ships,
// and signals and traces them; it may change to no other profile.
func (s *accessSuite) TestMultipassSupportAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("multipass-support"))
	cn.checkAccesses(c, plugTag, []string{
		"exec /sbin/apparmor_parser ix",
		"exec /usr/sbin/apparmor_parser ix",
		"file r /etc/apparmor.d/abstractions/base",
		"file r /etc/apparmor/parser.conf",
		"file w /sys/kernel/security/apparmor/.replace",
		"file w /sys/kernel/security/apparmor/.remove",
		"file r /sys/kernel/security/apparmor/features/domain/version",
		"capability mac_admin",
		"capability kill",
		"change_profile exec=/snap/consumer/x1/bin/qemu-system-x86_64 target=multipass.qemu",
		"change_profile exec=/var/snap/consumer/usr/bin/qemu target=multipass.qemu",
		"signal send sig=kill peer=multipass.qemu.vm1",
		"ptrace trace peer=multipass.qemu",
	}, []string{
		"file w /etc/apparmor.d/usr.bin.foo",
		"file w /sys/kernel/security/apparmor/.load",
		"capability sys_admin",
		"capability sys_module",
		"change_profile target=unconfined",
		"change_profile exec=/snap/consumer/x1/bin/qemu target=unconfined",
		"change_profile exec=/usr/bin/qemu-system-x86_64 target=multipass.qemu",
		"change_profile exec=/snap/other/x1/bin/qemu target=multipass.qemu",
		"signal send sig=kill peer=snap.other.app",
		"ptrace trace peer=unconfined",
		"exec /usr/bin/aa-exec",
	})
}

// Every profile of the catalogue (every interface connected, as the
// registry-wide test renders them) parses: every rule the catalogue
// writes is one the matcher reads, none silently skipped.
func (s *accessSuite) TestEveryProfileOfTheCatalogueParses(c *check.C) {
	profiles, _, err := renderWholeProfiles()
	c.Assert(err, check.IsNil)
	rules := 0
	for _, p := range profiles {
		pol, err := aare.Parse(p.Tag, p.Text.AppendTo(nil))
		c.Assert(err, check.IsNil, check.Commentf("%s", p.Tag))
		parsed := pol.Profile(p.Tag)
		c.Assert(parsed, check.NotNil, check.Commentf("%s", p.Tag))
		rules += len(parsed.Rules)
	}
	c.Logf("%d profiles, %d rules", len(profiles), rules)
}

// The file rules every interface adds, against apparmor_parser's
// automaton of the same whole profiles: paths made from each of their
// patterns (matches and near misses) get the same permissions, owner
// and other, and the same exec transition, from the matcher and from
// the parser; and each profile the same capabilities, and the same
// signal and ptrace decisions with every tag and the labels the
// catalogue names as peers.
func (s *accessSuite) TestCatalogueAgreesWithParser(c *check.C) {
	if _, err := aaparser.Available(); err != nil {
		testutil.MissingTool(c, err.Error())
	}
	profiles, _, err := renderWholeProfiles()
	c.Assert(err, check.IsNil)
	var texts []string
	seen := map[string]bool{}
	for _, p := range profiles {
		if text := p.Text.String(); !seen[text] {
			seen[text] = true
			texts = append(texts, text)
		}
	}
	dfas, err := aaretest.Compile(texts...)
	c.Assert(err, check.IsNil)
	sigmap, err := aaretest.ProbeSignals(aare.Signals)
	c.Assert(err, check.IsNil)
	// The peers signal and ptrace rules are checked with: labels the
	// catalogue names, and the apps of both sides of the connection.
	fixedPeers := []string{"unconfined", "snap.other.app", "docker-default", "multipass.qemu", "lxd-container"}
	rnd := rand.New(rand.NewSource(4))
	paths, patterns := 0, 0
	for _, rendered := range profiles {
		dfa := dfas[rendered.Tag]
		c.Assert(dfa, check.NotNil, check.Commentf("%s", rendered.Tag))
		pol, err := aare.Parse(rendered.Tag, rendered.Text.AppendTo(nil))
		c.Assert(err, check.IsNil)
		p := pol.Profile(rendered.Tag)
		for i, name := range aare.Capabilities {
			want := dfa.Capabilities&(1<<i) != 0
			got := p.Check(aare.Access{Class: aare.ClassCapability, Name: name}).Allowed()
			c.Check(got, check.Equals, want, check.Commentf("%s: capability %s", rendered.Tag, name))
		}
		name := strings.TrimPrefix(strings.TrimPrefix(strings.SplitN(rendered.Tag, ".", 3)[1], "use-"), "serve-")
		for _, peer := range append(fixedPeers, "snap.use-"+name+".app", "snap.serve-"+name+".service", "snap.use-"+name+"x.app") {
			for _, perm := range []string{"read", "trace", "readby", "tracedby"} {
				got := p.Check(aare.Access{Class: aare.ClassPtrace, Perm: perm, Peer: peer}).Allowed()
				c.Check(got, check.Equals, dfa.Ptrace(perm, peer), check.Commentf("%s: ptrace %s peer=%s", rendered.Tag, perm, peer))
			}
			for _, perm := range []string{"send", "receive"} {
				for _, sig := range []string{"term", "kill", "hup", "exists", "usr1"} {
					got := p.Check(aare.Access{Class: aare.ClassSignal, Perm: perm, Signal: sig, Peer: peer}).Allowed()
					c.Check(got, check.Equals, dfa.Signal(sigmap, perm, sig, peer), check.Commentf("%s: signal %s sig=%s peer=%s", rendered.Tag, perm, sig, peer))
				}
			}
		}
		failures := 0
		for _, r := range p.RulesOf(aare.ClassFile) {
			if rendered.Origin(r.Line) == "" {
				continue // the base policy, checked in package aare
			}
			patterns++
			for _, path := range aaretest.Samples(r.Path().String(), rnd, 3) {
				paths++
				want := dfa.Perms(path)
				for _, owner := range []bool{true, false} {
					wantMode, wantExec := want.Other, want.OtherExec
					if owner {
						wantMode, wantExec = want.Owner, want.OwnerExec
					}
					gotMode, gotExec := p.FilePerms(path, !owner)
					if paths%8 == 0 {
						// Check, one permission at a time, says the same.
						m, t := matcherPerms(p, path, owner)
						c.Check(m, check.Equals, gotMode, check.Commentf("%s %q", rendered.Tag, path))
						c.Check(t, check.Equals, gotExec, check.Commentf("%s %q", rendered.Tag, path))
					}
					if (gotMode != wantMode || namedAsBinary(p.Name, gotExec) != wantExec) && failures < 10 {
						failures++
						c.Errorf("%s, rule %q (line %d), path %q, owner %v: matcher grants %q %v, apparmor_parser %q %v",
							rendered.Tag, r.Text, r.Line, path, owner, gotMode, gotExec, wantMode, wantExec)
					}
				}
			}
		}
	}
	c.Logf("%d profiles, %d interface patterns, %d paths", len(profiles), patterns, paths)
	c.Check(patterns > 500, check.Equals, true)
}

// matcherPerms asks a profile for each file permission alone, and for
// the exec transition.
func matcherPerms(p *aare.Profile, path string, owner bool) (aare.FileMode, aare.Transition) {
	var m aare.FileMode
	for bit := aare.ModeRead; bit <= aare.ModeExec; bit <<= 1 {
		if p.Check(aare.Access{Class: aare.ClassFile, Path: path, Mode: bit, NotOwner: !owner}).Allowed() {
			m |= bit
		}
	}
	var t aare.Transition
	if res := p.Check(aare.Access{Class: aare.ClassExec, Path: path, NotOwner: !owner}); res.Allowed() {
		t = res.Transition
	}
	return m, t
}

// namedAsBinary writes a transition as the binary policy holds it: a
// named child's target under its parent, the kind (p or c) lost.
func namedAsBinary(profile string, t aare.Transition) aare.Transition {
	if t.Target == "" {
		return t
	}
	if strings.HasPrefix(t.Mode, "c") || strings.HasPrefix(t.Mode, "C") {
		t.Target = profile + "//" + t.Target
	}
	t.Mode = strings.NewReplacer("c", "p", "C", "P").Replace(t.Mode)
	return t
}
