// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

// Shared tests of the network and system service interfaces (network,
// network-manager, avahi-*, cups*, bluez, udisks2, fwupd, ...). Each
// interface's test file declares a suite embedding c1Suite with what to
// expect of it, and adds tests of its own for what is particular to it.

// c1Case is what the shared tests expect of one interface.
type c1Case struct {
	name    string
	summary string
	// plugAppArmor and plugSecComp are rules (or parts of rules) the
	// plugging app must get once connected; c1Peer in them stands for
	// the label of the slot's side.
	plugAppArmor, plugSecComp []string
	// slotAppArmor and slotSecComp are rules an app snap serving the
	// slot must get, permanent or connected; c1Peer stands for the label
	// of the plug's side. Only for interfaces whose slot app snaps may
	// carry.
	slotAppArmor, slotSecComp []string
	// mustNotGrant are texts that no policy of the interface, on either
	// side, may contain.
	mustNotGrant []string
	// plugMustNotGrant are texts that the plugging app's policy must
	// not contain: what only the serving side needs.
	plugMustNotGrant []string
	// slotAttrs are attributes of the providing snap's slot, YAML lines
	// indented by four spaces.
	slotAttrs string
}

// c1Suite runs the shared tests of one interface.
type c1Suite struct {
	c1Case
}

// c1Peer stands for the other side's AppArmor label in expected rules.
const c1Peer = "PEER"

// A consumer snap with two apps, of which only "app" plugs the interface
// under test, and a provider snap with two apps, of which only "service"
// serves the slot.
const (
	c1ConsumerYaml = `name: consumer
version: "1"
apps:
  app:
    command: bin/app
    plugs: [plug]
  other:
    command: bin/other
plugs:
  plug:
    interface: %s
`
	c1ProviderYaml = `name: provider
version: "1"
apps:
  service:
    command: bin/service
    daemon: simple
    slots: [slot]
  tool:
    command: bin/tool
slots:
  slot:
    interface: %s
%s`
	// c1SlotOnlyYaml is a snap of some type carrying a slot.
	c1SlotOnlyYaml = `name: carrier
version: "1"
type: %s
slots:
  slot:
    interface: %s
`
	c1PlugTag      = "snap.consumer.app"
	c1OtherPlugTag = "snap.consumer.other"
	c1SlotTag      = "snap.provider.service"
	c1OtherSlotTag = "snap.provider.tool"
)

// c1Target is a slot the consumer's plug connects to: the system's, on
// classic or Ubuntu Core, or the provider snap's.
type c1Target struct {
	sys      builtin.System
	provider bool
}

func (t c1Target) String() string {
	if t.provider {
		return "the provider snap's slot"
	}
	return "the system's slot on " + t.sys.String()
}

// peerLabel is the label the plug's rules name for the slot's side.
func (t c1Target) peerLabel() string {
	if t.provider {
		return c1SlotTag
	}
	return "unconfined"
}

var c1Facts struct {
	once  sync.Once
	facts testutil.ReferenceFacts
	err   error
}

// c1Reference returns the reference behaviour of the interface.
func (s *c1Suite) c1Reference(c *check.C) map[string]string {
	c1Facts.once.Do(func() { c1Facts.facts, c1Facts.err = testutil.LoadReferenceFacts() })
	c.Assert(c1Facts.err, check.IsNil)
	row, ok := c1Facts.facts[s.name]
	c.Assert(ok, check.Equals, true, check.Commentf("no reference row for %q", s.name))
	return row
}

// targets returns every kind of slot the interface has: the system's
// where it is implicit, and an app snap's where app snaps may carry it.
func (s *c1Suite) targets(c *check.C) []c1Target {
	si := s.iface(c).StaticInfo()
	var targets []c1Target
	if si.ImplicitOnClassic {
		targets = append(targets, c1Target{sys: builtin.Classic})
	}
	if si.ImplicitOnCore {
		targets = append(targets, c1Target{sys: builtin.Core})
	}
	if s.c1Reference(c)["slot_install_app"] == "yes" {
		targets = append(targets, c1Target{sys: builtin.Classic, provider: true})
	}
	return targets
}

func (s *c1Suite) iface(c *check.C) interfaces.Interface {
	iface, err := builtin.ByName(s.name)
	c.Assert(err, check.IsNil)
	return iface
}

// c1Connect adds the system snap, the consumer and, for a provider
// target, the provider, whose slot gets slotAttrs, and connects the
// consumer's plug to the target's slot.
func c1Connect(c *check.C, iface string, target c1Target, slotAttrs string) *interfaces.Repository {
	repo := builtin.NewRepository()
	_, err := repo.AddSnap(builtin.SystemSnap(target.sys))
	c.Assert(err, check.IsNil)
	slotRef := interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: iface}
	snaps := []string{fmt.Sprintf(c1ConsumerYaml, iface)}
	if target.provider {
		snaps = append(snaps, fmt.Sprintf(c1ProviderYaml, iface, slotAttrs))
		slotRef = interfaces.SlotRef{Snap: "provider", Name: "slot"}
	}
	for _, yaml := range snaps {
		info, err := snap.InfoFromSnapYaml([]byte(yaml))
		c.Assert(err, check.IsNil)
		dropped, err := repo.AddSnap(info)
		c.Assert(err, check.IsNil)
		c.Assert(dropped, check.HasLen, 0)
	}
	_, err = repo.Connect(interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "plug"}, SlotRef: slotRef}, nil, nil)
	c.Assert(err, check.IsNil)
	return repo
}

// c1Specs returns a snap's AppArmor and seccomp specifications.
func c1Specs(c *check.C, repo *interfaces.Repository, snapName string) (*apparmor.Specification, *seccomp.Specification) {
	aa := &apparmor.Specification{}
	c.Assert(repo.SnapSpecification(aa, snapName), check.IsNil)
	sc := &seccomp.Specification{}
	c.Assert(repo.SnapSpecification(sc, snapName), check.IsNil)
	return aa, sc
}

// c1CheckRules checks that text holds every rule, with c1Peer replaced
// by label, and no placeholder.
func c1CheckRules(c *check.C, text string, rules []string, label string, comment check.CommentInterface) {
	for _, rule := range rules {
		c.Check(text, testutil.Contains, strings.ReplaceAll(rule, c1Peer, label), comment)
	}
	c.Check(text, check.Not(testutil.Contains), "###", comment)
}

func (s *c1Suite) TestStaticInfo(c *check.C) {
	si := s.iface(c).StaticInfo()
	row := s.c1Reference(c)
	c.Check(si.Summary, check.Equals, s.summary)
	c.Check(fmt.Sprint(si.ImplicitOnCore), check.Equals, row["implicit_on_core"])
	c.Check(fmt.Sprint(si.ImplicitOnClassic), check.Equals, row["implicit_on_classic"])
}

func (s *c1Suite) TestConnectedPlugGoesToPluggingAppOnly(c *check.C) {
	for _, target := range s.targets(c) {
		comment := check.Commentf("connected to %s", target)
		aa, sc := c1Specs(c, c1Connect(c, s.name, target, s.slotAttrs), "consumer")
		c1CheckRules(c, aa.SnippetForTag(c1PlugTag), s.plugAppArmor, target.peerLabel(), comment)
		c1CheckRules(c, sc.SnippetForTag(c1PlugTag), s.plugSecComp, target.peerLabel(), comment)
		c.Check(aa.SnippetForTag(c1OtherPlugTag), check.Equals, "", comment)
		c.Check(sc.SnippetForTag(c1OtherPlugTag), check.Equals, "", comment)
		if len(s.plugAppArmor) == 0 {
			c.Check(aa.SecurityTags(), check.HasLen, 0, comment)
		}
		if len(s.plugSecComp) == 0 {
			c.Check(sc.SecurityTags(), check.HasLen, 0, comment)
		}
	}
}

func (s *c1Suite) TestSlotSideNamesThePlugsLabel(c *check.C) {
	if s.c1Reference(c)["slot_install_app"] != "yes" {
		c.Check(s.slotAppArmor, check.HasLen, 0)
		c.Check(s.slotSecComp, check.HasLen, 0)
		return
	}
	c.Assert(s.slotAppArmor, check.Not(check.HasLen), 0, check.Commentf("an app snap may serve %q: give its slot policy", s.name))
	repo := c1Connect(c, s.name, c1Target{sys: builtin.Classic, provider: true}, s.slotAttrs)
	aa, sc := c1Specs(c, repo, "provider")
	c1CheckRules(c, aa.SnippetForTag(c1SlotTag), s.slotAppArmor, c1PlugTag, check.Commentf("AppArmor of the serving app"))
	c1CheckRules(c, sc.SnippetForTag(c1SlotTag), s.slotSecComp, c1PlugTag, check.Commentf("seccomp of the serving app"))
	c.Check(aa.SnippetForTag(c1OtherSlotTag), check.Equals, "")
	c.Check(sc.SnippetForTag(c1OtherSlotTag), check.Equals, "")
}

// c1Texts returns the policy texts of the interface: those the plugging
// app gets, connected to each target, and all of them, rendered as
// Describe does and as the consumer and the provider get them.
func (s *c1Suite) c1Texts(c *check.C) (plugTexts, all []string) {
	d, err := builtin.Describe(s.iface(c))
	c.Assert(err, check.IsNil)
	all = []string{
		d.AppArmor.ConnectedPlug, d.AppArmor.ConnectedSlot, d.AppArmor.PermanentPlug, d.AppArmor.PermanentSlot,
		d.SecComp.ConnectedPlug, d.SecComp.ConnectedSlot, d.SecComp.PermanentPlug, d.SecComp.PermanentSlot,
	}
	for _, target := range s.targets(c) {
		repo := c1Connect(c, s.name, target, s.slotAttrs)
		aa, sc := c1Specs(c, repo, "consumer")
		plugTexts = append(plugTexts, aa.SnippetForTag(c1PlugTag), sc.SnippetForTag(c1PlugTag))
		if target.provider {
			aa, sc = c1Specs(c, repo, "provider")
			all = append(all, aa.SnippetForTag(c1SlotTag), sc.SnippetForTag(c1SlotTag))
		}
	}
	return plugTexts, append(all, plugTexts...)
}

func (s *c1Suite) TestEveryGroupIsExplained(c *check.C) {
	_, all := s.c1Texts(c)
	for _, text := range all {
		// Rules come in groups separated by blank lines; each group
		// opens with a comment saying why.
		for _, group := range strings.Split(text, "\n\n") {
			if group = strings.TrimSpace(group); group != "" {
				c.Check(group, check.Matches, `(?s)#.*`, check.Commentf("group without a comment:\n%s", group))
			}
		}
	}
}

func (s *c1Suite) TestGrantsNothingItMustNot(c *check.C) {
	plugTexts, all := s.c1Texts(c)
	for _, text := range all {
		for _, rule := range s.mustNotGrant {
			c.Check(text, check.Not(testutil.Contains), rule)
		}
	}
	for _, text := range plugTexts {
		for _, rule := range s.plugMustNotGrant {
			c.Check(text, check.Not(testutil.Contains), rule)
		}
	}
}

func (s *c1Suite) TestDecisionsAgreeWithReference(c *check.C) {
	row := s.c1Reference(c)
	iface := s.iface(c)
	si := iface.StaticInfo()
	text, err := policy.ComposeBaseDeclaration([]interfaces.Interface{iface})
	c.Assert(err, check.IsNil)
	base, err := policy.ParseDeclaration(text, s.name+".yaml")
	c.Assert(err, check.IsNil)

	installs := func(yaml string) bool {
		info, err := snap.InfoFromSnapYaml([]byte(yaml))
		c.Assert(err, check.IsNil)
		return (&policy.InstallCandidate{Snap: info, BaseDeclaration: base}).Check().Allowed()
	}
	got := map[string]string{"plug_install": "denied"}
	if installs(fmt.Sprintf(c1ConsumerYaml, s.name)) {
		got["plug_install"] = "allowed"
	}
	// The constraint language's "core" is the system snap (type snapd,
	// or os of old).
	for column, snapType := range map[string]snap.Type{"app": snap.TypeApp, "core": snap.TypeSnapd, "gadget": snap.TypeGadget, "kernel": snap.TypeKernel} {
		got["slot_install_"+column] = yesNo(installs(fmt.Sprintf(c1SlotOnlyYaml, snapType, s.name)))
	}

	consumer, err := snap.InfoFromSnapYaml([]byte(fmt.Sprintf(c1ConsumerYaml, s.name)))
	c.Assert(err, check.IsNil)
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		implicit := si.ImplicitOnClassic
		if sys == builtin.Core {
			implicit = si.ImplicitOnCore
		}
		// The system snap's slot, made here also where the system has
		// none: the reference answers some of those too.
		candidate := &policy.ConnectCandidate{
			Plug:            consumer.Plugs["plug"],
			Slot:            &snap.SlotInfo{Snap: builtin.SystemSnap(sys), Name: s.name, Interface: s.name},
			BaseDeclaration: base,
			System:          policy.System{OnCore: sys == builtin.Core},
			Interface:       iface,
		}
		for column, allowed := range map[string]bool{
			"auto_connect_" + sys.String():   candidate.CheckAutoConnect().Allowed,
			"connect_manual_" + sys.String(): candidate.Check().Allowed,
		} {
			got[column] = "n/a"
			if implicit || row[column] != "n/a" {
				got[column] = yesNo(allowed)
			}
		}
	}
	for column, value := range got {
		c.Check(value, check.Equals, row[column], check.Commentf("%s of %q", column, s.name))
	}
}

func (s *c1Suite) TestAppArmorCompiles(c *check.C) {
	for _, target := range s.targets(c) {
		repo := c1Connect(c, s.name, target, s.slotAttrs)
		c1CheckAppArmorCompiles(c, repo, "consumer", c1PlugTag)
		if target.provider {
			c1CheckAppArmorCompiles(c, repo, "provider", c1SlotTag)
		}
	}
}

func (s *c1Suite) TestSecCompRulesAreWellFormed(c *check.C) {
	known := c1KnownSyscalls(c)
	for _, target := range s.targets(c) {
		repo := c1Connect(c, s.name, target, s.slotAttrs)
		_, sc := c1Specs(c, repo, "consumer")
		c1CheckSecComp(c, sc.SnippetForTag(c1PlugTag), known)
		if target.provider {
			_, sc = c1Specs(c, repo, "provider")
			c1CheckSecComp(c, sc.SnippetForTag(c1SlotTag), known)
		}
	}
}

// c1DBusFeature is added to the feature set profiles are compiled for:
// the stock set predates D-Bus mediation, and without it the parser
// drops dbus rules before it compiles their patterns.
const c1DBusFeature = "dbus {mask {acquire send receive\n}\n}\n"

// c1CheckAppArmorCompiles renders the whole profile of a tag of a snap
// of the repository and has apparmor_parser compile it, without loading
// it into the kernel, against the stock feature set with D-Bus added. A
// registry-wide check of whole profiles is to replace it.
func c1CheckAppArmorCompiles(c *check.C, repo *interfaces.Repository, snapName, tag string) {
	parser, err := aaparser.Find()
	if err != nil {
		testutil.MissingTool(c, err.Error())
	}
	features, err := os.ReadFile(aaparser.FeaturesFile)
	if err != nil {
		testutil.MissingTool(c, "the AppArmor feature set "+aaparser.FeaturesFile)
	}
	aa, _ := c1Specs(c, repo, snapName)
	profile, err := apparmor.RenderProfile(repo.Snap(snapName), tag, aa, apparmor.Host{Revision: "1"})
	c.Assert(err, check.IsNil)
	dir := c.MkDir()
	featuresFile, profileFile := filepath.Join(dir, "features"), filepath.Join(dir, "profile")
	c.Assert(os.WriteFile(featuresFile, append(features, c1DBusFeature...), 0o644), check.IsNil)
	c.Assert(os.WriteFile(profileFile, []byte(profile.Text), 0o644), check.IsNil)
	out, err := exec.Command(parser, "-QK", "--config-file", "/dev/null", "-M", featuresFile, profileFile).CombinedOutput()
	c.Check(err, check.IsNil, check.Commentf("apparmor_parser: %s\nprofile:\n%s", out, profile.Text))
}

// c1KnownSyscalls returns the syscall names libseccomp knows, from its
// installed header.
func c1KnownSyscalls(c *check.C) map[string]bool {
	pkgConfig := testutil.RequireTool(c, "pkg-config")
	out, err := exec.Command(pkgConfig, "--variable=includedir", "libseccomp").Output()
	if err != nil {
		testutil.MissingTool(c, "libseccomp is not installed")
	}
	header, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "seccomp-syscalls.h"))
	if err != nil {
		testutil.MissingTool(c, "libseccomp's seccomp-syscalls.h is not installed")
	}
	known := map[string]bool{}
	for _, m := range regexp.MustCompile(`#define __SNR_(\w+)`).FindAllSubmatch(header, -1) {
		known[string(m[1])] = true
	}
	c.Assert(len(known) > 300, check.Equals, true, check.Commentf("too few syscalls in libseccomp's header"))
	return known
}

// c1CheckSecComp checks a seccomp snippet with the backend's parser,
// and each rule's syscall against the names libseccomp knows. A
// registry-wide compile test is to replace it.
func c1CheckSecComp(c *check.C, text string, known map[string]bool) {
	rules, err := seccomp.Parse(text)
	if !c.Check(err, check.IsNil, check.Commentf("seccomp snippet:\n%s", text)) {
		return
	}
	for _, rule := range rules.Rules {
		c.Check(known[rule.Syscall], check.Equals, true, check.Commentf("seccomp rule %q", rule))
	}
}
