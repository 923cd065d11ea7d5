// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
	scgrants "github.com/snapiface/snapiface/interfaces/seccomp/compiler/grants"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

// What the tests of the catalogue share: sample snaps and their
// connections, rule matchers, static info, decisions and sanitizer
// tables. Policy that compiles is checked once for the whole registry,
// in all_test.go.

// The sample snaps. "consumer" has two apps: "app" plugs the interface
// under test, "other" does not; "provider" serves the slot from its app
// "service", and its "tool" does not. Tests tell from the unbound apps
// that rules reach only the tags they should.
const (
	plugTag      = "snap.consumer.app"
	otherPlugTag = "snap.consumer.other"
	slotTag      = "snap.provider.service"
)

// consumerYaml is the consumer snap, plugging iface with the given
// attributes: YAML lines, indented as one likes (they are put under the
// plug), one attribute or several to a string.
func consumerYaml(iface string, attrs ...string) string {
	return fmt.Sprintf(`name: consumer
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
%s`, iface, indentAttrs(attrs))
}

// providerYaml is the provider snap, of the given type, serving a slot
// of iface with the given attributes (as consumerYaml takes them).
func providerYaml(typ snap.Type, iface string, attrs ...string) string {
	return fmt.Sprintf(`name: provider
version: "1"
type: %s
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
%s`, typ, iface, indentAttrs(attrs))
}

// indentAttrs puts attribute lines under a plug or slot: each string's
// common indentation is replaced by four spaces.
func indentAttrs(attrs []string) string {
	var b strings.Builder
	for _, attr := range attrs {
		attrLines := strings.Split(strings.TrimRight(attr, "\n"), "\n")
		common := -1
		for _, line := range attrLines {
			if strings.TrimSpace(line) == "" {
				continue
			}
			if n := len(line) - len(strings.TrimLeft(line, " ")); common < 0 || n < common {
				common = n
			}
		}
		for _, line := range attrLines {
			if strings.TrimSpace(line) != "" {
				b.WriteString("    " + line[common:] + "\n")
			}
		}
	}
	return b.String()
}

// newRepo returns a repository holding the system snap of sys and the
// snaps of yamls, none of whose plugs or slots were dropped.
func newRepo(c *check.C, sys builtin.System, yamls ...string) *interfaces.Repository {
	repo := builtin.NewRepository()
	dropped, err := repo.AddSnap(builtin.SystemSnap(sys))
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
	for _, yaml := range yamls {
		addSnap(c, repo, yaml)
	}
	return repo
}

// addSnap adds a snap to repo; none of its plugs or slots may be dropped.
func addSnap(c *check.C, repo *interfaces.Repository, yaml string) *snap.Info {
	info, err := snap.InfoFromSnapYaml([]byte(yaml))
	c.Assert(err, check.IsNil)
	dropped, err := repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
	return info
}

// connectPlug connects a plug to a slot of repo.
func connectPlug(c *check.C, repo *interfaces.Repository, plugSnap, plug, slotSnap, slot string) {
	_, err := repo.Connect(interfaces.ConnRef{
		PlugRef: interfaces.PlugRef{Snap: plugSnap, Name: plug},
		SlotRef: interfaces.SlotRef{Snap: slotSnap, Name: slot},
	}, nil, nil)
	c.Assert(err, check.IsNil, check.Commentf("%s:%s to %s:%s", plugSnap, plug, slotSnap, slot))
}

// connection is a repository of sample snaps with their plugs
// connected; provider is the snap serving the slot.
type connection struct {
	*interfaces.Repository
	provider string
}

// connectToSystem adds the system snap of sys and the snap of yaml, and
// connects the named plugs of the snap ("plug" when none is named) to
// the system's slot of their interface.
func connectToSystem(c *check.C, sys builtin.System, yaml string, plugs ...string) *connection {
	repo := newRepo(c, sys)
	info := addSnap(c, repo, yaml)
	if len(plugs) == 0 {
		plugs = []string{"plug"}
	}
	for _, plug := range plugs {
		c.Assert(info.Plugs[plug], check.NotNil, check.Commentf("no plug %q", plug))
		connectPlug(c, repo, info.InstanceName(), plug, builtin.SystemSnapName, info.Plugs[plug].Interface)
	}
	return &connection{Repository: repo, provider: builtin.SystemSnapName}
}

// connectToProvider adds the system snap of sys, the consumer and the
// provider (whatever its name), and connects consumer:plug to the
// provider's slot "slot".
func connectToProvider(c *check.C, sys builtin.System, consumer, provider string) *connection {
	repo := newRepo(c, sys, consumer)
	info := addSnap(c, repo, provider)
	connectPlug(c, repo, "consumer", "plug", info.InstanceName(), "slot")
	return &connection{Repository: repo, provider: info.InstanceName()}
}

// specs returns the AppArmor and seccomp specifications of a snap.
func (cn *connection) specs(c *check.C, snapName string) (*apparmor.Specification, *seccomp.Specification) {
	aa := &apparmor.Specification{}
	c.Assert(cn.SnapSpecification(aa, snapName), check.IsNil)
	sc := &seccomp.Specification{}
	c.Assert(cn.SnapSpecification(sc, snapName), check.IsNil)
	return aa, sc
}

// snippets returns the AppArmor and seccomp text the connections give
// a security tag ("snap.NAME.APP").
func (cn *connection) snippets(c *check.C, tag string) (aa, sc string) {
	parts := strings.SplitN(tag, ".", 3)
	c.Assert(parts, check.HasLen, 3, check.Commentf("tag %q", tag))
	aaSpec, scSpec := cn.specs(c, parts[1])
	return aaSpec.SnippetForTag(tag), scSpec.SnippetForTag(tag)
}

// plugSide returns the text of the plugging app, checking that the
// consumer's app that does not plug the interface gets none.
func (cn *connection) plugSide(c *check.C) (aa, sc string) {
	return cn.side(c, plugTag, otherPlugTag)
}

// slotSide returns the text of the provider's serving app, checking
// that its app that does not serve the slot gets none.
func (cn *connection) slotSide(c *check.C) (aa, sc string) {
	return cn.side(c, snap.AppSecurityTag(cn.provider, "service"), snap.AppSecurityTag(cn.provider, "tool"))
}

func (cn *connection) side(c *check.C, tag, unbound string) (aa, sc string) {
	otherAA, otherSC := cn.snippets(c, unbound)
	c.Check(otherAA, check.Equals, "", check.Commentf("%s", unbound))
	c.Check(otherSC, check.Equals, "", check.Commentf("%s", unbound))
	return cn.snippets(c, tag)
}

// checkServed checks the policy of a service slot served by the
// provider over a unix socket: the plug names the serving app's label,
// and the serving app gets the given rules and names the plugging app's
// label; it serves its sockets through network-bind, as under the
// reference, so the slot adds no syscall.
func (cn *connection) checkServed(c *check.C, slotRules ...string) {
	plugAA, plugSC := cn.plugSide(c)
	checkRules(c, plugAA, "unix (connect, send, receive) type=stream peer=(label=snap."+cn.provider+".service),")
	checkExplained(c, plugAA, plugSC)
	cn.checkServing(c, slotRules...)
}

// checkServing is the serving side of checkServed alone, for a plug
// that reaches the service through the socket file only.
func (cn *connection) checkServing(c *check.C, slotRules ...string) {
	aa, sc := cn.slotSide(c)
	checkRules(c, aa, append(slotRules, "unix (receive, send) type=stream peer=(label="+plugTag+"),")...)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa, sc)
}

// checkAppArmorOnly checks that, in the policy of a snap of cn, tag and
// no other tag has AppArmor rules, that those hold every one of rules
// (whole lines) and none of absent (substrings), and that the snap has
// no seccomp rules. It returns the tag's text.
func (cn *connection) checkAppArmorOnly(c *check.C, snapName, tag string, rules, absent []string) string {
	text := cn.checkAppArmor(c, snapName, tag, rules, absent)
	_, sc := cn.specs(c, snapName)
	c.Check(sc.SecurityTags(), check.HasLen, 0)
	return text
}

// checkAppArmor is checkAppArmorOnly without the check of seccomp.
func (cn *connection) checkAppArmor(c *check.C, snapName, tag string, rules, absent []string) string {
	aa, _ := cn.specs(c, snapName)
	c.Check(aa.SecurityTags(), check.DeepEquals, []string{tag})
	text := aa.SnippetForTag(tag)
	got := lines(text)
	for _, rule := range rules {
		c.Check(got, testutil.Contains, rule, check.Commentf("%s", tag))
	}
	for _, s := range absent {
		c.Check(text, check.Not(testutil.Contains), s, check.Commentf("%s", tag))
	}
	return text
}

// checkNoPolicy checks that a snap of cn gets no rules at all.
func (cn *connection) checkNoPolicy(c *check.C, snapName string) {
	aa, sc := cn.specs(c, snapName)
	c.Check(aa.SecurityTags(), check.HasLen, 0)
	c.Check(sc.SecurityTags(), check.HasLen, 0)
}

// checkCompiles renders the whole AppArmor profiles and seccomp
// policies of a snap of cn and compiles them, as the registry-wide
// test does (all_test.go): for checks of several interfaces together.
func (cn *connection) checkCompiles(c *check.C, snapName string) {
	info := cn.Snap(snapName)
	c.Assert(info, check.NotNil)
	aa, sc := cn.specs(c, snapName)
	profiles, err := apparmor.RenderSnapProfiles(info, aa, apparmor.Host{Revision: "x1"})
	c.Assert(err, check.IsNil)
	policies, err := seccomp.RenderSnapPolicies(info, sc)
	c.Assert(err, check.IsNil)
	checkSecCompCompiles(c, policies)
	checkAppArmorCompiles(c, profiles)
}

// checkAppArmorCompiles has apparmor_parser compile whole profiles in
// one run. Without the parser the test fails in CI and is skipped
// elsewhere.
func checkAppArmorCompiles(c *check.C, profiles []*apparmor.Profile) {
	if _, err := aaparser.Available(); err != nil {
		testutil.MissingTool(c, err.Error())
	}
	err := aaparser.Check(context.Background(), profiles...)
	var errs aaparser.ParseErrors
	if errors.As(err, &errs) {
		for _, e := range errs {
			c.Errorf("%v", e)
		}
		return
	}
	c.Check(err, check.IsNil)
}

// checkAppArmor4Compiles is checkAppArmorCompiles for profiles of ABI
// 4.0, which the apparmor_parser 4 that make deps builds compiles.
func checkAppArmor4Compiles(c *check.C, profiles []*apparmor.Profile) {
	if _, err := aaparser.ParserFor(apparmor.ABI40); err != nil {
		testutil.MissingTool(c, err.Error())
	}
	checkAppArmorCompiles(c, profiles)
}

// hostOfABI4 renders profiles of ABI 4.0.
var hostOfABI4 = apparmor.Host{Revision: "x1", Features: apparmor.FeaturesOf(apparmor.ABI40)}

// abi4Rule matches a rule of a class that ABI 4.0 has and 3.0 has not.
var abi4Rule = regexp.MustCompile(`^(userns|mqueue|io_uring|all)\b.*`)

// checkABI4Rules renders the whole profiles of a snap of cn for a host
// of ABI 3.0 and one of ABI 4.0, and checks that the profile of tag
// states each ABI, that its rules of ABI 4.0 classes (whole lines) are
// exactly rules in the ABI 4.0 profile, each from interface iface, and
// none in the ABI 3.0 one, and that both compile, each with the parser
// of its ABI.
func (cn *connection) checkABI4Rules(c *check.C, snapName, tag, iface string, rules ...string) {
	info := cn.Snap(snapName)
	c.Assert(info, check.NotNil)
	aa, _ := cn.specs(c, snapName)
	for _, host := range []apparmor.Host{{Revision: "x1"}, hostOfABI4} {
		abi := host.ABI()
		comment := check.Commentf("%s, ABI %s", tag, abi)
		profiles, err := apparmor.RenderSnapProfiles(info, aa, host)
		c.Assert(err, check.IsNil, comment)
		var found []*apparmor.Profile
		for _, p := range profiles {
			if p.Tag == tag {
				found = append(found, p)
			}
		}
		c.Assert(found, check.HasLen, 1, comment)
		p := found[0]
		c.Check(p.ABI, check.Equals, abi, comment)
		c.Check(p.Text.String(), testutil.Contains, "\nabi <abi/"+string(abi)+">,\n", comment)
		var got []string
		for i, line := range p.Lines() {
			if line = strings.TrimSpace(line); abi4Rule.MatchString(line) {
				got = append(got, line)
				c.Check(p.Origin(i+1), check.Equals, iface, comment)
			}
		}
		want := rules
		if abi == apparmor.ABI30 {
			want = nil
			checkAppArmorCompiles(c, profiles)
		} else {
			checkAppArmor4Compiles(c, profiles)
		}
		sort.Strings(got)
		c.Check(got, check.DeepEquals, want, comment)
	}
}

// checkSecCompCompiles compiles seccomp policies with libseccomp,
// each distinct text once.
func checkSecCompCompiles(c *check.C, policies []*seccomp.Policy) {
	compiled := make(map[string]error)
	for _, p := range policies {
		text := p.Text.String()
		err, done := compiled[text]
		if !done {
			_, err = compiler.Compile(context.Background(), text)
			compiled[text] = err
		}
		if err != nil {
			c.Check(p.Explain(err), check.IsNil)
		}
	}
}

// lines returns the non-blank lines of text, trimmed.
func lines(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// ruleLines returns the lines of a policy text that are not comments.
func ruleLines(text string) []string {
	var out []string
	for _, line := range lines(text) {
		if !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// rules splits AppArmor or seccomp policy text into rules: comments and
// blank lines dropped, runs of spaces squeezed. A text is AppArmor when
// a line of it ends with a comma: an AppArmor rule ends with one, and a
// rule spread over several lines is joined into one. Otherwise it is
// seccomp, one rule a line.
func rules(text string) []string {
	ruleText := ruleLines(text)
	appArmor := false
	for _, line := range ruleText {
		appArmor = appArmor || strings.HasSuffix(line, ",")
	}
	var out, rule []string
	for _, line := range ruleText {
		rule = append(rule, strings.Join(strings.Fields(line), " "))
		if !appArmor || strings.HasSuffix(line, ",") {
			out = append(out, strings.Join(rule, " "))
			rule = nil
		}
	}
	if rule != nil {
		// An unterminated rule: keep it, so that a test shows it.
		out = append(out, strings.Join(rule, " "))
	}
	return out
}

// checkRules checks that text holds each rule as a line of its own.
func checkRules(c *check.C, text string, rules ...string) {
	got := lines(text)
	for _, rule := range rules {
		c.Check(got, testutil.Contains, rule)
	}
}

// checkContains checks that text holds every part, a rule or a piece
// of one (several lines, as the text has them), and no placeholder.
func checkContains(c *check.C, text string, parts []string, comment check.CommentInterface) {
	for _, part := range parts {
		c.Check(text, testutil.Contains, part, comment)
	}
	c.Check(text, check.Not(testutil.Contains), "###", comment)
}

// contains is testutil.Contains when want is set, its negation
// otherwise.
func contains(want bool) check.Checker {
	if want {
		return testutil.Contains
	}
	return check.Not(testutil.Contains)
}

// checkExplained checks that each text opens with a description and
// that each group of its rules, groups being separated by blank lines,
// opens with a comment saying why. The ptrace denial that a
// specification adds on its own is not an interface's group.
func checkExplained(c *check.C, texts ...string) {
	for _, text := range texts {
		if strings.TrimSpace(text) == "" {
			continue
		}
		c.Check(strings.TrimLeft(text, "\n"), check.Matches, `(?s)# Description: .*`, check.Commentf("text without a description:\n%s", text))
		for _, group := range strings.Split(text, "\n\n") {
			if group = strings.TrimSpace(group); group != "" && group != apparmor.DenyPtraceTrace {
				c.Check(group, check.Matches, `(?s)#.*`, check.Commentf("group without a comment:\n%s", group))
			}
		}
	}
}

// Patterns for checkGrantsNone.
const (
	// writesFiles matches an AppArmor file rule that writes, appends,
	// links or locks.
	writesFiles = `(/|@\{).* [rixmwalk]*[walk][rixmwalk]*,`
	// anyCapability matches any capability rule.
	anyCapability = `capability .*`
)

// containing is a pattern for checkGrantsNone matching a rule that
// holds s; a leading newline in s stands for the start of the rule.
func containing(s string) string {
	if strings.HasPrefix(s, "\n") {
		return regexp.QuoteMeta(s[1:]) + ".*"
	}
	return ".*" + regexp.QuoteMeta(s) + ".*"
}

// startingWith returns patterns for checkGrantsNone matching a rule
// that starts with one of prefixes.
func startingWith(prefixes ...string) []string {
	patterns := make([]string, len(prefixes))
	for i, prefix := range prefixes {
		patterns[i] = regexp.QuoteMeta(prefix) + ".*"
	}
	return patterns
}

// checkGrantsNone checks that no rule of text (as rules splits it)
// matches any of patterns, regular expressions anchored at both ends:
// what an interface must not grant.
func checkGrantsNone(c *check.C, text string, patterns ...string) {
	got := rules(text)
	for _, pattern := range patterns {
		re := regexp.MustCompile("^(?:" + pattern + ")$")
		for _, rule := range got {
			c.Check(re.MatchString(rule), check.Equals, false, check.Commentf("grants %q (matches %q)", rule, pattern))
		}
	}
}

// ruleVariables are the values grants gives the variables of rules.
var ruleVariables = strings.NewReplacer(
	"@{HOME}", "/home/*/",
	"@{HOMEDIRS}", "/home/",
	"@{PROC}", "/proc/",
	"@{sys}", "/sys/",
	"@{run}", "/run/",
	"@{INSTALL_DIR}", "/snap",
	"@{SNAP_NAME}", "consumer",
	"@{SNAP_INSTANCE_NAME}", "consumer",
	"@{SNAP_REVISION}", "x1",
)

// fileRule matches an AppArmor file rule: an optional owner qualifier,
// a path pattern (quoted or not) and its permissions.
var fileRule = regexp.MustCompile(`^(owner )?("[^"]+"|[/@]\S+) ([a-z]+),$`)

// grants says whether a file rule of policy text grants every
// permission of perms on path; rules with the owner qualifier count
// only when owner is set (the file is the app's user's). It reads the
// AppArmor patterns interfaces use: globs, character classes and nested
// alternations; a deny rule is not a grant.
func grants(text, path, perms string, owner bool) bool {
	for _, line := range lines(text) {
		m := fileRule.FindStringSubmatch(line)
		if m == nil || m[1] != "" && !owner || strings.Trim(perms, m[3]) != "" {
			continue
		}
		pattern := strings.ReplaceAll(ruleVariables.Replace(strings.Trim(m[2], `"`)), "//", "/")
		if patternRegexp(pattern).MatchString(path) {
			return true
		}
	}
	return false
}

// patternRegexp turns an AppArmor path pattern into a regular
// expression: "**" crosses directories, "*", "?" and classes do not.
func patternRegexp(pattern string) *regexp.Regexp {
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

// The base-declaration fragments several interfaces share, as the
// tests expect them (written out here, not taken from the catalogue).
const (
	declSystemSlot               = "allow-installation:\n  slot-snap-type:\n    - core"
	declSystemSlotNoAutoConnect  = declSystemSlot + "\ndeny-auto-connection: true"
	declGadgetDeviceSlot         = "allow-installation:\n  slot-snap-type:\n    - core\n    - gadget\ndeny-auto-connection: true"
	declServiceSlotInstallation  = "allow-installation:\n  slot-snap-type:\n    - app\n    - core\ndeny-connection:\n  on-classic: false\n"
	declServiceSlot              = declServiceSlotInstallation + "deny-auto-connection:\n  - on-classic: false\n  - slot-snap-type:\n      - app"
	declServiceSlotNoAutoConnect = declServiceSlotInstallation + "deny-auto-connection: true"
	declSuperPrivilegedPlug      = "allow-installation: false\ndeny-auto-connection: true"
	declSnapOwnedSlot            = "allow-installation: false\ndeny-connection: true\ndeny-auto-connection: true"
	// declAppServiceSlotNeedsDeclaration: only an app carries the slot;
	// connecting and auto-connecting need a snap declaration.
	declAppServiceSlotNeedsDeclaration = "allow-installation:\n  slot-snap-type:\n    - app\ndeny-connection: true\ndeny-auto-connection: true"
)

// staticInfo is what an interface says of itself; the declaration
// fragments are compared without their surrounding blank lines.
type staticInfo struct {
	summary           string
	implicitOnCore    bool
	implicitOnClassic bool
	plugs, slots      string
}

// ifaceByName returns an interface of the catalogue.
func ifaceByName(c *check.C, name string) interfaces.Interface {
	iface, err := builtin.ByName(name)
	c.Assert(err, check.IsNil)
	return iface
}

// checkStaticInfo checks an interface's static info.
func checkStaticInfo(c *check.C, name string, want staticInfo) {
	si := ifaceByName(c, name).StaticInfo()
	comment := check.Commentf("%q", name)
	c.Check(si.Summary, check.Equals, want.summary, comment)
	c.Check(si.ImplicitOnCore, check.Equals, want.implicitOnCore, comment)
	c.Check(si.ImplicitOnClassic, check.Equals, want.implicitOnClassic, comment)
	c.Check(strings.TrimSpace(si.BaseDeclarationPlugs), check.Equals, strings.TrimSpace(want.plugs), comment)
	c.Check(strings.TrimSpace(si.BaseDeclarationSlots), check.Equals, strings.TrimSpace(want.slots), comment)
}

var referenceFacts struct {
	once  sync.Once
	facts testutil.ReferenceFacts
	err   error
}

// referenceRow returns the reference behaviour of an interface.
func referenceRow(c *check.C, name string) map[string]string {
	referenceFacts.once.Do(func() { referenceFacts.facts, referenceFacts.err = testutil.LoadReferenceFacts() })
	c.Assert(referenceFacts.err, check.IsNil)
	row, ok := referenceFacts.facts[name]
	c.Assert(ok, check.Equals, true, check.Commentf("no reference row for %q", name))
	return row
}

// policySystem is the system a decision is taken on: Ubuntu classic,
// or Ubuntu Core.
func policySystem(sys builtin.System) policy.System {
	if sys == builtin.Core {
		return policy.System{OnCore: true}
	}
	return policy.System{Distribution: "ubuntu"}
}

// builtinDeclaration is the catalogue's base declaration.
func builtinDeclaration(c *check.C) *policy.Declaration {
	base, err := policy.BuiltinDeclaration()
	c.Assert(err, check.IsNil)
	return base
}

// installs says whether base lets the snap of yaml install on sys,
// without a snap declaration.
func installs(c *check.C, base *policy.Declaration, sys builtin.System, yaml string) bool {
	info, err := snap.InfoFromSnapYaml([]byte(yaml))
	c.Assert(err, check.IsNil)
	return (&policy.InstallCandidate{Snap: info, BaseDeclaration: base, System: policySystem(sys)}).Check().Allowed()
}

// installsAsSystem is installs for the snap of yaml designated as the
// system snap (snap.Info.System), as a daemon designates its own.
func installsAsSystem(c *check.C, base *policy.Declaration, sys builtin.System, yaml string) bool {
	info, err := snap.InfoFromSnapYaml([]byte(yaml))
	c.Assert(err, check.IsNil)
	info.System = true
	return (&policy.InstallCandidate{Snap: info, BaseDeclaration: base, System: policySystem(sys)}).Check().Allowed()
}

// decide says whether base lets plug connect to slot on sys by hand,
// and by itself, without snap declarations.
func decide(base *policy.Declaration, sys builtin.System, iface interfaces.Interface, plug *snap.PlugInfo, slot *snap.SlotInfo) (manual, auto bool) {
	candidate := &policy.ConnectCandidate{
		Plug:            plug,
		Slot:            slot,
		BaseDeclaration: base,
		System:          policySystem(sys),
		Interface:       iface,
	}
	return candidate.Check().Allowed, candidate.CheckAutoConnect().Allowed
}

// decision is a row of a decision table: the consumer's plug (with its
// attribute lines) against the system's slot, or the provider's slot
// when provider is set (with its attribute lines), on classic or on
// Ubuntu Core; and whether the catalogue's base declaration allows a
// manual connection and an auto-connection.
type decision struct {
	plugAttrs string
	provider  bool
	slotAttrs string
	core      bool

	manual, auto bool
}

// checkDecisions decides each row with the catalogue's base declaration
// and no snap declaration.
func checkDecisions(c *check.C, iface string, rows []decision) {
	base := builtinDeclaration(c)
	for i, row := range rows {
		sys := builtin.Classic
		if row.core {
			sys = builtin.Core
		}
		yamls := []string{consumerYaml(iface, row.plugAttrs)}
		slotRef := interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: iface}
		if row.provider {
			yamls = append(yamls, providerYaml(snap.TypeApp, iface, row.slotAttrs))
			slotRef = interfaces.SlotRef{Snap: "provider", Name: "slot"}
		}
		repo := newRepo(c, sys, yamls...)
		slot := repo.Slot(slotRef.Snap, slotRef.Name)
		c.Assert(slot, check.NotNil, check.Commentf("row %d", i))
		manual, auto := decide(base, sys, repo.Interface(iface), repo.Plug("consumer", "plug"), slot)
		comment := check.Commentf("row %d: %+v", i, row)
		c.Check(manual, check.Equals, row.manual, comment)
		c.Check(auto, check.Equals, row.auto, comment)
	}
}

// checkPlugInstall checks whether, on classic, the catalogue's base
// declaration lets an app snap carry the consumer's plug.
func checkPlugInstall(c *check.C, iface, plugAttrs string, allowed bool) {
	got := installs(c, builtinDeclaration(c), builtin.Classic, consumerYaml(iface, plugAttrs))
	c.Check(got, check.Equals, allowed, check.Commentf("%s plug %q", iface, plugAttrs))
}

// attrCase is a row of a sanitizer table: attributes, and the error
// they give ("" for none).
type attrCase struct {
	attrs map[string]interface{}
	err   string
}

// checkPlugSanitizer runs an interface's plug sanitizer on the
// consumer's plug for each row. Every error must name the snap, the
// plug and the interface (an *interfaces.SanitizeError), followed by
// the row's error.
func checkPlugSanitizer(c *check.C, name string, rows []attrCase) {
	sanitizer, ok := ifaceByName(c, name).(interfaces.PlugSanitizer)
	c.Assert(ok, check.Equals, true, check.Commentf("%q has no plug sanitizer", name))
	consumer, err := snap.InfoFromSnapYaml([]byte(consumerYaml(name)))
	c.Assert(err, check.IsNil)
	runSanitizer(c, sanitizeErrPrefix("plug", "consumer", name), rows, func(attrs map[string]interface{}) error {
		return sanitizer.BeforePreparePlug(&snap.PlugInfo{Snap: consumer, Name: "plug", Interface: name, Attrs: attrs})
	})
}

// checkSlotSanitizer runs an interface's slot sanitizer on the slot of
// a provider snap of the given type for each row, as checkPlugSanitizer
// does for a plug.
func checkSlotSanitizer(c *check.C, name string, typ snap.Type, rows []attrCase) {
	sanitizer, ok := ifaceByName(c, name).(interfaces.SlotSanitizer)
	c.Assert(ok, check.Equals, true, check.Commentf("%q has no slot sanitizer", name))
	provider, err := snap.InfoFromSnapYaml([]byte(providerYaml(typ, name)))
	c.Assert(err, check.IsNil)
	runSanitizer(c, sanitizeErrPrefix("slot", "provider", name), rows, func(attrs map[string]interface{}) error {
		return sanitizer.BeforePrepareSlot(&snap.SlotInfo{Snap: provider, Name: "slot", Interface: name, Attrs: attrs})
	})
}

// sanitizeErrPrefix is how every sanitizer error of the sample plug or
// slot starts, as a regular expression.
func sanitizeErrPrefix(side, snapName, iface string) string {
	return regexp.QuoteMeta(fmt.Sprintf("cannot sanitize %s %s:%s (interface %q): ", side, snapName, side, iface))
}

func runSanitizer(c *check.C, errPrefix string, rows []attrCase, sanitize func(map[string]interface{}) error) {
	for _, row := range rows {
		err := sanitize(row.attrs)
		comment := check.Commentf("%.300s", fmt.Sprintf("%#v", row.attrs))
		if row.err == "" {
			c.Check(err, check.IsNil, comment)
			continue
		}
		c.Check(err, check.ErrorMatches, errPrefix+row.err, comment)
		var serr *interfaces.SanitizeError
		c.Check(errors.As(err, &serr), check.Equals, true, check.Commentf("%T is not a SanitizeError: %v", err, err))
	}
}

// Hostile values for checkAttrLimits: a path one byte over PATH_MAX,
// and paths that are each within it but together over the budget of a
// plug or slot.
func longPath(prefix string, n int) string {
	return prefix + strings.Repeat("a", n-len(prefix))
}

// attrLimits describes one attribute for checkAttrLimits: good is a
// valid value, each of whose injected variants (injectedSuffixes) must
// be refused with an error matching injectionErr; list says the
// attribute is a list (build then takes its entries) rather than one
// string; path says its values are paths (else names, bounded by
// AttrNameMax). build makes the plug's or slot's attributes from the
// values.
type attrLimits struct {
	good         string
	injectionErr string
	list, path   bool
	// max is the longest value, when it is not AttrPathMax for a path
	// or AttrNameMax for a name; shaped says a value must have a shape
	// (a device node's name) that a value made long does not keep, so
	// that only its refusal is checked.
	max    int
	shaped bool
	build  func(values ...string) map[string]interface{}
}

// limitRows returns the rows every attribute that reaches policy text
// must pass: its good value is accepted; each injection is refused;
// a value one byte over the limit is refused, one at the limit is not
// refused for its length; a list of AttrListMax+1 entries is refused,
// and so are paths longer together than AttrPathsMax. New interfaces
// call checkAttrLimits with their attributes' rows.
func (a attrLimits) rows() []attrCase {
	rows := []attrCase{{a.build(a.good), ""}}
	for _, suffix := range injectedSuffixes {
		rows = append(rows, attrCase{a.build(a.good + suffix), a.injectionErr})
	}
	max, sep := builtin.AttrNameMax, "."
	if a.path {
		max, sep = builtin.AttrPathMax, "/"
	}
	if a.max != 0 {
		max = a.max
	}
	rows = append(rows, attrCase{a.build(longPath(a.good+sep, max+1)), fmt.Sprintf(`.* is %d bytes long, more than the %d allowed`, max+1, max)})
	if !a.shaped {
		// A value at the limit is accepted.
		rows = append(rows, attrCase{a.build(longPath(a.good+sep, max)), ""})
	}
	if !a.list {
		return rows
	}
	many := make([]string, builtin.AttrListMax+1)
	for i := range many {
		many[i] = fmt.Sprintf("%s%d", a.good, i)
	}
	rows = append(rows,
		attrCase{a.build(many...), fmt.Sprintf(`.* lists %d entries, more than the %d allowed`, builtin.AttrListMax+1, builtin.AttrListMax)},
		attrCase{a.build(many[:builtin.AttrListMax]...), ""})
	if a.path {
		// Each path within PATH_MAX, together over the budget.
		n := builtin.AttrPathsMax/builtin.AttrPathMax + 1
		paths := make([]string, n)
		for i := range paths {
			paths[i] = longPath(fmt.Sprintf("%s%d/", a.good, i), builtin.AttrPathMax)
		}
		rows = append(rows,
			attrCase{a.build(paths...), fmt.Sprintf(`.* takes the paths of the plug or slot to %d bytes, more than the %d allowed`, n*builtin.AttrPathMax, builtin.AttrPathsMax)},
			attrCase{a.build(paths[:n-1]...), ""})
	}
	return rows
}

// checkAttrLimits checks a plug attribute (slot false) or a slot
// attribute of an interface against the injections and limits of
// attrLimits.rows: each error names the snap, the plug or slot and the
// interface.
func checkAttrLimits(c *check.C, name string, slot bool, a attrLimits) {
	if slot {
		checkSlotSanitizer(c, name, snap.TypeApp, a.rows())
	} else {
		checkPlugSanitizer(c, name, a.rows())
	}
}

// listOf makes a list attribute of values.
func listOf(values []string) []interface{} {
	out := make([]interface{}, len(values))
	for i, v := range values {
		out[i] = v
	}
	return out
}

// injectedSuffixes, put after a good value, would add, widen or break a
// rule if they reached policy text as they are.
var injectedSuffixes = []string{"\n/etc/shadow r", ",", "{a,b}", "}", `"`, "'", "*", "?", "[ab]", "@{HOME}", "/../etc", "/", "#", "$x", "\\"}

// injections returns a row for each injected suffix: the attributes
// that build makes from good followed by the suffix, each expected to
// fail with an error matching err.
func injections(good, err string, build func(string) map[string]interface{}) []attrCase {
	var rows []attrCase
	for _, suffix := range injectedSuffixes {
		rows = append(rows, attrCase{build(good + suffix), err})
	}
	return rows
}

// injectedPaths are device paths that would add, widen or break a rule
// if they reached policy text as they are. Each must be refused
// wherever a path attribute is interpolated.
var injectedPaths = []string{
	"/dev/ttyS0,\n/** rwkl",
	"/dev/ttyS0, /etc/shadow r",
	"/dev/ttyS0 rw,\n}",
	"/dev/{ttyS0,sda}",
	"/dev/\"ttyS0\"",
	"/dev/tty*",
	"/dev/tty?0",
	"/dev/tty[S]0",
	"/dev/@{HOME}",
	"/dev/../etc/shadow",
	"/dev/ttyS0 # comment",
	"/dev/ttyS0\x00",
}

// badBools are values a boolean attribute must refuse: strings that
// would mean something to AppArmor or YAML readers, and other types.
var badBools = []interface{}{
	"true", "yes", "true,\n/** rwk", "{true,false}", `"true"`, "*", "@{HOME}", "../..",
	int64(1), []interface{}{true}, map[string]interface{}{"a": true},
}

// checkBoolAttr checks that a plug sanitizer takes true, false and a
// missing attribute, and refuses every other value of key.
func checkBoolAttr(c *check.C, name, key string) {
	rows := []attrCase{{nil, ""}, {map[string]interface{}{key: true}, ""}, {map[string]interface{}{key: false}, ""}}
	for _, value := range badBools {
		rows = append(rows, attrCase{map[string]interface{}{key: value}, fmt.Sprintf(`%q must be true or false`, key)})
	}
	checkPlugSanitizer(c, name, rows)
}

// checkNoAppArmor4Rules checks that text has none of the rules of the
// AppArmor 4 ABI, which the 3.0 parser refuses.
func checkNoAppArmor4Rules(c *check.C, text string) {
	for _, line := range strings.Split(text, "\n") {
		c.Check(line, check.Not(check.Matches), `\s*(userns|mqueue|io_uring|all)\b.*`)
	}
}

// corpusSnap reads a snap of the shared corpus, or skips the test when
// the corpus is not beside the checkout.
func corpusSnap(c *check.C, file string) *snap.Info {
	shared := testutil.SharedDir()
	if shared == "" {
		c.Skip("no ../shared beside the checkout")
	}
	info, err := snap.ReadInfo(filepath.Join(shared, "corpus", file))
	c.Assert(err, check.IsNil)
	return info
}

// Table-driven suites. An interface's test file declares a suite that
// embeds one of them with what to expect of the interface, and adds
// tests of its own for what is particular to it.

// referenceCase is what referenceSuite expects of one interface, whose
// slots, implicit or carried by app snaps, and decisions come from the
// reference behaviour.
type referenceCase struct {
	name    string
	summary string
	// plugAppArmor and plugSecComp are rules (or parts of rules) the
	// plugging app must get once connected; peer in them stands for the
	// label of the slot's side.
	plugAppArmor, plugSecComp []string
	// slotAppArmor and slotSecComp are rules an app snap serving the
	// slot must get, permanent or connected; peer stands for the label
	// of the plug's side. Only for interfaces whose slot app snaps may
	// carry.
	slotAppArmor, slotSecComp []string
	// mustNotGrant are texts that no rule of the interface, on either
	// side, may hold (see containing).
	mustNotGrant []string
	// plugMustNotGrant are texts that no rule of the plugging app may
	// hold: what only the serving side needs.
	plugMustNotGrant []string
	// slotAttrs are attributes of the provider's slot.
	slotAttrs string
}

// referenceSuite runs the shared tests of one interface.
type referenceSuite struct {
	referenceCase
}

// peer stands for the other side's AppArmor label in expected rules.
const peer = "PEER"

// referenceTarget is a slot the consumer's plug connects to: the
// system's, on classic or Ubuntu Core, or the provider snap's.
type referenceTarget struct {
	sys      builtin.System
	provider bool
}

func (t referenceTarget) String() string {
	if t.provider {
		return "the provider snap's slot"
	}
	return "the system's slot on " + t.sys.String()
}

// peerLabel is the label the plug's rules name for the slot's side.
func (t referenceTarget) peerLabel() string {
	if t.provider {
		return slotTag
	}
	return "unconfined"
}

// targets returns every kind of slot the interface has: the system's
// where it is implicit, and an app snap's where app snaps may carry it.
func (s *referenceSuite) targets(c *check.C) []referenceTarget {
	si := ifaceByName(c, s.name).StaticInfo()
	var targets []referenceTarget
	if si.ImplicitOnClassic {
		targets = append(targets, referenceTarget{sys: builtin.Classic})
	}
	if si.ImplicitOnCore {
		targets = append(targets, referenceTarget{sys: builtin.Core})
	}
	if referenceRow(c, s.name)["slot_install_app"] == "yes" {
		targets = append(targets, referenceTarget{sys: builtin.Classic, provider: true})
	}
	return targets
}

// connect connects the consumer's plug to the target's slot.
func (s *referenceSuite) connect(c *check.C, target referenceTarget) *connection {
	if target.provider {
		return connectToProvider(c, target.sys, consumerYaml(s.name), providerYaml(snap.TypeApp, s.name, s.slotAttrs))
	}
	return connectToSystem(c, target.sys, consumerYaml(s.name))
}

// checkPeerRules checks that text holds every rule, with peer replaced
// by label, and no placeholder.
func checkPeerRules(c *check.C, text string, parts []string, label string, comment check.CommentInterface) {
	replaced := make([]string, len(parts))
	for i, part := range parts {
		replaced[i] = strings.ReplaceAll(part, peer, label)
	}
	checkContains(c, text, replaced, comment)
}

func (s *referenceSuite) TestStaticInfo(c *check.C) {
	si := ifaceByName(c, s.name).StaticInfo()
	row := referenceRow(c, s.name)
	c.Check(si.Summary, check.Equals, s.summary)
	c.Check(fmt.Sprint(si.ImplicitOnCore), check.Equals, row["implicit_on_core"])
	c.Check(fmt.Sprint(si.ImplicitOnClassic), check.Equals, row["implicit_on_classic"])
}

func (s *referenceSuite) TestConnectedPlugGoesToPluggingAppOnly(c *check.C) {
	for _, target := range s.targets(c) {
		comment := check.Commentf("connected to %s", target)
		cn := s.connect(c, target)
		aa, sc := cn.plugSide(c)
		checkPeerRules(c, aa, s.plugAppArmor, target.peerLabel(), comment)
		checkPeerRules(c, sc, s.plugSecComp, target.peerLabel(), comment)
		aaSpec, scSpec := cn.specs(c, "consumer")
		if len(s.plugAppArmor) == 0 {
			c.Check(aaSpec.SecurityTags(), check.HasLen, 0, comment)
		}
		if len(s.plugSecComp) == 0 {
			c.Check(scSpec.SecurityTags(), check.HasLen, 0, comment)
		}
	}
}

func (s *referenceSuite) TestSlotSideNamesThePlugsLabel(c *check.C) {
	if referenceRow(c, s.name)["slot_install_app"] != "yes" {
		c.Check(s.slotAppArmor, check.HasLen, 0)
		c.Check(s.slotSecComp, check.HasLen, 0)
		return
	}
	c.Assert(s.slotAppArmor, check.Not(check.HasLen), 0, check.Commentf("an app snap may serve %q: give its slot policy", s.name))
	aa, sc := s.connect(c, referenceTarget{sys: builtin.Classic, provider: true}).slotSide(c)
	checkPeerRules(c, aa, s.slotAppArmor, plugTag, check.Commentf("AppArmor of the serving app"))
	checkPeerRules(c, sc, s.slotSecComp, plugTag, check.Commentf("seccomp of the serving app"))
}

// texts returns the policy texts of the interface: those the plugging
// app gets, connected to each target, and all of them, rendered as
// Describe does and as the consumer and the provider get them.
func (s *referenceSuite) texts(c *check.C) (plugTexts, all []string) {
	d, err := builtin.Describe(ifaceByName(c, s.name))
	c.Assert(err, check.IsNil)
	all = describedTexts(d)
	for _, target := range s.targets(c) {
		cn := s.connect(c, target)
		aa, sc := cn.snippets(c, plugTag)
		plugTexts = append(plugTexts, aa, sc)
		if target.provider {
			aa, sc = cn.snippets(c, slotTag)
			all = append(all, aa, sc)
		}
	}
	return plugTexts, append(all, plugTexts...)
}

func (s *referenceSuite) TestEveryGroupIsExplained(c *check.C) {
	_, all := s.texts(c)
	checkExplained(c, all...)
}

func (s *referenceSuite) TestGrantsNothingItMustNot(c *check.C) {
	plugTexts, all := s.texts(c)
	for _, text := range all {
		for _, part := range s.mustNotGrant {
			checkGrantsNone(c, text, containing(part))
		}
	}
	for _, text := range plugTexts {
		for _, part := range s.plugMustNotGrant {
			checkGrantsNone(c, text, containing(part))
		}
	}
}

func (s *referenceSuite) TestDecisionsAgreeWithReference(c *check.C) {
	row := referenceRow(c, s.name)
	iface := ifaceByName(c, s.name)
	si := iface.StaticInfo()
	text, err := policy.ComposeBaseDeclaration([]interfaces.Interface{iface})
	c.Assert(err, check.IsNil)
	base, err := policy.ParseDeclaration(text, s.name+".yaml")
	c.Assert(err, check.IsNil)

	got := map[string]string{"plug_install": "denied"}
	if installs(c, base, builtin.Classic, consumerYaml(s.name)) {
		got["plug_install"] = "allowed"
	}
	// The constraint language's "core" is the system snap (type snapd,
	// or os of old).
	for column, snapType := range map[string]snap.Type{"app": snap.TypeApp, "gadget": snap.TypeGadget, "kernel": snap.TypeKernel} {
		got["slot_install_"+column] = yesNo(installs(c, base, builtin.Classic, providerYaml(snapType, s.name)))
	}
	got["slot_install_core"] = yesNo(installsAsSystem(c, base, builtin.Classic, providerYaml(snap.TypeSnapd, s.name)))

	consumer, err := snap.InfoFromSnapYaml([]byte(consumerYaml(s.name)))
	c.Assert(err, check.IsNil)
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		implicit := si.ImplicitOnClassic
		if sys == builtin.Core {
			implicit = si.ImplicitOnCore
		}
		// The system snap's slot, made here also where the system has
		// none: the reference answers some of those too.
		slot := &snap.SlotInfo{Snap: builtin.SystemSnap(sys), Name: s.name, Interface: s.name}
		manual, auto := decide(base, sys, iface, consumer.Plugs["plug"], slot)
		for column, allowed := range map[string]bool{
			"auto_connect_" + sys.String():   auto,
			"connect_manual_" + sys.String(): manual,
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

// systemCase is what systemSuite expects of one system interface: the
// system alone carries its slot, on classic and Ubuntu Core, and
// nothing auto-connects.
type systemCase struct {
	name    string
	summary string
	// superPrivileged says that installing the plug needs a snap
	// declaration.
	superPrivileged bool
	// appArmor and secComp are rules the plugging app must get, each as
	// rules writes them: one rule to an entry, spaces squeezed.
	appArmor []string
	secComp  []string
	// mustNotGrant are patterns (see checkGrantsNone) that no rule of
	// the plugging app, AppArmor or seccomp, may match.
	mustNotGrant []string
	// reaches and mustNotReach are file accesses the plugging app must
	// and must not have through the interface's AppArmor file rules.
	reaches      []access
	mustNotReach []access
}

// access is a file access: a path and the permissions asked for ("r",
// "rw", "w", ...).
type access struct {
	path, perms string
}

// systemSuite runs the shared tests of one system interface.
type systemSuite struct {
	systemCase
}

func (s *systemSuite) TestStaticInfo(c *check.C) {
	want := staticInfo{summary: s.summary, implicitOnCore: true, implicitOnClassic: true, slots: declSystemSlotNoAutoConnect}
	if s.superPrivileged {
		want.plugs = declSuperPrivilegedPlug
	}
	checkStaticInfo(c, s.name, want)
}

// The decisions of the catalogue's base declaration for the consumer
// snap (a plain app snap, with no snap declaration) on classic and on
// Ubuntu Core: the plug installs unless it is super-privileged,
// connects by hand and never by itself; only the system carries the
// slot.
func (s *systemSuite) TestDecisions(c *check.C) {
	base := builtinDeclaration(c)
	consumer, err := snap.InfoFromSnapYaml([]byte(consumerYaml(s.name)))
	c.Assert(err, check.IsNil)
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		comment := check.Commentf("%s on %s", s.name, sys)
		c.Check(installs(c, base, sys, consumerYaml(s.name)), check.Equals, !s.superPrivileged, comment)
		slot := builtin.SystemSnap(sys).Slots[s.name]
		c.Assert(slot, check.NotNil, comment)
		manual, auto := decide(base, sys, ifaceByName(c, s.name), consumer.Plugs["plug"], slot)
		c.Check(manual, check.Equals, true, comment)
		c.Check(auto, check.Equals, false, comment)
		for _, snapType := range []snap.Type{snap.TypeSnapd, snap.TypeOS} {
			c.Check(installsAsSystem(c, base, sys, providerYaml(snapType, s.name)), check.Equals, true, check.Commentf("%s slot on the system snap of type %s on %s", s.name, snapType, sys))
		}
		// A snap that says it is of the system's type, but that no one
		// designated as the system, may not carry the slot.
		for _, snapType := range []snap.Type{snap.TypeSnapd, snap.TypeOS, snap.TypeApp, snap.TypeGadget, snap.TypeKernel} {
			got := installs(c, base, sys, providerYaml(snapType, s.name))
			c.Check(got, check.Equals, false, check.Commentf("%s slot on a snap of type %s on %s", s.name, snapType, sys))
		}
	}
}

func (s *systemSuite) TestConnectedPlugGoesToPluggingAppOnly(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		comment := check.Commentf("%s on %s", s.name, sys)
		cn := connectToSystem(c, sys, consumerYaml(s.name))
		aa, sc := cn.plugSide(c)
		for _, rule := range s.appArmor {
			c.Check(rules(aa), testutil.Contains, rule, comment)
		}
		for _, rule := range s.secComp {
			c.Check(rules(sc), testutil.Contains, rule, comment)
		}
		aaSpec, scSpec := cn.specs(c, "consumer")
		c.Check(aaSpec.DeniesPtraceTrace(otherPlugTag), check.Equals, false, comment)
		if len(s.appArmor) == 0 {
			c.Check(aaSpec.SecurityTags(), check.HasLen, 0, comment)
		}
		if len(s.secComp) == 0 {
			c.Check(scSpec.SecurityTags(), check.HasLen, 0, comment)
		}
	}
}

func (s *systemSuite) TestGrantsNothingItMustNot(c *check.C) {
	aa, sc := connectToSystem(c, builtin.Core, consumerYaml(s.name)).snippets(c, plugTag)
	checkGrantsNone(c, aa, s.mustNotGrant...)
	checkGrantsNone(c, sc, s.mustNotGrant...)
}

func (s *systemSuite) TestFileAccess(c *check.C) {
	aa, _ := connectToSystem(c, builtin.Core, consumerYaml(s.name)).snippets(c, plugTag)
	for _, a := range s.reaches {
		c.Check(grants(aa, a.path, a.perms, false), check.Equals, true, check.Commentf("%s must grant %q on %s", s.name, a.perms, a.path))
	}
	for _, a := range s.mustNotReach {
		c.Check(grants(aa, a.path, a.perms, false), check.Equals, false, check.Commentf("%s must not grant %q on %s", s.name, a.perms, a.path))
	}
}

// expectation is what an interface promises, for checkExpectation: its
// static facts, its base-declaration fragments, and rules (or parts of
// rules) each hook must add.
type expectation struct {
	name                string
	summary             string
	onCore, onClassic   bool
	plugDecl, slotDecl  string
	plugAppArmor        []string
	plugSecComp         []string
	slotAppArmor        []string
	permanentSlotAA     []string
	permanentSlotSC     []string
	appProvidedSlotOnly bool
}

// systemLabel is how a rule names the host's own processes.
const systemLabel = "label=unconfined"

// checkExpectation checks everything an interface promises: connected
// to the system's slot where it is implicit, and to an app's slot where
// it has slot policy or only apps provide it.
func checkExpectation(c *check.C, e expectation) {
	checkStaticInfo(c, e.name, staticInfo{summary: e.summary, implicitOnCore: e.onCore, implicitOnClassic: e.onClassic, plugs: e.plugDecl, slots: e.slotDecl})

	var namesPeer bool
	if e.onClassic || e.onCore {
		sys := builtin.Classic
		if !e.onClassic {
			sys = builtin.Core
		}
		cn := connectToSystem(c, sys, consumerYaml(e.name))
		comment := check.Commentf("%s connected to the system", e.name)
		aaSpec, scSpec := cn.specs(c, "consumer")
		c.Check(aaSpec.SecurityTags(), check.DeepEquals, []string{plugTag}, comment)
		aa, sc := cn.plugSide(c)
		checkContains(c, aa, e.plugAppArmor, comment)
		checkContains(c, sc, e.plugSecComp, comment)
		if len(e.plugSecComp) == 0 {
			c.Check(scSpec.SecurityTags(), check.HasLen, 0, comment)
		}
		if strings.Contains(aa, "peer=(label=") {
			// The system's services are the host's own processes.
			c.Check(aa, testutil.Contains, systemLabel, comment)
			namesPeer = true
		}
	}
	if !e.appProvidedSlotOnly && len(e.slotAppArmor)+len(e.permanentSlotAA)+len(e.permanentSlotSC) == 0 {
		return
	}
	cn := connectToProvider(c, builtin.Classic, consumerYaml(e.name), providerYaml(snap.TypeApp, e.name))
	comment := check.Commentf("%s connected to an app's slot", e.name)
	plugAA, _ := cn.plugSide(c)
	checkContains(c, plugAA, e.plugAppArmor, comment)
	if namesPeer || e.appProvidedSlotOnly {
		// The plug side names the serving app, not the host.
		c.Check(plugAA, testutil.Contains, "label="+slotTag, comment)
		c.Check(plugAA, check.Not(testutil.Contains), systemLabel, comment)
	}
	slotAA, slotSC := cn.slotSide(c)
	checkContains(c, slotAA, append(append([]string{}, e.slotAppArmor...), e.permanentSlotAA...), comment)
	checkContains(c, slotSC, e.permanentSlotSC, comment)
	if len(e.slotAppArmor) > 0 {
		// The slot side names its client.
		c.Check(slotAA, testutil.Contains, "label="+plugTag, comment)
	}
}

// describedTexts returns the eight texts of a description.
func describedTexts(d *builtin.Description) []string {
	return []string{
		d.AppArmor.ConnectedPlug, d.AppArmor.ConnectedSlot, d.AppArmor.PermanentPlug, d.AppArmor.PermanentSlot,
		d.SecComp.ConnectedPlug, d.SecComp.ConnectedSlot, d.SecComp.PermanentPlug, d.SecComp.PermanentSlot,
	}
}

// checkDaemonSocketClient checks an interface whose slot is the snap of
// the same name and whose plug reaches that snap's daemon through one
// socket: the app that plugs gets the socket and, as clients of such
// daemons do in the reference, a generic netlink socket; the other app
// nothing.
func checkDaemonSocketClient(c *check.C, iface, socket string) {
	provider := strings.Replace(providerYaml(snap.TypeApp, iface), "name: provider", "name: "+iface, 1)
	cc := connectToProvider(c, builtin.Classic, consumerYaml(iface), provider)
	aa, sc := cc.plugSide(c)
	checkRules(c, aa,
		socket+" rw,",
		"unix (connect, send, receive) type=stream peer=(label=snap."+iface+".service),")
	c.Check(ruleLines(aa), check.HasLen, 2)
	c.Check(ruleLines(sc), check.DeepEquals, []string{"socket AF_NETLINK - NETLINK_GENERIC"})
	checkExplained(c, aa, sc)
}

// checkNotRendered checks the backends whose part of an interface the
// library leaves to the daemon (StaticInfo.NotRendered).
func checkNotRendered(c *check.C, name string, backends ...string) {
	c.Check(ifaceByName(c, name).StaticInfo().NotRendered, check.DeepEquals, backends, check.Commentf("%q", name))
}

// checkHostileDeviceSlot checks that the slot attributes of a gadget's
// device slot cannot widen the profile of the app that plugs it.
// Connected to a slot with the attribute lines good, the consumer's
// whole profile allows none of never (accesses in package aare's text
// form: other devices, wider globs). Each of hostile, set as the
// gadget's slot attributes, has the slot dropped when the gadget is
// added, so that nothing connects to it and the consumer's profile
// still allows none of never; and handed to the connected plug hook
// as it is, as if no sanitizer had run, it is refused and adds no
// rule.
func checkHostileDeviceSlot(c *check.C, name, good string, hostile []attrs, never []string) {
	cn := connectToProvider(c, builtin.Core, consumerYaml(name), providerYaml(snap.TypeGadget, name, good))
	cn.checkAccesses(c, plugTag, nil, never)
	iface := ifaceByName(c, name)
	for _, a := range hostile {
		comment := check.Commentf("%s slot %.200s", name, fmt.Sprintf("%#v", a))
		repo := newRepo(c, builtin.Core, consumerYaml(name))
		gadget, err := snap.InfoFromSnapYaml([]byte(providerYaml(snap.TypeGadget, name)))
		c.Assert(err, check.IsNil)
		slot := gadget.Slots["slot"]
		slot.Attrs = a
		dropped, err := repo.AddSnap(gadget)
		c.Assert(err, check.IsNil, comment)
		c.Check(dropped, check.HasLen, 1, comment)
		c.Check(repo.Slot("provider", "slot"), check.IsNil, comment)
		_, err = repo.Connect(interfaces.ConnRef{
			PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "plug"},
			SlotRef: interfaces.SlotRef{Snap: "provider", Name: "slot"},
		}, nil, nil)
		c.Check(err, check.NotNil, comment)
		(&connection{Repository: repo, provider: "provider"}).checkAccesses(c, plugTag, nil, never)

		spec := &apparmor.Specification{}
		plug := interfaces.NewConnectedPlug(repo.Snap("consumer").Plugs["plug"], nil)
		err = spec.AddConnectedPlug(iface, plug, interfaces.NewConnectedSlot(slot, nil))
		c.Check(err, check.ErrorMatches, fmt.Sprintf(`cannot add AppArmor policy of interface %q: `, name)+sanitizeErrPrefix("slot", "provider", name)+"(?s).+", comment)
		c.Check(spec.SecurityTags(), check.HasLen, 0, comment)
	}
}

// hostileDevicePaths are "path" values of a device slot that would
// name more than one device of a class if they reached a rule: globs,
// alternations and ranges of the node's name (node is its name,
// without the number: "/dev/hidraw"), other nodes after it, and the
// injections of injectedPaths.
func hostileDevicePaths(node string) []attrs {
	values := []string{
		node + "*",
		node + "[0-9]*",
		node + "?",
		node + "{0,1}",
		node + "0,\n" + node + "1 rw",
		node + "0 rw,\n/dev/** rw",
		node + "0/../" + node[len("/dev/"):] + "1",
		node,
		"/dev/" + "sda",
	}
	values = append(values, injectedPaths...)
	out := make([]attrs, len(values))
	for i, v := range values {
		out[i] = attrs{"path": v}
	}
	return out
}

// syscallAction compiles the whole seccomp policy of tag, as a daemon
// renders it, and returns what its filter does with one x86_64 syscall
// (by number) and arguments: "allow", an errno name ("EPERM"), ...
func (cn *connection) syscallAction(c *check.C, tag string, nr uint32, args ...uint64) string {
	parts := strings.SplitN(tag, ".", 3)
	c.Assert(parts, check.HasLen, 3, check.Commentf("tag %q", tag))
	info := cn.Snap(parts[1])
	c.Assert(info, check.NotNil)
	_, sc := cn.specs(c, parts[1])
	policies, err := seccomp.RenderSnapPolicies(info, sc)
	c.Assert(err, check.IsNil)
	for _, p := range policies {
		if p.Tag != tag {
			continue
		}
		filter, err := compiler.Compile(context.Background(), p.Text.String())
		c.Assert(err, check.IsNil)
		loaded, err := scgrants.Load(filter)
		c.Assert(err, check.IsNil)
		ret, err := loaded.Evaluate(scgrants.AuditArchX86_64, nr, args...)
		c.Assert(err, check.IsNil)
		return scgrants.Action(ret)
	}
	c.Fatalf("snap %q has no policy %q", parts[1], tag)
	return ""
}
