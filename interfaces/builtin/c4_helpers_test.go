// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

// Shared tests of the system interfaces (system-observe, kernel-module-
// control, time-control, ...). Each interface's test file declares a
// suite embedding c4Suite with what to expect of it, and adds
// tests of its own for what is particular to it.

// c4Case is what the shared tests expect of one interface.
type c4Case struct {
	name    string
	summary string
	// declaredPlugOnly says that installing the plug needs a snap
	// declaration, as it does for super-privileged interfaces.
	declaredPlugOnly bool
	// appArmor and secComp are rules the plugging app must get, each as
	// c4AppArmorRules and c4SecCompRules write them: one rule to an entry,
	// spaces squeezed.
	appArmor []string
	secComp  []string
	// mustNotGrant are regular expressions that no rule of the plugging
	// app, AppArmor or seccomp, may match (anchored at both ends).
	mustNotGrant []string
	// reaches and mustNotReach are file accesses the plugging app must
	// and must not have through the interface's AppArmor file rules.
	reaches      []c4Access
	mustNotReach []c4Access
}

// c4Access is a file access: a path and the permissions asked for
// ("r", "rw", "w", ...).
type c4Access struct {
	path, perms string
}

// c4Suite runs the shared tests of one interface.
type c4Suite struct {
	c4Case
}

// The rules of the base declaration every system interface of the group
// has: the system alone carries the slot, and nothing auto-connects.
const (
	c4ManualSystemSlotRule = "allow-installation:\n  slot-snap-type:\n    - core\ndeny-auto-connection: true"
	c4DeclaredPlugOnlyRule = "allow-installation: false\ndeny-auto-connection: true"
)

// Patterns for mustNotGrant: any AppArmor file rule that writes,
// appends, links or locks; any capability.
const (
	c4WritesFiles   = `(/|@\{).* [rixmwalk]*[walk][rixmwalk]*,`
	c4AnyCapability = `capability .*`
)

// c4ConsumerYaml is a snap with two apps, of which only "plugged" plugs the
// interface under test (interface name and plug attributes filled in).
const c4ConsumerYaml = `name: consumer
version: "1"
apps:
  plugged:
    command: bin/plugged
    plugs: [plug]
  other:
    command: bin/other
plugs:
  plug:
    interface: %s
%s`

// c4ProviderYaml is a snap of some type with a slot of the interface
// under test.
const c4ProviderYaml = `name: provider
version: "1"
type: %s
slots:
  slot:
    interface: %s
`

const (
	c4PluggedTag = "snap.consumer.plugged"
	c4OtherTag   = "snap.consumer.other"
)

// c4ConnectToSystem adds the system snap of sys and the consumer snap,
// whose plug has the given attributes (YAML lines indented by four
// spaces), connects the plug to the system's slot and returns the
// consumer's AppArmor and seccomp specifications.
func c4ConnectToSystem(c *check.C, sys builtin.System, iface, attrs string) (*apparmor.Specification, *seccomp.Specification) {
	return c4Connect(c, sys, fmt.Sprintf(c4ConsumerYaml, iface, attrs), "plug")
}

// c4Connect adds the system snap of sys and the snap of snapYaml,
// connects each named plug of the snap to the system's slot of its
// interface, and returns the snap's AppArmor and seccomp
// specifications.
func c4Connect(c *check.C, sys builtin.System, snapYaml string, plugs ...string) (*apparmor.Specification, *seccomp.Specification) {
	repo := builtin.NewRepository()
	_, err := repo.AddSnap(builtin.SystemSnap(sys))
	c.Assert(err, check.IsNil)
	info, err := snap.InfoFromSnapYaml([]byte(snapYaml))
	c.Assert(err, check.IsNil)
	dropped, err := repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
	for _, plug := range plugs {
		c.Assert(info.Plugs[plug], check.NotNil, check.Commentf("no plug %q", plug))
		_, err = repo.Connect(interfaces.ConnRef{
			PlugRef: interfaces.PlugRef{Snap: info.InstanceName(), Name: plug},
			SlotRef: interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: info.Plugs[plug].Interface},
		}, nil, nil)
		c.Assert(err, check.IsNil)
	}
	aa := &apparmor.Specification{}
	c.Assert(repo.SnapSpecification(aa, info.InstanceName()), check.IsNil)
	sc := &seccomp.Specification{}
	c.Assert(repo.SnapSpecification(sc, info.InstanceName()), check.IsNil)
	return aa, sc
}

// c4AppArmorRules splits AppArmor policy text into rules: comments and
// blank lines dropped, a rule spread over several lines joined into one
// line, runs of spaces squeezed.
func c4AppArmorRules(text string) []string {
	var rules []string
	var rule []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rule = append(rule, strings.Join(strings.Fields(line), " "))
		if strings.HasSuffix(line, ",") {
			rules = append(rules, strings.Join(rule, " "))
			rule = nil
		}
	}
	if rule != nil {
		// An unterminated rule: keep it, so that a test shows it.
		rules = append(rules, strings.Join(rule, " "))
	}
	return rules
}

// c4SecCompRules splits seccomp policy text into rules, one a line,
// comments and blank lines dropped.
func c4SecCompRules(text string) []string {
	var rules []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line != "" && !strings.HasPrefix(line, "#") {
			rules = append(rules, line)
		}
	}
	return rules
}

func (s *c4Suite) iface(c *check.C) interfaces.Interface {
	iface, err := builtin.ByName(s.name)
	c.Assert(err, check.IsNil)
	return iface
}

func (s *c4Suite) TestStaticInfo(c *check.C) {
	si := s.iface(c).StaticInfo()
	c.Check(si.Summary, check.Equals, s.summary)
	c.Check(si.ImplicitOnCore, check.Equals, true)
	c.Check(si.ImplicitOnClassic, check.Equals, true)
	c.Check(strings.TrimSpace(si.BaseDeclarationSlots), check.Equals, c4ManualSystemSlotRule)
	if s.declaredPlugOnly {
		c.Check(strings.TrimSpace(si.BaseDeclarationPlugs), check.Equals, c4DeclaredPlugOnlyRule)
	} else {
		c.Check(si.BaseDeclarationPlugs, check.Equals, "")
	}
}

// The decisions of the built-in base declaration for the consumer snap
// (a plain app snap, with no snap declaration) on classic and on Ubuntu
// Core: the plug installs unless it is for declared snaps only, connects
// by hand and never by itself; only the system carries the slot.
func (s *c4Suite) TestDecisions(c *check.C) {
	base, err := policy.BuiltinDeclaration()
	c.Assert(err, check.IsNil)
	for _, t := range []struct {
		kind builtin.System
		sys  policy.System
	}{{builtin.Classic, policy.System{Distribution: "ubuntu"}}, {builtin.Core, policy.System{OnCore: true}}} {
		comment := check.Commentf("%s on %s", s.name, t.sys)
		consumer, err := snap.InfoFromSnapYaml([]byte(fmt.Sprintf(c4ConsumerYaml, s.name, "")))
		c.Assert(err, check.IsNil)
		install := (&policy.InstallCandidate{Snap: consumer, BaseDeclaration: base, System: t.sys}).Check()
		c.Check(install.Allowed(), check.Equals, !s.declaredPlugOnly, comment)

		slot := builtin.SystemSnap(t.kind).Slots[s.name]
		c.Assert(slot, check.NotNil, comment)
		cand := &policy.ConnectCandidate{Plug: consumer.Plugs["plug"], Slot: slot, BaseDeclaration: base, System: t.sys, Interface: s.iface(c)}
		c.Check(cand.Check().Allowed, check.Equals, true, comment)
		c.Check(cand.CheckAutoConnect().Allowed, check.Equals, false, comment)

		for snapType, want := range map[snap.Type]bool{snap.TypeSnapd: true, snap.TypeOS: true, snap.TypeApp: false, snap.TypeGadget: false, snap.TypeKernel: false} {
			provider, err := snap.InfoFromSnapYaml([]byte(fmt.Sprintf(c4ProviderYaml, snapType, s.name)))
			c.Assert(err, check.IsNil)
			install := (&policy.InstallCandidate{Snap: provider, BaseDeclaration: base, System: t.sys}).Check()
			c.Check(install.Allowed(), check.Equals, want, check.Commentf("%s slot on a snap of type %s on %s", s.name, snapType, t.sys))
		}
	}
}

func (s *c4Suite) TestConnectedPlugGoesToPluggingAppOnly(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		comment := check.Commentf("%s on %s", s.name, sys)
		aa, sc := c4ConnectToSystem(c, sys, s.name, "")
		aaRules := c4AppArmorRules(aa.SnippetForTag(c4PluggedTag))
		for _, rule := range s.appArmor {
			c.Check(aaRules, testutil.Contains, rule, comment)
		}
		scRules := c4SecCompRules(sc.SnippetForTag(c4PluggedTag))
		for _, rule := range s.secComp {
			c.Check(scRules, testutil.Contains, rule, comment)
		}
		c.Check(aa.SnippetForTag(c4OtherTag), check.Equals, "", comment)
		c.Check(sc.SnippetForTag(c4OtherTag), check.Equals, "", comment)
		c.Check(aa.DeniesPtraceTrace(c4OtherTag), check.Equals, false, comment)
		if len(s.appArmor) == 0 {
			c.Check(aa.SecurityTags(), check.HasLen, 0, comment)
		}
		if len(s.secComp) == 0 {
			c.Check(sc.SecurityTags(), check.HasLen, 0, comment)
		}
	}
}

func (s *c4Suite) TestGrantsNothingItMustNot(c *check.C) {
	aa, sc := c4ConnectToSystem(c, builtin.Core, s.name, "")
	rules := append(c4AppArmorRules(aa.SnippetForTag(c4PluggedTag)), c4SecCompRules(sc.SnippetForTag(c4PluggedTag))...)
	for _, pattern := range s.mustNotGrant {
		re := regexp.MustCompile("^(?:" + pattern + ")$")
		for _, rule := range rules {
			c.Check(re.MatchString(rule), check.Equals, false, check.Commentf("%s grants %q (matches %q)", s.name, rule, pattern))
		}
	}
}

func (s *c4Suite) TestFileAccess(c *check.C) {
	aa, _ := c4ConnectToSystem(c, builtin.Core, s.name, "")
	rules := c4AppArmorRules(aa.SnippetForTag(c4PluggedTag))
	for _, access := range s.reaches {
		c.Check(c4Grants(rules, access), check.Equals, true, check.Commentf("%s must grant %q on %s", s.name, access.perms, access.path))
	}
	for _, access := range s.mustNotReach {
		c.Check(c4Grants(rules, access), check.Equals, false, check.Commentf("%s must not grant %q on %s", s.name, access.perms, access.path))
	}
}

// c4Grants says whether one of the AppArmor file rules that name a
// literal absolute path pattern grants every permission of access on
// its path. Rules that start with a variable are not considered. The
// patterns are read by the file interfaces' helper, c2PatternRegexp.
func c4Grants(rules []string, access c4Access) bool {
	for _, rule := range rules {
		fields := strings.Fields(strings.TrimSuffix(rule, ","))
		if len(fields) != 2 || !strings.HasPrefix(fields[0], "/") {
			continue
		}
		if !c2PatternRegexp(fields[0]).MatchString(access.path) {
			continue
		}
		granted := true
		for _, perm := range access.perms {
			granted = granted && strings.ContainsRune(fields[1], perm)
		}
		if granted {
			return true
		}
	}
	return false
}

func (s *c4Suite) TestEveryGroupIsExplained(c *check.C) {
	d, err := builtin.Describe(s.iface(c))
	c.Assert(err, check.IsNil)
	for _, text := range []string{d.AppArmor.ConnectedPlug, d.SecComp.ConnectedPlug} {
		// Rules come in groups separated by blank lines; each group opens
		// with a comment saying why. The ptrace denial is the
		// specification's own, added last.
		for _, group := range strings.Split(text, "\n\n") {
			if group = strings.TrimSpace(group); group != "" && group != apparmor.DenyPtraceTrace {
				c.Check(group, check.Matches, `(?s)#.*`, check.Commentf("group without a comment:\n%s", group))
			}
		}
	}
}

func (s *c4Suite) TestAppArmorCompiles(c *check.C) {
	aa, _ := c4ConnectToSystem(c, builtin.Classic, s.name, "")
	if len(s.appArmor) == 0 {
		c.Check(aa.SnippetForTag(c4PluggedTag), check.Equals, "")
		return
	}
	c4CheckAppArmorCompiles(c, aa.SnippetForTag(c4PluggedTag))
}

func (s *c4Suite) TestSecCompCompiles(c *check.C) {
	_, sc := c4ConnectToSystem(c, builtin.Classic, s.name, "")
	text := sc.SnippetForTag(c4PluggedTag)
	if len(s.secComp) == 0 {
		c.Check(text, check.Equals, "")
		return
	}
	// The snippet alone is a policy: its rules, everything else denied.
	filter, err := compiler.Compile(text)
	c.Assert(err, check.IsNil, check.Commentf("snippet:\n%s", text))
	c.Check(filter.Programs, check.Not(check.HasLen), 0)
}

// c4MinimalProfile holds a snippet in the smallest profile that defines
// the variables interface policy may use.
const c4MinimalProfile = `abi <abi/3.0>,
#include <tunables/global>
@{SNAP_NAME}="consumer"
@{SNAP_INSTANCE_NAME}="consumer"
@{SNAP_COMMAND_NAME}="plugged"
@{SNAP_REVISION}="x1"
@{PROFILE_DBUS}="snap_2e_consumer_2e_plugged"
@{INSTALL_DIR}="/snap"
profile snap.consumer.plugged flags=(attach_disconnected,mediate_deleted) {
  #include <abstractions/base>
%s
}
`

// c4CheckAppArmorCompiles has apparmor_parser compile a snippet, wrapped
// in a minimal profile, without loading it into the kernel. A registry
// wide test of whole profiles is to replace it.
func c4CheckAppArmorCompiles(c *check.C, snippet string) {
	profile := &apparmor.Profile{Tag: c4PluggedTag, Text: fmt.Sprintf(c4MinimalProfile, snippet)}
	err := aaparser.Check(profile)
	if errors.Is(err, aaparser.ErrNotFound) || errors.Is(err, fs.ErrNotExist) {
		testutil.MissingTool(c, err.Error())
	}
	c.Check(err, check.IsNil, check.Commentf("snippet:\n%s", snippet))
}
