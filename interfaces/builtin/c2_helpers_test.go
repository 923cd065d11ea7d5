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

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

// Test helpers shared by the tests of home, removable-media,
// optical-drive, personal-files, system-files, content, shared-memory,
// dbus, mpris, ssh-keys, ssh-public-keys, password-manager-service,
// media-hub and snap-themes-control.

// c2ConsumerYaml is a snap whose app "app" binds plug "plug" of an
// interface and whose app "other" does not. attrs are the plug's
// attribute lines, indented by four spaces.
func c2ConsumerYaml(iface, attrs string) string {
	return c2SnapYaml("consumer", "app", "other", "plug", iface, attrs)
}

// c2ProviderYaml is a snap whose app "service" binds slot "slot" of an
// interface and whose app "helper" does not.
func c2ProviderYaml(iface, attrs string) string {
	return c2SnapYaml("provider", "service", "helper", "slot", iface, attrs)
}

func c2SnapYaml(name, app, other, side, iface, attrs string) string {
	return fmt.Sprintf(`name: %[1]s
version: "1"
apps:
  %[2]s:
    command: bin/%[2]s
    %[4]ss: [%[4]s]
  %[3]s:
    command: bin/%[3]s
%[4]ss:
  %[4]s:
    interface: %[5]s
%[6]s`, name, app, other, side, iface, attrs)
}

// The tags of the consumer's and the provider's apps.
const (
	c2PlugTag      = "snap.consumer.app"
	c2OtherPlugTag = "snap.consumer.other"
	c2SlotTag      = "snap.provider.service"
	c2OtherSlotTag = "snap.provider.helper"
)

// c2Repo is a repository holding the system snap and the given snaps,
// none of whose plugs or slots were dropped.
func c2Repo(c *check.C, sys builtin.System, yamls ...string) *interfaces.Repository {
	repo := builtin.NewRepository()
	dropped, err := repo.AddSnap(builtin.SystemSnap(sys))
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
	for _, yaml := range yamls {
		info, err := snap.InfoFromSnapYaml([]byte(yaml))
		c.Assert(err, check.IsNil)
		dropped, err := repo.AddSnap(info)
		c.Assert(err, check.IsNil)
		c.Assert(dropped, check.HasLen, 0)
	}
	return repo
}

// c2ConnectToSystem connects consumer:plug to the system snap's slot of
// iface on a classic system and returns the repository.
func c2ConnectToSystem(c *check.C, iface, plugAttrs string) *interfaces.Repository {
	repo := c2Repo(c, builtin.Classic, c2ConsumerYaml(iface, plugAttrs))
	c2Connect(c, repo, builtin.SystemSnapName, iface)
	return repo
}

// c2ConnectToProvider connects consumer:plug to provider:slot and
// returns the repository.
func c2ConnectToProvider(c *check.C, iface, plugAttrs, slotAttrs string) *interfaces.Repository {
	repo := c2Repo(c, builtin.Classic, c2ConsumerYaml(iface, plugAttrs), c2ProviderYaml(iface, slotAttrs))
	c2Connect(c, repo, "provider", "slot")
	return repo
}

func c2Connect(c *check.C, repo *interfaces.Repository, slotSnap, slot string) {
	_, err := repo.Connect(interfaces.ConnRef{
		PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "plug"},
		SlotRef: interfaces.SlotRef{Snap: slotSnap, Name: slot},
	}, nil, nil)
	c.Assert(err, check.IsNil)
}

// c2AppArmor returns the AppArmor specification of a snap of repo.
func c2AppArmor(c *check.C, repo *interfaces.Repository, snapName string) *apparmor.Specification {
	spec := &apparmor.Specification{}
	c.Assert(repo.SnapSpecification(spec, snapName), check.IsNil)
	return spec
}

// c2SecComp returns the seccomp specification of a snap of repo.
func c2SecComp(c *check.C, repo *interfaces.Repository, snapName string) *seccomp.Specification {
	spec := &seccomp.Specification{}
	c.Assert(repo.SnapSpecification(spec, snapName), check.IsNil)
	return spec
}

// c2CheckPolicy checks that, in the AppArmor policy of a snap of repo,
// tag and no other tag has rules, that those hold every one of rules
// (whole lines) and none of absent (substrings), and that the snap has
// no seccomp rules. It returns the tag's text.
func c2CheckPolicy(c *check.C, repo *interfaces.Repository, snapName, tag string, rules, absent []string) string {
	aa := c2AppArmor(c, repo, snapName)
	c.Check(aa.SecurityTags(), check.DeepEquals, []string{tag})
	text := aa.SnippetForTag(tag)
	got := lines(text)
	for _, rule := range rules {
		c.Check(got, testutil.Contains, rule, check.Commentf("%s", tag))
	}
	for _, s := range absent {
		c.Check(text, check.Not(testutil.Contains), s, check.Commentf("%s", tag))
	}
	c.Check(c2SecComp(c, repo, snapName).SecurityTags(), check.HasLen, 0)
	return text
}

// c2CheckNoPolicy checks that a snap of repo gets no rules at all.
func c2CheckNoPolicy(c *check.C, repo *interfaces.Repository, snapName string) {
	c.Check(c2AppArmor(c, repo, snapName).SecurityTags(), check.HasLen, 0)
	c.Check(c2SecComp(c, repo, snapName).SecurityTags(), check.HasLen, 0)
}

// c2CheckStatic checks an interface's summary, implicit slots and key
// lines of its base-declaration fragments, and returns the interface.
func c2CheckStatic(c *check.C, name, summary string, core, classic bool, plugLines, slotLines []string) interfaces.Interface {
	iface, err := builtin.ByName(name)
	c.Assert(err, check.IsNil)
	si := iface.StaticInfo()
	c.Check(si.Summary, check.Equals, summary)
	c.Check(si.ImplicitOnCore, check.Equals, core)
	c.Check(si.ImplicitOnClassic, check.Equals, classic)
	if plugLines == nil {
		c.Check(strings.TrimSpace(si.BaseDeclarationPlugs), check.Equals, "")
	}
	for _, line := range plugLines {
		c.Check(lines(si.BaseDeclarationPlugs), testutil.Contains, line, check.Commentf("plug rule of %q", name))
	}
	for _, line := range slotLines {
		c.Check(lines(si.BaseDeclarationSlots), testutil.Contains, line, check.Commentf("slot rule of %q", name))
	}
	return iface
}

// The key lines of the most common base-declaration fragments.
var (
	c2SystemSlotLines    = []string{"allow-installation:", "slot-snap-type:", "- core"}
	c2NoAutoConnectLines = append(c2SystemSlotLines[:3:3], "deny-auto-connection: true")
	c2PlugNeedsDeclLines = []string{"allow-installation: false", "deny-auto-connection: true"}
	c2AppSlotNoAutoLines = []string{"allow-installation:", "slot-snap-type:", "- app", "deny-auto-connection: true"}
	c2InjectedSuffixes   = []string{"\n/etc/shadow r", ",", "{a,b}", "}", `"`, "'", "*", "?", "[ab]", "@{HOME}", "/../etc", "/", "#", "$x", "\\"}
)

// c2AttrCase is a row of a sanitizer table: attributes and the error
// they give, after the "cannot sanitize IFACE plug/slot NAME: " prefix.
type c2AttrCase struct {
	attrs map[string]interface{}
	err   string
}

// c2CheckPlugSanitizer runs an interface's plug sanitizer on a plug
// named "plug" with each row's attributes.
func c2CheckPlugSanitizer(c *check.C, iface interfaces.Interface, cases []c2AttrCase) {
	consumer, err := snap.InfoFromSnapYaml([]byte(c2ConsumerYaml(iface.Name(), "")))
	c.Assert(err, check.IsNil)
	c2CheckSanitizer(c, iface.Name()+` plug "plug"`, cases, func(attrs map[string]interface{}) error {
		plug := &snap.PlugInfo{Snap: consumer, Name: "plug", Interface: iface.Name(), Attrs: attrs}
		return iface.(interfaces.PlugSanitizer).BeforePreparePlug(plug)
	})
}

// c2CheckSlotSanitizer runs an interface's slot sanitizer on an app
// snap's slot named "slot" with each row's attributes.
func c2CheckSlotSanitizer(c *check.C, iface interfaces.Interface, cases []c2AttrCase) {
	provider, err := snap.InfoFromSnapYaml([]byte(c2ProviderYaml(iface.Name(), "")))
	c.Assert(err, check.IsNil)
	c2CheckSanitizer(c, iface.Name()+` slot "slot"`, cases, func(attrs map[string]interface{}) error {
		slot := &snap.SlotInfo{Snap: provider, Name: "slot", Interface: iface.Name(), Attrs: attrs}
		return iface.(interfaces.SlotSanitizer).BeforePrepareSlot(slot)
	})
}

func c2CheckSanitizer(c *check.C, what string, cases []c2AttrCase, sanitize func(map[string]interface{}) error) {
	for _, t := range cases {
		c.Check(sanitize(t.attrs), check.ErrorMatches, "cannot sanitize "+what+": "+t.err, check.Commentf("%#v", t.attrs))
	}
}

// c2Injections returns a row for each injected suffix: the attributes
// that make builds from a good value followed by the suffix, each
// expected to fail with an error matching err.
func c2Injections(good, err string, build func(string) map[string]interface{}) []c2AttrCase {
	var cases []c2AttrCase
	for _, suffix := range c2InjectedSuffixes {
		cases = append(cases, c2AttrCase{build(good + suffix), err})
	}
	return cases
}

// c2Profile is a minimal profile around snippets, defining the
// variables snippets may use, as the whole-profile renderer will.
const c2Profile = `abi <abi/3.0>,
#include <tunables/global>
@{SNAP_NAME}="consumer"
@{SNAP_INSTANCE_NAME}="consumer"
@{SNAP_COMMAND_NAME}="app"
@{SNAP_REVISION}="x1"
@{PROFILE_DBUS}="snap_2e_consumer_2e_app"
@{INSTALL_DIR}="/snap"
profile snap.consumer.app flags=(attach_disconnected,mediate_deleted) {
  #include <abstractions/base>
%s
}
`

// c2CheckAppArmorCompiles runs apparmor_parser, without loading
// anything, on a minimal profile holding the snippets of every tag of
// the given specifications.
func c2CheckAppArmorCompiles(c *check.C, specs ...*apparmor.Specification) {
	var body strings.Builder
	for _, spec := range specs {
		for _, tag := range spec.SecurityTags() {
			body.WriteString(spec.SnippetForTag(tag))
		}
	}
	c.Assert(body.Len() > 0, check.Equals, true)
	parser := "apparmor_parser"
	if _, err := exec.LookPath(parser); err != nil {
		for _, p := range []string{"/sbin/apparmor_parser", "/usr/sbin/apparmor_parser"} {
			if _, err := os.Stat(p); err == nil {
				parser = p
				break
			}
		}
	}
	parser = testutil.RequireTool(c, parser)
	const features = "/usr/share/apparmor-features/features"
	if _, err := os.Stat(features); err != nil {
		testutil.MissingTool(c, features+" is not there")
	}
	file := filepath.Join(c.MkDir(), "profile")
	c.Assert(os.WriteFile(file, []byte(fmt.Sprintf(c2Profile, body.String())), 0644), check.IsNil)
	out, err := exec.Command(parser, "-QK", "--config-file", "/dev/null", "-M", features, file).CombinedOutput()
	c.Check(err, check.IsNil, check.Commentf("%s\n%s", out, body.String()))
}

// c2Variables are the values c2Grants gives the variables of rules.
var c2Variables = strings.NewReplacer(
	"@{HOME}", "/home/*/",
	"@{HOMEDIRS}", "/home/",
	"@{PROC}", "/proc/",
	"@{INSTALL_DIR}", "/snap",
	"@{SNAP_NAME}", "consumer",
	"@{SNAP_INSTANCE_NAME}", "consumer",
	"@{SNAP_REVISION}", "x1",
)

// c2Rule matches a file rule: an optional owner qualifier, a path
// pattern (quoted or not) and its permissions.
var c2Rule = regexp.MustCompile(`^(owner )?("[^"]+"|[/@]\S+) ([a-z]+),$`)

// c2Grants says whether a file rule of policy text grants perm on path
// (as the owner of the file when owner is set). It reads the AppArmor
// patterns the file interfaces use: globs, character classes and
// nested alternations; a deny rule is not a grant.
func c2Grants(text, path string, perm byte, owner bool) bool {
	for _, line := range lines(text) {
		m := c2Rule.FindStringSubmatch(line)
		if m == nil || m[1] != "" && !owner || !strings.Contains(m[3], string(perm)) {
			continue
		}
		pattern := strings.ReplaceAll(c2Variables.Replace(strings.Trim(m[2], `"`)), "//", "/")
		if c2PatternRegexp(pattern).MatchString(path) {
			return true
		}
	}
	return false
}

// c2PatternRegexp turns an AppArmor path pattern into a regular
// expression: "**" crosses directories, "*", "?" and classes do not.
func c2PatternRegexp(pattern string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("^")
	depth := 0
	for i := 0; i < len(pattern); i++ {
		switch ch := pattern[i]; {
		case ch == '*' && i+1 < len(pattern) && pattern[i+1] == '*':
			b.WriteString(".*")
			i++
		case ch == '*':
			b.WriteString("[^/]*")
		case ch == '?':
			b.WriteString("[^/]")
		case ch == '[':
			end := strings.IndexByte(pattern[i:], ']') + i
			class := pattern[i+1 : end]
			if strings.HasPrefix(class, "^") {
				class += "/"
			}
			b.WriteString("[" + class + "]")
			i = end
		case ch == '{':
			depth++
			b.WriteString("(?:")
		case ch == '}':
			depth--
			b.WriteString(")")
		case ch == ',' && depth > 0:
			b.WriteString("|")
		default:
			b.WriteString(regexp.QuoteMeta(string(ch)))
		}
	}
	b.WriteString("$")
	return regexp.MustCompile(b.String())
}

// c2Decision is a row of a policy decision table: the consumer's plug
// (its attribute lines) against the system's slot, or the provider's
// slot when provider is set (with its attribute lines), on classic or
// on Ubuntu Core; and whether the built-in base declaration allows a
// manual connection and an auto-connection.
type c2Decision struct {
	plugAttrs string
	provider  bool
	slotAttrs string
	core      bool

	manual, auto bool
}

// c2CheckDecisions decides each row with the built-in base declaration
// and no snap declaration.
func c2CheckDecisions(c *check.C, iface string, rows []c2Decision) {
	base, err := policy.BuiltinDeclaration()
	c.Assert(err, check.IsNil)
	for i, row := range rows {
		sys, system := builtin.Classic, policy.System{Distribution: "ubuntu"}
		if row.core {
			sys, system = builtin.Core, policy.System{OnCore: true}
		}
		yamls := []string{c2ConsumerYaml(iface, row.plugAttrs)}
		slotRef := interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: iface}
		if row.provider {
			yamls = append(yamls, c2ProviderYaml(iface, row.slotAttrs))
			slotRef = interfaces.SlotRef{Snap: "provider", Name: "slot"}
		}
		repo := c2Repo(c, sys, yamls...)
		plug, slot := repo.Plug("consumer", "plug"), repo.Slot(slotRef.Snap, slotRef.Name)
		c.Assert(slot, check.NotNil, check.Commentf("row %d", i))
		candidate := &policy.ConnectCandidate{
			Plug:            plug,
			Slot:            slot,
			BaseDeclaration: base,
			System:          system,
			Interface:       repo.Interface(iface),
		}
		comment := check.Commentf("row %d: %+v", i, row)
		c.Check(candidate.Check().Allowed, check.Equals, row.manual, comment)
		c.Check(candidate.CheckAutoConnect().Allowed, check.Equals, row.auto, comment)
	}
}

// c2CheckPlugInstall decides, with the built-in base declaration, on
// classic, whether an app snap may carry the consumer's plug.
func c2CheckPlugInstall(c *check.C, iface, plugAttrs string, allowed bool) {
	base, err := policy.BuiltinDeclaration()
	c.Assert(err, check.IsNil)
	info, err := snap.InfoFromSnapYaml([]byte(c2ConsumerYaml(iface, plugAttrs)))
	c.Assert(err, check.IsNil)
	candidate := &policy.InstallCandidate{Snap: info, BaseDeclaration: base, System: policy.System{Distribution: "ubuntu"}}
	c.Check(candidate.Check().Allowed(), check.Equals, allowed, check.Commentf("%s plug %q", iface, plugAttrs))
}
