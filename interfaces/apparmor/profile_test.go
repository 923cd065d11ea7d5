// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor_test

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

type profileSuite struct{}

var _ = check.Suite(&profileSuite{})

var (
	testHost  = apparmor.Host{Revision: "42"}
	testHost4 = apparmor.Host{Revision: "42", Features: apparmor.FeaturesOf(apparmor.ABI40)}
)

const fooYaml = `name: foo
version: "1"
apps:
  app:
    command: bin/app
    plugs: [net, observe]
  daemon:
    command: bin/daemon
    daemon: simple
    plugs: [net]
hooks:
  configure:
    plugs: [net]
plugs:
  net: fake-network
  observe: fake-observe
`

const systemYaml = `name: system
version: "1"
type: os
slots:
  fake-network:
  fake-observe:
`

// The fake interfaces' rules: what real ones look like, so that the
// golden profiles compile as real ones would.
const (
	fakeNetworkRules = `# Description: reach the network (a fake interface for tests).
network inet stream,
network inet6 stream,

# Name resolution.
/etc/resolv.conf r,`
	fakeNetworkHostsRule = `/etc/hosts r,`
	// fakeNetworkUserNSRules need a feature of the host: profiles of
	// ABI 4.0 get them, those of ABI 3.0 do not.
	fakeNetworkUserNSRules = `# Network namespaces of the app's own, in a user namespace.
userns,`
	fakeObserveRules = `# Description: observe the system's processes (fake).
@{PROC}/ r,
@{PROC}/[0-9]*/stat r,
ptrace (read),`
)

// fakeNetwork adds two snippets; fakeObserve adds one and asks for
// ptrace trace to be suppressed.
var (
	fakeNetwork = &ifacetest.TestInterface{
		InterfaceName: "fake-network",
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet(fakeNetworkRules)
			spec.AddSnippet(fakeNetworkHostsRule)
			spec.AddFeatureSnippet(apparmor.FeatureUserNS, fakeNetworkUserNSRules)
			return nil
		},
	}
	fakeObserve = &ifacetest.TestInterface{
		InterfaceName: "fake-observe",
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet(fakeObserveRules)
			spec.SetSuppressPtraceTrace()
			return nil
		},
	}
)

// fooSnap returns snap foo, with the given confinement and instance
// key, and the specification of its plugs connected to the system.
func fooSnap(c *check.C, confinement snap.ConfinementType, instanceKey string) (*snap.Info, *apparmor.Specification) {
	info, err := snap.InfoFromSnapYaml([]byte(fooYaml))
	c.Assert(err, check.IsNil)
	info.Confinement = confinement
	c.Assert(info.SetInstanceKey(instanceKey), check.IsNil)
	system, err := snap.InfoFromSnapYaml([]byte(systemYaml))
	c.Assert(err, check.IsNil)
	spec := &apparmor.Specification{}
	connect(c, spec, fakeNetwork, info.Plugs["net"], system.Slots["fake-network"])
	connect(c, spec, fakeObserve, info.Plugs["observe"], system.Slots["fake-observe"])
	return info, spec
}

func connect(c *check.C, spec *apparmor.Specification, iface interfaces.Interface, plug *snap.PlugInfo, slot *snap.SlotInfo) {
	err := spec.AddConnectedPlug(iface, interfaces.NewConnectedPlug(plug, nil), interfaces.NewConnectedSlot(slot, nil))
	c.Assert(err, check.IsNil)
}

// checkGolden compares text with testdata/NAME.golden, or rewrites the
// file under -update.
func checkGolden(c *check.C, name, text string) {
	path := filepath.Join("testdata", name+".golden")
	if *update {
		c.Assert(os.MkdirAll("testdata", 0755), check.IsNil)
		c.Assert(os.WriteFile(path, []byte(text), 0644), check.IsNil)
		return
	}
	want, err := os.ReadFile(path)
	c.Assert(err, check.IsNil, check.Commentf("run 'go test ./interfaces/apparmor -update' to create it"))
	c.Check(text, check.Equals, string(want),
		check.Commentf("%s is out of date: if the change is intended, run 'go test ./interfaces/apparmor -update' and review the diff", path))
}

// requireParser skips the test, or fails it in CI, without apparmor_parser.
func requireParser(c *check.C) {
	if _, err := aaparser.Available(); err != nil {
		testutil.MissingTool(c, err.Error())
	}
}

// requireParser4 skips the test, or fails it in CI, without the
// apparmor_parser 4 that checks profiles of ABI 4.0 (make deps builds it).
func requireParser4(c *check.C) {
	if _, err := aaparser.ParserFor(apparmor.ABI40); err != nil {
		testutil.MissingTool(c, err.Error())
	}
}

var goldenCases = []struct {
	name        string
	confinement snap.ConfinementType
	instanceKey string
	tag         string
	host        apparmor.Host
}{
	// Two interfaces, one of which suppresses ptrace trace.
	{"strict-app", snap.StrictConfinement, "", "snap.foo.app", testHost},
	{"strict-hook", snap.StrictConfinement, "", "snap.foo.hook.configure", testHost},
	{"devmode-app", snap.DevModeConfinement, "", "snap.foo.app", testHost},
	{"classic-app", snap.ClassicConfinement, "", "snap.foo.app", testHost},
	{"instance-app", snap.StrictConfinement, "bar", "snap.foo_bar.app", testHost},
	// ABI 4.0: the rules that need a feature of the host, and the
	// classes of rules classic confinement adds.
	{"strict-app-abi4", snap.StrictConfinement, "", "snap.foo.app", testHost4},
	{"classic-app-abi4", snap.ClassicConfinement, "", "snap.foo.app", testHost4},
}

func (s *profileSuite) renderGoldenCases(c *check.C) []*apparmor.Profile {
	var profiles []*apparmor.Profile
	for _, t := range goldenCases {
		info, spec := fooSnap(c, t.confinement, t.instanceKey)
		p, err := apparmor.RenderProfile(info, t.tag, spec, t.host)
		c.Assert(err, check.IsNil, check.Commentf(t.name))
		profiles = append(profiles, p)
	}
	return profiles
}

func (s *profileSuite) TestGoldenProfiles(c *check.C) {
	for i, p := range s.renderGoldenCases(c) {
		checkGolden(c, goldenCases[i].name, p.Text.String())
	}
}

// goldenOfABI returns the golden profiles of one ABI.
func (s *profileSuite) goldenOfABI(c *check.C, abi apparmor.ABI) []*apparmor.Profile {
	var out []*apparmor.Profile
	for _, p := range s.renderGoldenCases(c) {
		if p.ABI == abi {
			out = append(out, p)
		}
	}
	c.Assert(out, check.Not(check.HasLen), 0)
	return out
}

func (s *profileSuite) TestGoldenProfilesCompile(c *check.C) {
	requireParser(c)
	c.Check(aaparser.Check(context.Background(), s.goldenOfABI(c, apparmor.ABI30)...), check.IsNil)
}

func (s *profileSuite) TestGoldenProfilesOfABI40Compile(c *check.C) {
	requireParser4(c)
	c.Check(aaparser.Check(context.Background(), s.goldenOfABI(c, apparmor.ABI40)...), check.IsNil)
}

func (s *profileSuite) TestABIFollowsTheFeatures(c *check.C) {
	kernel3, err := apparmor.ParseFeatures("features", []byte("caps {mask {chown\n}\n}\nnamespaces {pivot_root {no\n}\nprofile {yes\n}\n}\n"))
	c.Assert(err, check.IsNil)
	// A kernel that mediates user namespaces, and not POSIX message
	// queues (Debian's).
	kernel4, err := apparmor.ParseFeatures("features", []byte("namespaces {mask {userns_create\n}\n}\n"))
	c.Assert(err, check.IsNil)
	mqueue := &ifacetest.TestInterface{
		InterfaceName: "fake-mqueue",
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddFeatureSnippet(apparmor.FeatureMqueue, "# Message queues.\nmqueue (read, write) type=posix /foo,")
			spec.AddFeatureSnippet(apparmor.FeatureIOUring, "# Rings.\nio_uring,")
			return nil
		},
	}
	for _, t := range []struct {
		name           string
		features       apparmor.Features
		abi            apparmor.ABI
		userns, mqueue bool
	}{
		{"none", apparmor.Features{}, apparmor.ABI30, false, false},
		{"kernel of ABI 3.0", kernel3, apparmor.ABI30, false, false},
		{"ABI 3.0", apparmor.FeaturesOf(apparmor.ABI30), apparmor.ABI30, false, false},
		{"kernel of ABI 4.0 without mqueue", kernel4, apparmor.ABI40, true, false},
		{"ABI 4.0", apparmor.FeaturesOf(apparmor.ABI40), apparmor.ABI40, true, true},
	} {
		comment := check.Commentf(t.name)
		info, spec := fooSnap(c, snap.StrictConfinement, "")
		system, err := snap.InfoFromSnapYaml([]byte(systemYaml))
		c.Assert(err, check.IsNil)
		connect(c, spec, mqueue, info.Plugs["observe"], system.Slots["fake-observe"])
		host := apparmor.Host{Revision: "1", Features: t.features}
		c.Check(host.ABI(), check.Equals, t.abi, comment)
		p, err := apparmor.RenderProfile(info, "snap.foo.app", spec, host)
		c.Assert(err, check.IsNil, comment)
		text := p.Text.String()
		c.Check(p.ABI, check.Equals, t.abi, comment)
		c.Check(text, testutil.Contains, "\nabi <abi/"+string(t.abi)+">,\n", comment)
		c.Check(strings.Contains(text, "\n  userns,\n"), check.Equals, t.userns, comment)
		c.Check(strings.Contains(text, "\n  mqueue (read, write) type=posix /foo,\n"), check.Equals, t.mqueue, comment)
		// No ABI here has io_uring.
		c.Check(text, check.Not(testutil.Contains), "io_uring", comment)
		// The rules keep their interface's block and order.
		if t.userns {
			c.Check(text, testutil.Contains, "\n  # Network namespaces of the app's own, in a user namespace.\n  userns,\n", comment)
			c.Check(p.Origin(lineOf(p, "userns,")), check.Equals, "fake-network", comment)
		}
		if t.mqueue {
			c.Check(p.Origin(lineOf(p, "mqueue (read, write) type=posix /foo,")), check.Equals, "fake-mqueue", comment)
		}
		// The specification is the same for every host.
		c.Check(spec.SnippetForTag("snap.foo.app"), check.Not(testutil.Contains), "userns", comment)
		c.Check(spec.SecurityTags(), check.DeepEquals, []string{"snap.foo.app", "snap.foo.daemon", "snap.foo.hook.configure"}, comment)
	}
}

// lineOf returns the line (1-based) of a profile that holds rule alone.
func lineOf(p *apparmor.Profile, rule string) int {
	for i, line := range p.Lines() {
		if strings.TrimSpace(line) == rule {
			return i + 1
		}
	}
	return 0
}

// templateAction finds what would be left of a template: actions and
// placeholders. AppArmor variables are removed first: the closing brace
// of {@{SNAP_NAME},@{SNAP_INSTANCE_NAME}} is legitimate.
var (
	apparmorVariable = regexp.MustCompile(`@\{[A-Za-z_][A-Za-z0-9_]*\}`)
	templateAction   = regexp.MustCompile(`\{\{|\}\}|###|<no value>`)
)

func (s *profileSuite) TestNoTemplateRemnants(c *check.C) {
	for i, p := range s.renderGoldenCases(c) {
		bare := apparmorVariable.ReplaceAllString(p.Text.String(), "")
		c.Check(templateAction.FindAllString(bare, -1), check.HasLen, 0, check.Commentf(goldenCases[i].name))
	}
}

func (s *profileSuite) TestProfileHeader(c *check.C) {
	info, spec := fooSnap(c, snap.StrictConfinement, "bar")
	p, err := apparmor.RenderProfile(info, "snap.foo_bar.hook.configure", spec, apparmor.Host{InstallDir: "/var/lib/snapd/snap", Revision: "x3"})
	c.Assert(err, check.IsNil)
	for _, want := range []string{
		"abi <abi/3.0>,\n",
		"#include <tunables/global>\n",
		`@{SNAP_NAME}="foo"` + "\n",
		`@{SNAP_INSTANCE_NAME}="foo_bar"` + "\n",
		`@{SNAP_COMMAND_NAME}="configure"` + "\n",
		`@{SNAP_REVISION}="x3"` + "\n",
		`@{PROFILE_DBUS}="snap_2efoo_5fbar_2ehook_2econfigure"` + "\n",
		`@{INSTALL_DIR}="/var/lib/snapd/snap"` + "\n",
		`profile "snap.foo_bar.hook.configure" flags=(attach_disconnected,mediate_deleted) {` + "\n",
		"  #include <abstractions/base>\n",
	} {
		c.Check(p.Text.String(), testutil.Contains, want)
	}
	c.Check(p.Tag, check.Equals, "snap.foo_bar.hook.configure")
	c.Check(strings.HasSuffix(p.Text.String(), "\n}\n"), check.Equals, true)
}

func (s *profileSuite) TestConfinementFlags(c *check.C) {
	for _, t := range []struct {
		confinement snap.ConfinementType
		flags       string
		base        bool
	}{
		{snap.StrictConfinement, "(attach_disconnected,mediate_deleted)", true},
		{"", "(attach_disconnected,mediate_deleted)", true},
		{snap.DevModeConfinement, "(attach_disconnected,mediate_deleted,complain)", true},
		{snap.ClassicConfinement, "(attach_disconnected,mediate_deleted)", false},
	} {
		info, spec := fooSnap(c, t.confinement, "")
		p, err := apparmor.RenderProfile(info, "snap.foo.app", spec, testHost)
		c.Assert(err, check.IsNil)
		comment := check.Commentf("%q", t.confinement)
		c.Check(p.Text.String(), testutil.Contains, `profile "snap.foo.app" flags=`+t.flags+" {\n", comment)
		c.Check(strings.Contains(p.Text.String(), "#include <abstractions/base>"), check.Equals, t.base, comment)
		c.Check(strings.Contains(p.Text.String(), "deny /etc/{,g}shadow{,-} mrwklx,"), check.Equals, t.base, comment)
		// Interface rules and the ptrace denial could only restrict a
		// classic snap.
		c.Check(strings.Contains(p.Text.String(), "network inet stream,"), check.Equals, t.base, comment)
		c.Check(strings.Contains(p.Text.String(), apparmor.DenyPtraceTrace), check.Equals, t.base, comment)
		c.Check(strings.Contains(p.Text.String(), "\n  capability,\n"), check.Equals, !t.base, comment)
	}
}

func (s *profileSuite) TestOriginsNameTheInterfaceOfEachLine(c *check.C) {
	info, spec := fooSnap(c, snap.StrictConfinement, "")
	p, err := apparmor.RenderProfile(info, "snap.foo.app", spec, testHost)
	c.Assert(err, check.IsNil)
	lines := p.Lines()
	byRule := map[string]string{}
	for i, line := range lines {
		if line != "" {
			byRule[strings.TrimSpace(line)] = p.Origin(i + 1)
		}
	}
	c.Check(byRule["network inet stream,"], check.Equals, "fake-network")
	c.Check(byRule["/etc/hosts r,"], check.Equals, "fake-network")
	c.Check(byRule[`# Rules from interface "fake-network".`], check.Equals, "fake-network")
	c.Check(byRule["@{PROC}/[0-9]*/stat r,"], check.Equals, "fake-observe")
	c.Check(byRule["#include <abstractions/base>"], check.Equals, "")
	c.Check(byRule[apparmor.DenyPtraceTrace], check.Equals, "")
	c.Check(byRule["}"], check.Equals, "")
	c.Check(p.Origin(0), check.Equals, "")
	c.Check(p.Origin(len(lines)+1), check.Equals, "")
}

func (s *profileSuite) TestPtraceUseLiftsTheDenial(c *check.C) {
	info, spec := fooSnap(c, snap.StrictConfinement, "")
	tracer := &ifacetest.TestInterface{
		InterfaceName: "fake-tracer",
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.SetUsesPtraceTrace()
			spec.AddSnippet("ptrace (trace) peer=snap.foo.*,")
			return nil
		},
	}
	system, err := snap.InfoFromSnapYaml([]byte(systemYaml))
	c.Assert(err, check.IsNil)
	connect(c, spec, tracer, info.Plugs["observe"], system.Slots["fake-observe"])
	p, err := apparmor.RenderProfile(info, "snap.foo.app", spec, testHost)
	c.Assert(err, check.IsNil)
	c.Check(p.Text.String(), check.Not(testutil.Contains), apparmor.DenyPtraceTrace)
	c.Check(p.Text.String(), testutil.Contains, "\n  ptrace (trace) peer=snap.foo.*,\n")
}

func (s *profileSuite) TestNoSpecificationGivesTheBasePolicy(c *check.C) {
	info, _ := fooSnap(c, snap.StrictConfinement, "")
	p, err := apparmor.RenderProfile(info, "snap.foo.daemon", nil, testHost)
	c.Assert(err, check.IsNil)
	c.Check(p.Text.String(), check.Not(testutil.Contains), "# Rules from interface")
	empty, err := apparmor.RenderProfile(info, "snap.foo.daemon", &apparmor.Specification{}, testHost)
	c.Assert(err, check.IsNil)
	c.Check(empty.Text.String(), check.Equals, p.Text.String())
	for i := range p.Lines() {
		c.Check(p.Origin(i+1), check.Equals, "")
	}
}

func (s *profileSuite) TestRenderingIsDeterministic(c *check.C) {
	info, spec := fooSnap(c, snap.StrictConfinement, "")
	first, err := apparmor.RenderSnapProfiles(info, spec, testHost)
	c.Assert(err, check.IsNil)
	again, err := apparmor.RenderSnapProfiles(info, spec, testHost)
	c.Assert(err, check.IsNil)
	c.Check(again, check.DeepEquals, first)

	// The same connections made in the other order, and the network
	// interface's snippets added in the other order.
	system, err := snap.InfoFromSnapYaml([]byte(systemYaml))
	c.Assert(err, check.IsNil)
	reversed := &apparmor.Specification{}
	connect(c, reversed, fakeObserve, info.Plugs["observe"], system.Slots["fake-observe"])
	connect(c, reversed, &ifacetest.TestInterface{
		InterfaceName: "fake-network",
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet(fakeNetworkHostsRule)
			spec.AddSnippet(fakeNetworkRules)
			return nil
		},
	}, info.Plugs["net"], system.Slots["fake-network"])
	other, err := apparmor.RenderSnapProfiles(info, reversed, testHost)
	c.Assert(err, check.IsNil)
	c.Check(other, check.DeepEquals, first)
}

func (s *profileSuite) TestRenderSnapProfiles(c *check.C) {
	info, spec := fooSnap(c, snap.StrictConfinement, "")
	profiles, err := apparmor.RenderSnapProfiles(info, spec, testHost)
	c.Assert(err, check.IsNil)
	var tags []string
	for _, p := range profiles {
		tags = append(tags, p.Tag)
		one, err := apparmor.RenderProfile(info, p.Tag, spec, testHost)
		c.Assert(err, check.IsNil)
		c.Check(one, check.DeepEquals, p)
	}
	c.Check(tags, check.DeepEquals, []string{"snap.foo.app", "snap.foo.daemon", "snap.foo.hook.configure"})
	// daemon only plugs fake-network: no ptrace denial there.
	c.Check(profiles[1].Text.String(), check.Not(testutil.Contains), apparmor.DenyPtraceTrace)
	c.Check(profiles[1].Text.String(), testutil.Contains, `@{SNAP_COMMAND_NAME}="daemon"`)
}

func (s *profileSuite) TestShapeLeavesOutTheAppOrHook(c *check.C) {
	info, spec := fooSnap(c, snap.StrictConfinement, "")
	profiles, err := apparmor.RenderSnapProfiles(info, spec, testHost)
	c.Assert(err, check.IsNil)
	app, daemon, hook := profiles[0], profiles[1], profiles[2]
	// daemon and the configure hook both plug fake-network alone.
	c.Check(daemon.Shape.String(), check.Equals, hook.Shape.String())
	c.Check(daemon.Shape.String(), check.Not(check.Equals), app.Shape.String())
	c.Check(daemon.Shape.String(), check.Not(testutil.Contains), "daemon")
	c.Check(daemon.Shape.String(), check.Not(testutil.Contains), "snap.foo.")
	c.Check(strings.Count(daemon.Shape.String(), "\n"), check.Equals, strings.Count(daemon.Text.String(), "\n"))
	// A snap of another name or confinement has a shape of its own.
	devmode, spec := fooSnap(c, snap.DevModeConfinement, "")
	p, err := apparmor.RenderProfile(devmode, "snap.foo.daemon", spec, testHost)
	c.Assert(err, check.IsNil)
	c.Check(p.Shape.String(), check.Not(check.Equals), daemon.Shape.String())
	other, spec := fooSnap(c, snap.StrictConfinement, "bar")
	p, err = apparmor.RenderProfile(other, "snap.foo_bar.daemon", spec, testHost)
	c.Assert(err, check.IsNil)
	c.Check(p.Shape.String(), check.Not(check.Equals), daemon.Shape.String())
}

func (s *profileSuite) TestRenderErrors(c *check.C) {
	info, spec := fooSnap(c, snap.StrictConfinement, "")
	for _, t := range []struct {
		tag    string
		host   apparmor.Host
		errorR string
	}{
		{"snap.foo.nope", testHost, `cannot render AppArmor profile "snap.foo.nope": snap "foo" has no app or hook with that security tag`},
		{"snap.bar.app", testHost, `cannot render AppArmor profile "snap.bar.app": snap "foo" has no app or hook with that security tag`},
		{"snap.foo.hook.app", testHost, `cannot render AppArmor profile "snap.foo.hook.app": snap "foo" has no app or hook .*`},
		{"snap.foo.app", apparmor.Host{}, `cannot render AppArmor profile "snap.foo.app": invalid revision "": want a number, or x and a number for a local install`},
		{"snap.foo.app", apparmor.Host{Revision: "0"}, `.*invalid revision "0".*`},
		{"snap.foo.app", apparmor.Host{Revision: "x"}, `.*invalid revision "x".*`},
		{"snap.foo.app", apparmor.Host{Revision: "42\"\n/** rw,"}, `.*invalid revision "42\\"\\n/\*\* rw,".*`},
		{"snap.foo.app", apparmor.Host{Revision: "1", InstallDir: "snap"}, `cannot render AppArmor profile "snap.foo.app": invalid install directory "snap": want a clean absolute path of letters, digits, '.', '_' and '-'`},
		{"snap.foo.app", apparmor.Host{Revision: "1", InstallDir: "/snap/"}, `.*invalid install directory "/snap/".*`},
		{"snap.foo.app", apparmor.Host{Revision: "1", InstallDir: "/var/../snap"}, `.*invalid install directory "/var/../snap".*`},
		{"snap.foo.app", apparmor.Host{Revision: "1", InstallDir: "/sn*p"}, `.*invalid install directory "/sn\*p".*`},
		{"snap.foo.app", apparmor.Host{Revision: "1", InstallDir: `/snap"`}, `.*invalid install directory "/snap\\"".*`},
	} {
		_, err := apparmor.RenderProfile(info, t.tag, spec, t.host)
		c.Check(err, check.ErrorMatches, t.errorR, check.Commentf("%s %+v", t.tag, t.host))
	}
	_, err := apparmor.RenderSnapProfiles(info, spec, apparmor.Host{Revision: "-1"})
	c.Check(err, check.ErrorMatches, `cannot render AppArmor profiles of snap "foo": invalid revision "-1": .*`)

	// Names of a snap.Info made by hand are checked too: they end up
	// in the profile.
	for _, t := range []struct {
		name, key, app string
		confinement    snap.ConfinementType
		errorR         string
	}{
		{"fo o", "", "app", "", `cannot render AppArmor profile "snap.fo o.app": invalid instance name "fo o": invalid snap name: "fo o"`},
		{"foo", "b,r", "app", "", `cannot render AppArmor profile "snap.foo_b,r.app": invalid instance name "foo_b,r": invalid instance key: "b,r"`},
		{"foo", "", "a}pp", "", `cannot render AppArmor profile "snap.foo.a}pp": invalid app name: "a}pp"`},
		// The confinement is printed in the header, and decides the
		// flags.
		{"foo", "", "app", "jailed\n/** rw,", `cannot render AppArmor profile "snap.foo.app": unknown confinement "jailed\\n/\*\* rw,"`},
	} {
		info := &snap.Info{SuggestedName: t.name, InstanceKey: t.key, Confinement: t.confinement, Apps: map[string]*snap.AppInfo{}}
		info.Apps[t.app] = &snap.AppInfo{Snap: info, Name: t.app}
		_, err := apparmor.RenderSnapProfiles(info, nil, testHost)
		c.Check(err, check.ErrorMatches, t.errorR, check.Commentf("%q %q %q", t.name, t.key, t.app))
	}
}

func (s *profileSuite) TestDBusPathEscape(c *check.C) {
	for _, t := range []struct{ in, out string }{
		{"snap.foo.app", "snap_2efoo_2eapp"},
		{"snap.foo-bar.App2", "snap_2efoo_2dbar_2eApp2"},
		{"snap.foo_key.hook.configure", "snap_2efoo_5fkey_2ehook_2econfigure"},
		{"", ""},
		{"é", "_c3_a9"},
	} {
		c.Check(apparmor.DBusPathEscape(t.in), check.Equals, t.out)
	}
}

func (s *profileSuite) TestBrokenSnippetIsReportedWithItsInterface(c *check.C) {
	requireParser(c)
	info, spec := fooSnap(c, snap.StrictConfinement, "")
	system, err := snap.InfoFromSnapYaml([]byte(systemYaml))
	c.Assert(err, check.IsNil)
	connect(c, spec, &ifacetest.TestInterface{
		InterfaceName: "fake-broken",
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet("/foo rw")
			return nil
		},
	}, info.Plugs["observe"], system.Slots["fake-observe"])
	profiles, err := apparmor.RenderSnapProfiles(info, spec, testHost)
	c.Assert(err, check.IsNil)
	err = aaparser.Check(context.Background(), profiles...)
	var perr *aaparser.ParseError
	c.Assert(errors.As(err, &perr), check.Equals, true, check.Commentf("%v", err))
	c.Check(perr.Tag, check.Equals, "snap.foo.app")
	c.Check(perr.Interface, check.Equals, "fake-broken")
	c.Check(strings.TrimSpace(profiles[0].Lines()[perr.Line-1]), check.Equals, "/foo rw")
	c.Check(err, check.ErrorMatches, `snap.foo.app: line [0-9]+ \(interface "fake-broken"\): syntax error, .*`)
}
