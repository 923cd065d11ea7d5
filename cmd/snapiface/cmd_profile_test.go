// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

type profileSuite struct{}

var _ = check.Suite(&profileSuite{})

const (
	exampleSnap = "../../examples/vm-manager.yaml"
	// exampleDecl is the example's snap declaration, without which its
	// multipass-support plug may not be installed.
	exampleDecl = "../../examples/vm-manager.declaration.yaml"
)

// requireTools makes a test that compiles policy fail in CI, and skip
// elsewhere, when apparmor_parser is missing (libseccomp is needed to
// build this package at all).
func requireTools(c *check.C) {
	if _, err := aaparser.Available(); err != nil {
		testutil.MissingTool(c, err.Error())
	}
}

// requireTools4 is requireTools for profiles of ABI 4.0, which need
// apparmor_parser 4 (make deps builds it).
func requireTools4(c *check.C) {
	requireTools(c)
	if _, err := aaparser.ParserFor(apparmor.ABI40); err != nil {
		testutil.MissingTool(c, err.Error())
	}
}

// profileHost4 is profileHost for AppArmor's ABI 4.0.
var profileHost4 = apparmor.Host{InstallDir: profileHost.InstallDir, Revision: profileHost.Revision, Features: apparmor.FeaturesOf(apparmor.ABI40)}

func (s *profileSuite) TestPrintsEveryTag(c *check.C) {
	stdout, stderr, code := runCLI("profile", exampleSnap, "--declaration", exampleDecl)
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	for _, tag := range []string{"snap.vm-manager.cli", "snap.vm-manager.daemon", "snap.vm-manager.hook.configure"} {
		c.Check(stdout, testutil.Contains, "# apparmor "+tag+"\n")
		c.Check(stdout, testutil.Contains, "# seccomp "+tag+"\n")
		c.Check(stdout, testutil.Contains, `profile "`+tag+`" flags=(attach_disconnected,mediate_deleted)`)
	}
	// Without --plug, what policy auto-connects is connected, and what
	// needs a manual connection is said on stderr.
	c.Check(stderr, testutil.Contains, `not connected: plug vm-manager:multipass-support (interface "multipass-support")`)
}

func (s *profileSuite) TestExampleCheckOutJSON(c *check.C) {
	requireTools(c)
	dir := c.MkDir()
	stdout, stderr, code := runCLI("profile", exampleSnap, "--declaration", exampleDecl, "--auto",
		"--plug", "vm-manager:multipass-support", "--plug", "vm-manager:kvm", "--check", "--out", dir, "--json")
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	var out profileSummary
	c.Assert(json.Unmarshal([]byte(stdout), &out), check.IsNil)
	c.Check(out.Snaps, check.DeepEquals, []string{"vm-manager"})
	c.Check(out.Connections, check.DeepEquals, []connectionEntry{
		{Plug: "vm-manager:kvm", Slot: "snapd:kvm", Interface: "kvm"},
		{Plug: "vm-manager:multipass-support", Slot: "snapd:multipass-support", Interface: "multipass-support"},
		{Plug: "vm-manager:network", Slot: "snapd:network", Interface: "network"},
		{Plug: "vm-manager:network-bind", Slot: "snapd:network-bind", Interface: "network-bind"},
	})
	c.Check(out.Unconnected, check.HasLen, 0)
	c.Check(out.Dropped, check.HasLen, 0)
	c.Assert(out.Tags, check.HasLen, 3)
	for _, tag := range out.Tags {
		aa, err := os.ReadFile(filepath.Join(dir, "apparmor", tag.Tag))
		c.Assert(err, check.IsNil)
		c.Check(len(aa), check.Equals, tag.AppArmorBytes)
		src, err := os.ReadFile(filepath.Join(dir, "seccomp", tag.Tag+".src"))
		c.Assert(err, check.IsNil)
		c.Check(len(src), check.Equals, tag.SeccompBytes)
		bin, err := os.ReadFile(filepath.Join(dir, "seccomp", tag.Tag+".bin"))
		c.Assert(err, check.IsNil)
		// A BPF program is a whole number of 8-byte instructions.
		c.Check(len(bin) > 0 && len(bin)%8 == 0, check.Equals, true)
	}
	daemon, err := os.ReadFile(filepath.Join(dir, "apparmor", "snap.vm-manager.daemon"))
	c.Assert(err, check.IsNil)
	c.Check(string(daemon), testutil.Contains, "ptrace (read, trace) peer=multipass.*,")
	cli, err := os.ReadFile(filepath.Join(dir, "apparmor", "snap.vm-manager.cli"))
	c.Assert(err, check.IsNil)
	c.Check(string(cli), check.Not(testutil.Contains), "apparmor_parser")
}

func (s *profileSuite) TestExplicitPlugErrors(c *check.C) {
	const data = "testdata/profile/"
	for _, t := range []struct {
		args []string
		err  string
	}{
		{[]string{exampleSnap, "--declaration", exampleDecl, "--plug", "vm-manager"}, `invalid --plug "vm-manager": want SNAP:PLUG or SNAP:PLUG=SNAP:SLOT`},
		{[]string{exampleSnap, "--declaration", exampleDecl, "--plug", "vm-manager:kvm=snapd"}, `invalid --plug "vm-manager:kvm=snapd": want SNAP:PLUG or SNAP:PLUG=SNAP:SLOT`},
		{[]string{exampleSnap, "--declaration", exampleDecl, "--plug", "vm-manager:nope"}, `cannot connect --plug "vm-manager:nope": snap "vm-manager" has no plug "nope"`},
		{[]string{data + "lxd-client.yaml", data + "lxd.yaml", "--declaration", data + "lxd-declaration.yaml", "--plug", "lxd-client:lxd"},
			`cannot connect --plug "lxd-client:lxd": the classic system has no "lxd" slot; name a slot of interface "lxd" with =SNAP:SLOT: lxd:lxd`},
		{[]string{data + "lxd-client.yaml", data + "lxd.yaml", "--declaration", data + "lxd-declaration.yaml", "--plug", "lxd-client:lxd=lxd:lxd"}, `cannot connect lxd-client:lxd lxd:lxd: .* \(use --force to connect anyway\)`},
		// An interface mismatch is no matter of policy: --force would
		// not help, and is not suggested; the slots that would are.
		{[]string{exampleSnap, "--declaration", exampleDecl, "--plug", "vm-manager:kvm=snapd:network"},
			`cannot connect --plug "vm-manager:kvm=snapd:network": plug interface "kvm" does not match slot interface "network"; name a slot of interface "kvm" with =SNAP:SLOT: snapd:kvm`},
		{[]string{exampleSnap, "--declaration", exampleDecl, "--force", "--plug", "vm-manager:kvm=snapd:network"},
			`cannot connect --plug "vm-manager:kvm=snapd:network": plug interface "kvm" does not match slot interface "network"; .*`},
		{[]string{exampleSnap, "--declaration", exampleDecl, "--plug", "vm-manager:kvm=snapd:nope"},
			`cannot connect --plug "vm-manager:kvm=snapd:nope": snap "snapd" has no slot "nope"; name a slot of interface "kvm" with =SNAP:SLOT: snapd:kvm`},
		{[]string{exampleSnap, "--declaration", exampleDecl, "--plug", "vm-manager:kvm=other:kvm"},
			`cannot connect --plug "vm-manager:kvm=other:kvm": no snap "other" is given`},
		{[]string{data + "lxd-client.yaml", "--plug", "lxd-client:lxd"},
			`cannot connect --plug "lxd-client:lxd": the classic system has no "lxd" slot; no snap given has a slot of interface "lxd"`},
		// A dropped plug or slot: why, in the same message.
		{[]string{data + "broken.yaml", "--plug", "broken:config"},
			`cannot connect --plug "broken:config": plug broken:config \(interface "personal-files"\) was dropped when its snap was added: read\[0\] "relative/path" must start with "\$HOME/" and name a file or directory below it`},
		{[]string{data + "broken.yaml", exampleSnap, "--declaration", exampleDecl, "--plug", "vm-manager:kvm=broken:shared"},
			`cannot connect --plug "vm-manager:kvm=broken:shared": slot broken:shared \(interface "content"\) was dropped when its snap was added: read\[0\] "\$SNAP/lib,bin": .* contains ",", which AppArmor would not read as a literal`},
	} {
		_, stderr, code := runCLI(append([]string{"profile"}, t.args...)...)
		c.Check(code, check.Equals, 1, check.Commentf("%v", t.args))
		c.Check(stderr, check.Matches, `(?s)(.*\n)?snapiface profile: `+t.err+"\n", check.Commentf("%v", t.args))
	}
	// --force connects what policy would not, and says so.
	stdout, stderr, code := runCLI("profile", data+"lxd-client.yaml", data+"lxd.yaml", "--declaration", data+"lxd-declaration.yaml", "--plug", "lxd-client:lxd=lxd:lxd", "--force", "--json")
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	var out profileSummary
	c.Assert(json.Unmarshal([]byte(stdout), &out), check.IsNil)
	c.Check(out.Connections, check.DeepEquals, []connectionEntry{{Plug: "lxd-client:lxd", Slot: "lxd:lxd", Interface: "lxd"}})
	c.Check(out.Forced, check.DeepEquals, []forcedEntry{{What: "connection", Subject: "lxd-client:lxd lxd:lxd",
		Reason: `connection of plug lxd-client:lxd to slot lxd:lxd denied by slot rule of interface "lxd" in the snap declaration of "lxd"`}})
}

// A snap whose installation policy denies is not rendered: the reason
// is printed and the exit status is 1, unless --force, which the output
// then says, in text and in JSON.
func (s *profileSuite) TestInstallationDecision(c *check.C) {
	const data = "testdata/profile/"
	stdout, stderr, code := runCLI("profile", data+"lxd.yaml")
	c.Check(code, check.Equals, 1)
	c.Check(stdout, check.Equals, "")
	c.Check(stderr, check.Matches, regexp.QuoteMeta(`snapiface profile: cannot render snap "lxd": installation of slot lxd:lxd not allowed by slot rule of interface "lxd" in the base declaration (give it a snap declaration that allows it with --declaration, or use --force to render it anyway)
    installation of slot lxd:lxd not allowed by slot rule of interface "lxd" in the base declaration
      rules consulted in order: slot rule of the snap's declaration: no declaration; slot rule of the base declaration: found (base-declaration.yaml:`)+`\d+\), it decides
      deny-installation: absent, denies nothing
      allow-installation \(base-declaration.yaml:\d+\): false
`)
	// With the snap's declaration, it is rendered.
	_, stderr, code = runCLI("profile", data+"lxd.yaml", "--declaration", data+"lxd-declaration.yaml")
	c.Check(code, check.Equals, 0, check.Commentf("%s", stderr))

	stdout, stderr, code = runCLI("profile", data+"lxd.yaml", "--force")
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	const forced = `installation of slot lxd:lxd not allowed by slot rule of interface "lxd" in the base declaration`
	c.Check(stdout, check.Matches, `(?s)# forced \(--force\): `+regexp.QuoteMeta(forced)+"\n# apparmor snap.lxd.daemon\n.*")
	stdout, stderr, code = runCLI("profile", data+"lxd.yaml", "--force", "--json")
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	var out profileSummary
	c.Assert(json.Unmarshal([]byte(stdout), &out), check.IsNil)
	c.Check(out.Forced, check.DeepEquals, []forcedEntry{{What: "installation", Subject: "lxd", Reason: forced}})
	c.Check(out.Tags, check.HasLen, 1)
}

// The acceptance run: every corpus snap together, connected as policy
// says, compiles, in profiles of ABI 3.0 (the system's parser) and of
// ABI 4.0 (apparmor_parser 4); the only plugs and slots dropped are of
// interfaces that are not standard ones.
func (s *profileSuite) TestCorpusChecks(c *check.C) {
	s.checkCorpus(c, "3.0")
}

func (s *profileSuite) TestCorpusChecksABI4(c *check.C) {
	requireTools4(c)
	s.checkCorpus(c, "4.0")
}

func (s *profileSuite) checkCorpus(c *check.C, abi string) {
	files := testutil.CorpusFiles()
	if len(files) == 0 {
		c.Skip("no shared corpus")
	}
	requireTools(c)
	facts, err := testutil.LoadReferenceFacts()
	c.Assert(err, check.IsNil)
	for _, onCore := range []bool{false, true} {
		// Some corpus snaps need snap declarations (super-privileged
		// plugs, snap-owned slots), which the corpus does not have.
		args := append([]string{"profile", "--check", "--json", "--force", "--abi", abi}, files...)
		if onCore {
			args = append(args, "--core")
		}
		stdout, stderr, code := runCLI(args...)
		c.Assert(code, check.Equals, 0, check.Commentf("core=%v, ABI %s: %s", onCore, abi, stderr))
		var out profileSummary
		c.Assert(json.Unmarshal([]byte(stdout), &out), check.IsNil)
		c.Check(out.ABI, check.Equals, abi)
		c.Check(out.Snaps, check.HasLen, len(files))
		for _, f := range out.Forced {
			c.Check(f.What, check.Equals, "installation", check.Commentf("%+v", f))
		}
		c.Check(len(out.Forced) > 0 && len(out.Forced) < len(files), check.Equals, true, check.Commentf("%d forced", len(out.Forced)))
		for _, d := range out.Dropped {
			_, standard := facts[d.Interface]
			c.Check(standard, check.Equals, false, check.Commentf("dropped %+v", d))
			c.Check(d.Reason, check.Equals, `unknown interface "`+d.Interface+`"`)
		}
		// The catalogue is whole: nothing a corpus snap declares is
		// dropped.
		c.Check(out.Dropped, check.HasLen, 0)
	}
}

// Every plug of every corpus snap connected, policy or not, to the
// system's slot of its interface or to another corpus snap's slot:
// every interface the corpus uses is rendered and compiled, in profiles
// of ABI 3.0 and of ABI 4.0.
func (s *profileSuite) TestCorpusEveryPlugConnectedChecks(c *check.C) {
	s.checkCorpusEveryPlugConnected(c, profileHost)
}

func (s *profileSuite) TestCorpusEveryPlugConnectedChecksABI4(c *check.C) {
	requireTools4(c)
	s.checkCorpusEveryPlugConnected(c, profileHost4)
}

func (s *profileSuite) checkCorpusEveryPlugConnected(c *check.C, host apparmor.Host) {
	files := testutil.CorpusFiles()
	if len(files) == 0 {
		c.Skip("no shared corpus")
	}
	requireTools(c)
	for _, kind := range []builtin.System{builtin.Classic, builtin.Core} {
		sys, err := loadSystem(files, kind)
		c.Assert(err, check.IsNil)
		connected := 0
		for _, info := range sys.snaps {
			for _, plug := range sys.repo.Plugs(info.InstanceName()) {
				slots := sys.repo.AllSlots(plug.Interface)
				if len(slots) == 0 {
					continue
				}
				// The system's slot when there is one, else the first.
				slot := slots[0]
				for _, candidate := range slots {
					if candidate.Snap.InstanceName() == builtin.SystemSnapName {
						slot = candidate
					}
				}
				_, err := sys.repo.Connect(interfaces.ConnRef{
					PlugRef: interfaces.PlugRef{Snap: info.InstanceName(), Name: plug.Name},
					SlotRef: interfaces.SlotRef{Snap: slot.Snap.InstanceName(), Name: slot.Name},
				}, nil, nil)
				c.Assert(err, check.IsNil)
				connected++
			}
		}
		c.Check(connected > 100, check.Equals, true, check.Commentf("%s: %d connections", kind, connected))
		var all []*rendered
		names := sys.repo.SnapNames()
		sort.Strings(names)
		for _, name := range names {
			if name == builtin.SystemSnapName {
				continue
			}
			tags, err := renderSnap(sys, name, host)
			c.Assert(err, check.IsNil)
			all = append(all, tags...)
		}
		for _, r := range all {
			c.Check(r.apparmor.ABI, check.Equals, host.ABI())
		}
		c.Check(checkRendered(sys, all), check.IsNil, check.Commentf("%s, ABI %s", kind, host.ABI()))
	}
}

// A policy line no compiler accepts is reported with its tag, line and
// the interface that added it.
func (s *profileSuite) TestCheckNamesTagLineAndInterface(c *check.C) {
	requireTools(c)
	info, err := snap.InfoFromSnapYaml([]byte("name: broken\nversion: \"1\"\napps:\n  app:\n    command: app\nplugs:\n  p: broken\n"))
	c.Assert(err, check.IsNil)
	iface := &ifacetest.TestInterface{
		InterfaceName: "broken",
		AppArmorPermanentPlugCallback: func(spec *apparmor.Specification, plug *snap.PlugInfo) error {
			spec.AddSnippet("/etc/fine r,\n/etc/broken rw\n/etc/after r,")
			return nil
		},
		SecCompPermanentPlugCallback: func(spec *seccomp.Specification, plug *snap.PlugInfo) error {
			spec.AddSnippet("nosuchsyscall")
			return nil
		},
	}
	repo := interfaces.NewRepository()
	c.Assert(repo.AddInterface(iface), check.IsNil)
	_, err = repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	sys := &system{repo: repo}
	all, err := renderSnap(sys, "broken", profileHost)
	c.Assert(err, check.IsNil)
	err = checkRendered(sys, all)
	c.Assert(err, check.NotNil)
	c.Check(err.Error(), check.Matches, `(?s)apparmor: snap\.broken\.app: line [0-9]+ \(interface "broken"\): .*`)
	c.Check(err.Error(), check.Matches, `(?s).*\nseccomp: snap\.broken\.app: interface "broken": line [0-9]+: syscall "nosuchsyscall": .*`)
}

// A rule that apparmor_parser refuses, which came through a connection
// from the other side's attributes, is reported with the other end of
// the connection: the snap to look at.
func (s *profileSuite) TestCheckNamesTheConnectionARuleCameFrom(c *check.C) {
	requireTools(c)
	iface := &ifacetest.TestInterface{
		InterfaceName: "relay",
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet("# Description: what the slot says.\n" + slot.StaticAttrs()["rule"].(string) + "\n")
			return nil
		},
	}
	repo := interfaces.NewRepository()
	c.Assert(repo.AddInterface(iface), check.IsNil)
	for _, yaml := range []string{
		"name: consumer\nversion: \"1\"\napps:\n  app:\n    command: app\nplugs:\n  good: relay\n  bad: relay\n",
		"name: fine\nversion: \"1\"\napps:\n  s:\n    command: s\nslots:\n  slot:\n    interface: relay\n    rule: /srv/fine r,\n",
		"name: evil\nversion: \"1\"\napps:\n  s:\n    command: s\nslots:\n  slot:\n    interface: relay\n    rule: /srv/evil rw frobnicate,\n",
	} {
		info, err := snap.InfoFromSnapYaml([]byte(yaml))
		c.Assert(err, check.IsNil)
		_, err = repo.AddSnap(info)
		c.Assert(err, check.IsNil)
	}
	for _, ref := range []interfaces.ConnRef{
		{PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "good"}, SlotRef: interfaces.SlotRef{Snap: "fine", Name: "slot"}},
		{PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "bad"}, SlotRef: interfaces.SlotRef{Snap: "evil", Name: "slot"}},
	} {
		_, err := repo.Connect(ref, nil, nil)
		c.Assert(err, check.IsNil)
	}
	sys := &system{repo: repo}
	all, err := renderSnap(sys, "consumer", profileHost)
	c.Assert(err, check.IsNil)
	err = checkRendered(sys, all)
	c.Assert(err, check.NotNil)
	c.Check(err.Error(), check.Matches, `apparmor: snap\.consumer\.app: line [0-9]+ \(interface "relay", from slot evil:slot\): .*`)
}

// writeSnap writes a snap.yaml into dir and returns its path.
func writeSnap(c *check.C, dir, name, text string) string {
	path := filepath.Join(dir, name)
	c.Assert(os.WriteFile(path, []byte(text), 0o644), check.IsNil)
	return path
}

// The CLI's system snap is its own: a snap.yaml of the system's type is
// refused as a second system, and the system's names are reserved.
func (s *profileSuite) TestOneSystemSnap(c *check.C) {
	dir := c.MkDir()
	for _, t := range []struct {
		yaml, err string
	}{
		{"name: fake\nversion: \"1\"\ntype: snapd\nslots:\n  docker:\n", `.*/snap.yaml: cannot add snap "fake" of type snapd: snapiface adds the system snap itself \("snapd"\), and refuses a second one`},
		{"name: fake\nversion: \"1\"\ntype: os\n", `.*/snap.yaml: cannot add snap "fake" of type os: .*`},
		{"name: snapd\nversion: \"1\"\n", `.*/snap.yaml: cannot add snap "snapd": reserved name: only the system snap may be called "snapd"`},
		{"name: core\nversion: \"1\"\n", `.*/snap.yaml: cannot add snap "core": reserved name: .*`},
		{"name: system\nversion: \"1\"\n", `.*/snap.yaml: cannot add snap "system": reserved name: .*`},
	} {
		path := writeSnap(c, dir, "snap.yaml", t.yaml)
		for _, cmd := range []string{"profile", "connections", "snippets"} {
			_, stderr, code := runCLI(cmd, path)
			c.Check(code, check.Equals, 1, check.Commentf("%s %s", cmd, t.yaml))
			c.Check(stderr, check.Matches, "snapiface "+cmd+": "+t.err+"\n", check.Commentf("%s %s", cmd, t.yaml))
		}
	}
}

func (s *profileSuite) TestHostFlagErrors(c *check.C) {
	dir := c.MkDir()
	broken := filepath.Join(dir, "features")
	c.Assert(os.WriteFile(broken, []byte("caps {\n"), 0644), check.IsNil)
	for _, t := range []struct {
		args []string
		err  string
	}{
		{[]string{"--abi", "5.0"}, `invalid --abi: unknown AppArmor ABI "5.0": want "3.0" or "4.0"`},
		{[]string{"--abi", "4.0", "--features", broken}, `cannot use --abi and --features together: --features decides the ABI`},
		{[]string{"--features", filepath.Join(dir, "missing")}, `cannot read AppArmor features: stat .*/missing: no such file or directory`},
		{[]string{"--features", broken}, `.*/features:1: feature "caps": missing closing brace`},
	} {
		_, stderr, code := runCLI(append([]string{"profile", exampleSnap}, t.args...)...)
		c.Check(code, check.Equals, 1, check.Commentf("%v", t.args))
		c.Check(stderr, check.Matches, `(?s)(.*\n)?snapiface profile: `+t.err+"\n", check.Commentf("%v", t.args))
	}
}

// The ABI profiles state follows --abi, or the features --features
// reads; only a profile of ABI 4.0 gets the rules of that ABI.
func (s *profileSuite) TestABIOfProfiles(c *check.C) {
	dir := c.MkDir()
	kernel4 := filepath.Join(dir, "kernel4")
	c.Assert(os.MkdirAll(filepath.Join(kernel4, "namespaces"), 0755), check.IsNil)
	c.Assert(os.WriteFile(filepath.Join(kernel4, "namespaces", "mask"), []byte("userns_create\n"), 0644), check.IsNil)
	kernel3 := filepath.Join(dir, "kernel3")
	c.Assert(os.WriteFile(kernel3, []byte("namespaces {pivot_root {no\n}\nprofile {yes\n}\n}\n"), 0644), check.IsNil)
	const docker = "testdata/profile/docker.yaml"
	for _, t := range []struct {
		args []string
		abi  string
	}{
		{nil, "3.0"},
		{[]string{"--abi", "3.0"}, "3.0"},
		{[]string{"--abi", "4.0"}, "4.0"},
		{[]string{"--features", kernel3}, "3.0"},
		{[]string{"--features", kernel4}, "4.0"},
	} {
		comment := check.Commentf("%v", t.args)
		args := append([]string{"profile", docker, "--plug", "docker:docker-support", "--force"}, t.args...)
		stdout, stderr, code := runCLI(args...)
		c.Assert(code, check.Equals, 0, check.Commentf("%v: %s", t.args, stderr))
		c.Check(stdout, testutil.Contains, "\nabi <abi/"+t.abi+">,\n", comment)
		c.Check(strings.Contains(stdout, "\n  userns,\n"), check.Equals, t.abi == "4.0", comment)
		stdout, stderr, code = runCLI(append(args, "--json")...)
		c.Assert(code, check.Equals, 0, check.Commentf("%v: %s", t.args, stderr))
		var out profileSummary
		c.Assert(json.Unmarshal([]byte(stdout), &out), check.IsNil)
		c.Check(out.ABI, check.Equals, t.abi, comment)
	}
}

func (s *profileSuite) TestCheckABI4(c *check.C) {
	requireTools4(c)
	stdout, stderr, code := runCLI("profile", "testdata/profile/docker.yaml", "--plug", "docker:docker-support", "--force", "--abi", "4.0", "--check", "--out", c.MkDir())
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	c.Check(stdout, testutil.Contains, "checked: 1 AppArmor profiles of ABI 4.0 compile with apparmor_parser, 1 seccomp policies with libseccomp\n")
}
