// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor_test

import (
	"os"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare/aaretest"
	"github.com/snapiface/snapiface/snap"
)

// The base profile, decided access by access: testdata/strict-base.accesses
// lists what a plain strict app (no interface connected) must be able
// to do and must never do, and the whole rendered profile, with the
// abstractions it includes, decides each as the kernel would (package
// aare, itself checked against apparmor_parser's compiled policy on the
// golden profiles).

type baseAccessSuite struct{}

var _ = check.Suite(&baseAccessSuite{})

// plainYaml is a snap with no plugs: what its apps and hooks may do is
// the base policy alone.
const plainYaml = `name: foo
version: "1"
apps:
  app:
    command: bin/app
  daemon:
    command: bin/daemon
    daemon: simple
hooks:
  configure:
`

// renderPlain renders the profile of tag for snap foo (instance foo_KEY
// when instanceKey is set), revision 42, with the given confinement and
// no interface.
func renderPlain(c *check.C, confinement snap.ConfinementType, instanceKey, tag string) *apparmor.Profile {
	info, err := snap.InfoFromSnapYaml([]byte(plainYaml))
	c.Assert(err, check.IsNil)
	info.Confinement = confinement
	c.Assert(info.SetInstanceKey(instanceKey), check.IsNil)
	rendered, err := apparmor.RenderProfile(info, tag, &apparmor.Specification{}, testHost)
	c.Assert(err, check.IsNil)
	return rendered
}

// plainProfile renders the profile as renderPlain does, and parses it.
func plainProfile(c *check.C, confinement snap.ConfinementType, instanceKey, tag string) *aare.Profile {
	rendered := renderPlain(c, confinement, instanceKey, tag)
	pol, err := aare.Parse(tag, rendered.Text.AppendTo(nil))
	c.Assert(err, check.IsNil)
	p := pol.Profile(tag)
	c.Assert(p, check.NotNil)
	return p
}

const baseAccessesFile = "testdata/strict-base.accesses"

func readBaseAccesses(c *check.C) []aare.Expectation {
	f, err := os.Open(baseAccessesFile)
	c.Assert(err, check.IsNil)
	defer f.Close()
	exps, err := aare.ReadExpectations(baseAccessesFile, f)
	c.Assert(err, check.IsNil)
	return exps
}

func (s *baseAccessSuite) TestStrictAppAccesses(c *check.C) {
	p := plainProfile(c, snap.StrictConfinement, "", "snap.foo.app")
	c.Check(p.Complain(), check.Equals, false)
	exps := readBaseAccesses(c)
	allowed := 0
	for _, e := range exps {
		res := p.Check(e.Access)
		c.Check(res.Allowed(), check.Equals, e.Allow, check.Commentf("%s:%d: %s: %s", baseAccessesFile, e.Line, e.Access, res))
		if e.Allow {
			allowed++
		}
	}
	// Enough of both to say what the base is.
	c.Check(len(exps) >= 400, check.Equals, true, check.Commentf("%d accesses", len(exps)))
	c.Check(allowed >= 150 && len(exps)-allowed >= 150, check.Equals, true, check.Commentf("%d allowed, %d denied", allowed, len(exps)-allowed))
}

// The same accesses, through apparmor_parser's compiled policy of the
// same profile: files and exec by the file automaton, capabilities by
// the profile's capability set, signals and ptrace by the policy
// automaton. The expectations written by hand are the kernel's too, not
// only the matcher's. (Unix, D-Bus, network and mount accesses are the
// matcher's alone.)
func (s *baseAccessSuite) TestStrictAppAccessesAgreeWithParser(c *check.C) {
	requireParser(c)
	rendered := renderPlain(c, snap.StrictConfinement, "", "snap.foo.app")
	dfas, err := aaretest.Compile(rendered.Text.String())
	c.Assert(err, check.IsNil)
	dfa := dfas["snap.foo.app"]
	c.Assert(dfa, check.NotNil)
	sigmap, err := aaretest.ProbeSignals(aare.Signals)
	c.Assert(err, check.IsNil)
	capBit := map[string]uint64{}
	for i, name := range aare.Capabilities {
		capBit[name] = 1 << i
	}
	n := 0
	for _, e := range readBaseAccesses(c) {
		a := e.Access
		comment := check.Commentf("%s:%d: %s", baseAccessesFile, e.Line, a)
		var got bool
		switch a.Class {
		case aare.ClassFile, aare.ClassExec:
			perms := dfa.Perms(a.Path)
			granted, trans := perms.Owner, perms.OwnerExec
			if a.NotOwner {
				granted, trans = perms.Other, perms.OtherExec
			}
			switch {
			case a.Class == aare.ClassExec:
				got = granted&aare.ModeExec != 0 && (a.Transition == "" || a.Transition == trans.Mode)
			case a.Target != "":
				owner, other := dfa.Link(a.Path, a.Target)
				if a.NotOwner {
					owner = other
				}
				got = owner && a.Mode&^granted == 0
			default:
				got = a.Mode&^granted == 0
			}
			comment = check.Commentf("%s:%d: %s: parser grants %q %v", baseAccessesFile, e.Line, a, granted, trans)
		case aare.ClassCapability:
			bit, ok := capBit[a.Name]
			c.Assert(ok, check.Equals, true, comment)
			got = dfa.Capabilities&bit != 0
		case aare.ClassSignal:
			got = dfa.Signal(sigmap, a.Perm, a.Signal, a.Peer)
		case aare.ClassPtrace:
			got = dfa.Ptrace(a.Perm, a.Peer)
		default:
			continue
		}
		c.Check(got, check.Equals, e.Allow, comment)
		n++
	}
	c.Check(n >= 500, check.Equals, true, check.Commentf("%d accesses", n))
}

// Devmode renders the same rules in complain mode: the same decisions,
// where a denial is logged and let through.
func (s *baseAccessSuite) TestDevmodeDecidesAsStrict(c *check.C) {
	p := plainProfile(c, snap.DevModeConfinement, "", "snap.foo.app")
	c.Check(p.Complain(), check.Equals, true)
	for _, e := range readBaseAccesses(c) {
		res := p.Check(e.Access)
		c.Check(res.Allowed(), check.Equals, e.Allow, check.Commentf("devmode: %s:%d: %s: %s", baseAccessesFile, e.Line, e.Access, res))
	}
}

// Classic allows every one of them, denials included: programs run as
// they would unconfined (a program with a profile of its own under it),
// so exec is checked without a transition.
func (s *baseAccessSuite) TestClassicAllowsAll(c *check.C) {
	p := plainProfile(c, snap.ClassicConfinement, "", "snap.foo.app")
	for _, e := range readBaseAccesses(c) {
		a := e.Access
		if a.Class == aare.ClassExec {
			a.Transition = ""
		}
		res := p.Check(a)
		c.Check(res.Allowed(), check.Equals, true, check.Commentf("classic: %s:%d: %s: %s", baseAccessesFile, e.Line, a, res))
	}
}

// What names the app, the hook or the instance: a hook has no
// credentials and reads only its own process's memory; a parallel
// install is its own snap for everything its mount namespace does not
// map (/run, signal, socket and D-Bus peers), and finds its data and
// install tree at the plain name too.
func (s *baseAccessSuite) TestAccessesThatNameTheAppOrInstance(c *check.C) {
	for _, t := range []struct {
		instanceKey, tag string
		accesses         map[string]bool
	}{{
		tag: "snap.foo.hook.configure",
		accesses: map[string]bool{
			"file r /run/credentials/snap.foo.app.service/token":                     false,
			"file r /run/credentials/snap.foo.configure.service/token":               false,
			"file r /run/credentials/snap.foo.hook.configure.service/x":              true,
			"ptrace read peer=snap.foo.hook.configure":                               true,
			"ptrace read peer=snap.foo.app":                                          false,
			"signal send sig=term peer=snap.foo.app":                                 true,
			"file rw /run/snap.foo/x":                                                true,
			"file rw /var/snap/foo/42/x":                                             true,
			"unix bind stream addr=@snap.foo.x":                                      true,
			"file r /proc/4242/mountinfo":                                            false,
			"dbus send bus=session path=/a interface=a.b member=C peer=snap.foo.app": true,
		},
	}, {
		instanceKey: "x",
		tag:         "snap.foo_x.app",
		accesses: map[string]bool{
			"file rw /var/snap/foo/42/x":                                                  true,
			"file rw /var/snap/foo_x/42/x":                                                true,
			"file r /var/snap/foo_x/41/x":                                                 true,
			"exec /snap/foo/42/bin/app ix":                                                true,
			"exec /snap/foo_x/42/bin/app ix":                                              true,
			"file rw /run/snap.foo_x/x":                                                   true,
			"file rw /run/snap.foo/x":                                                     false,
			"file rwk /run/lock/snap.foo_x/a.lock":                                        true,
			"file w /run/lock/snap.foo/a.lock":                                            false,
			"file r /run/credentials/snap.foo_x.app.service/token":                        true,
			"file r /run/credentials/snap.foo.app.service/token":                          false,
			"file rw /run/user/1000/snap.foo_x/x":                                         true,
			"file rw /run/user/1000/snap.foo/x":                                           false,
			"file rw /dev/shm/snap.foo_x.data":                                            true,
			"file rw /dev/shm/snap.foo.data":                                              false,
			"signal send sig=term peer=snap.foo_x.daemon":                                 true,
			"signal send sig=term peer=snap.foo.daemon":                                   false,
			"signal receive sig=term peer=snap.foo.daemon":                                true,
			"unix bind stream addr=@snap.foo_x.sock":                                      true,
			"unix bind stream addr=@snap.foo.sock":                                        false,
			"unix connect stream peer_addr=@snap.foo_x.sock peer=snap.foo_x.daemon":       true,
			"unix connect stream peer_addr=@snap.foo.sock peer=snap.foo.daemon":           false,
			"dbus send bus=session path=/a interface=a.b member=C peer=snap.foo_x.daemon": true,
			"dbus send bus=session path=/a interface=a.b member=C peer=snap.foo.daemon":   false,
			"ptrace read peer=snap.foo_x.app":                                             true,
			"ptrace read peer=snap.foo_x.daemon":                                          false,
		},
	}} {
		p := plainProfile(c, snap.StrictConfinement, t.instanceKey, t.tag)
		for text, want := range t.accesses {
			a, err := aare.ParseAccess(text)
			c.Assert(err, check.IsNil, check.Commentf("%q", text))
			res := p.Check(a)
			c.Check(res.Allowed(), check.Equals, want, check.Commentf("%s: %s: %s", t.tag, text, res))
		}
	}
}
