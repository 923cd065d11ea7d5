// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

// Shared test helpers of the desktop, graphics, audio and device
// interfaces (group C3), and the tests that run over all of them.

// c3Names are the interfaces of the group.
var c3Names = []string{
	"alsa", "audio-playback", "audio-record", "browser-support", "camera",
	"desktop", "desktop-launch", "desktop-legacy", "gsettings", "jack1",
	"joystick", "mir", "opengl", "pulseaudio", "screen-inhibit-control",
	"steam-support", "unity7", "wayland", "x11",
}

// Base-declaration fragments the group's interfaces share.
const (
	// The system carries the slot; plugs auto-connect.
	c3SystemSlot = "allow-installation:\n  slot-snap-type:\n    - core"
	// The system carries the slot; plugs connect manually.
	c3ManualSystemSlot = c3SystemSlot + "\ndeny-auto-connection: true"
	// A plug only for snaps with a declaration, never auto-connected.
	c3DeclaredPlug = "allow-installation: false\ndeny-auto-connection: true"
	// A service the system or an app provides: the system's auto-connects
	// on classic; an app's needs a declaration on core and to auto-connect.
	c3ServiceSlot = "allow-installation:\n  slot-snap-type:\n    - app\n    - core\n" +
		"deny-connection:\n  on-classic: false\n" +
		"deny-auto-connection:\n  - on-classic: false\n  - slot-snap-type:\n      - app"
	// The same, never auto-connected.
	c3ManualServiceSlot = "allow-installation:\n  slot-snap-type:\n    - app\n    - core\n" +
		"deny-connection:\n  on-classic: false\ndeny-auto-connection: true"
)

// c3Expect is what an interface of the group promises: its static facts,
// its base-declaration fragments, and rules each hook must add.
type c3Expect struct {
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

// Consumer and provider snaps: in each, one app is bound to the plug or
// slot and one is not, so that tests can tell rules reach only the tags
// they should.
const (
	c3ConsumerYaml = `name: consumer
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
%s`
	c3ProviderYaml = `name: provider
version: "1"
apps:
  server:
    command: bin/server
    slots: [slot]
  tool:
    command: bin/tool
slots:
  slot:
    interface: %s
`
	c3PlugTag     = "snap.consumer.app"
	c3OtherTag    = "snap.consumer.other"
	c3ServerTag   = "snap.provider.server"
	c3ToolTag     = "snap.provider.tool"
	c3SystemLabel = "label=unconfined"
)

// c3Specs is the policy a snap gets: AppArmor and seccomp.
type c3Specs struct {
	aa *apparmor.Specification
	sc *seccomp.Specification
}

func c3AddSnap(c *check.C, repo *interfaces.Repository, yaml string) {
	info, err := snap.InfoFromSnapYaml([]byte(yaml))
	c.Assert(err, check.IsNil)
	dropped, err := repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
}

func c3SnapSpecs(c *check.C, repo *interfaces.Repository, snapName string) c3Specs {
	s := c3Specs{aa: &apparmor.Specification{}, sc: &seccomp.Specification{}}
	c.Assert(repo.SnapSpecification(s.aa, snapName), check.IsNil)
	c.Assert(repo.SnapSpecification(s.sc, snapName), check.IsNil)
	return s
}

// c3PlugAttrs indents plug attributes, given as "key: value" lines, under
// the consumer's plug.
func c3PlugAttrs(attrs string) string {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(attrs), "\n") {
		if line != "" {
			b.WriteString("    " + line + "\n")
		}
	}
	return b.String()
}

// c3ConnectToSystem connects the consumer's plug, with the given
// attributes, to the system's slot, and returns the consumer's policy.
func c3ConnectToSystem(c *check.C, iface string, sys builtin.System, plugAttrs string) c3Specs {
	repo := builtin.NewRepository()
	_, err := repo.AddSnap(builtin.SystemSnap(sys))
	c.Assert(err, check.IsNil)
	c3AddSnap(c, repo, fmt.Sprintf(c3ConsumerYaml, iface, c3PlugAttrs(plugAttrs)))
	_, err = repo.Connect(interfaces.ConnRef{
		PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "plug"},
		SlotRef: interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: iface},
	}, nil, nil)
	c.Assert(err, check.IsNil)
	return c3SnapSpecs(c, repo, "consumer")
}

// c3ConnectToProvider connects the consumer's plug to an app snap's
// slot, and returns the consumer's and the provider's policy.
func c3ConnectToProvider(c *check.C, iface string) (plugSide, slotSide c3Specs) {
	repo := builtin.NewRepository()
	c3AddSnap(c, repo, fmt.Sprintf(c3ConsumerYaml, iface, ""))
	c3AddSnap(c, repo, fmt.Sprintf(c3ProviderYaml, iface))
	_, err := repo.Connect(interfaces.ConnRef{
		PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "plug"},
		SlotRef: interfaces.SlotRef{Snap: "provider", Name: "slot"},
	}, nil, nil)
	c.Assert(err, check.IsNil)
	return c3SnapSpecs(c, repo, "consumer"), c3SnapSpecs(c, repo, "provider")
}

// c3CheckTagRules checks that tag's text has every rule, that the
// unbound tag has nothing, and that no placeholder is left.
func c3CheckTagRules(c *check.C, text, unbound string, rules []string, comment check.CommentInterface) {
	for _, rule := range rules {
		c.Check(text, testutil.Contains, rule, comment)
	}
	c.Check(text, check.Not(testutil.Contains), "###", comment)
	c.Check(unbound, check.Equals, "", comment)
}

// checkC3Interface checks everything an interface of the group promises.
func checkC3Interface(c *check.C, e c3Expect) {
	iface, err := builtin.ByName(e.name)
	c.Assert(err, check.IsNil)
	si := iface.StaticInfo()
	c.Check(si.Summary, check.Equals, e.summary)
	c.Check(si.ImplicitOnCore, check.Equals, e.onCore)
	c.Check(si.ImplicitOnClassic, check.Equals, e.onClassic)
	c.Check(strings.TrimSpace(si.BaseDeclarationPlugs), check.Equals, e.plugDecl)
	c.Check(strings.TrimSpace(si.BaseDeclarationSlots), check.Equals, e.slotDecl)

	var peer string
	if e.onClassic || e.onCore {
		sys := builtin.Classic
		if !e.onClassic {
			sys = builtin.Core
		}
		specs := c3ConnectToSystem(c, e.name, sys, "")
		comment := check.Commentf("%s connected to the system", e.name)
		c.Check(specs.aa.SecurityTags(), check.DeepEquals, []string{c3PlugTag}, comment)
		aaText := specs.aa.SnippetForTag(c3PlugTag)
		c3CheckTagRules(c, aaText, specs.aa.SnippetForTag(c3OtherTag), e.plugAppArmor, comment)
		c3CheckTagRules(c, specs.sc.SnippetForTag(c3PlugTag), specs.sc.SnippetForTag(c3OtherTag), e.plugSecComp, comment)
		if len(e.plugSecComp) == 0 {
			c.Check(specs.sc.SecurityTags(), check.HasLen, 0, comment)
		}
		if strings.Contains(aaText, "peer=(label=") {
			// The system's services are the host's own processes.
			c.Check(aaText, testutil.Contains, c3SystemLabel, comment)
			peer = "label=" + c3ServerTag
		}
	}
	if !e.appProvidedSlotOnly && len(e.slotAppArmor)+len(e.permanentSlotAA)+len(e.permanentSlotSC) == 0 {
		return
	}
	plugSide, slotSide := c3ConnectToProvider(c, e.name)
	comment := check.Commentf("%s connected to an app's slot", e.name)
	plugText := plugSide.aa.SnippetForTag(c3PlugTag)
	c3CheckTagRules(c, plugText, plugSide.aa.SnippetForTag(c3OtherTag), e.plugAppArmor, comment)
	if peer != "" || e.appProvidedSlotOnly {
		// The plug side names the serving app, not the host.
		c.Check(plugText, testutil.Contains, "label="+c3ServerTag, comment)
		c.Check(plugText, check.Not(testutil.Contains), c3SystemLabel, comment)
	}
	slotText := slotSide.aa.SnippetForTag(c3ServerTag)
	rules := append(append([]string{}, e.slotAppArmor...), e.permanentSlotAA...)
	c3CheckTagRules(c, slotText, slotSide.aa.SnippetForTag(c3ToolTag), rules, comment)
	c3CheckTagRules(c, slotSide.sc.SnippetForTag(c3ServerTag), slotSide.sc.SnippetForTag(c3ToolTag), e.permanentSlotSC, comment)
	if len(e.slotAppArmor) > 0 {
		// The slot side names its client.
		c.Check(slotText, testutil.Contains, "label="+c3PlugTag, comment)
	}
}

// c3NoAppArmor4Rules checks that text has none of the rules of the
// AppArmor 4 ABI, which the 3.0 parser refuses.
func c3NoAppArmor4Rules(c *check.C, text string) {
	for _, line := range strings.Split(text, "\n") {
		c.Check(line, check.Not(check.Matches), `\s*(userns|mqueue|io_uring|all)\b.*`)
	}
}

// c3BadBools are values a boolean attribute must refuse: strings that
// would mean something to AppArmor or YAML readers, and other types.
var c3BadBools = []interface{}{
	"true", "yes", "true,\n/** rwk", "{true,false}", `"true"`, "*", "@{HOME}", "../..",
	int64(1), []interface{}{true}, map[string]interface{}{"a": true},
}

// c3CheckBoolAttr checks that a plug sanitizer takes true, false and a
// missing attribute, and refuses every other value of key.
func c3CheckBoolAttr(c *check.C, ifaceName, key string) {
	iface, err := builtin.ByName(ifaceName)
	c.Assert(err, check.IsNil)
	sanitizer, ok := iface.(interfaces.PlugSanitizer)
	c.Assert(ok, check.Equals, true)
	plug := func(attrs map[string]interface{}) *snap.PlugInfo {
		return &snap.PlugInfo{Snap: &snap.Info{SuggestedName: "consumer"}, Name: "plug", Interface: ifaceName, Attrs: attrs}
	}
	for _, attrs := range []map[string]interface{}{nil, {key: true}, {key: false}} {
		c.Check(sanitizer.BeforePreparePlug(plug(attrs)), check.IsNil, check.Commentf("%v", attrs))
	}
	for _, value := range c3BadBools {
		err := sanitizer.BeforePreparePlug(plug(map[string]interface{}{key: value}))
		c.Check(err, check.ErrorMatches, fmt.Sprintf(`cannot use plug "plug": attribute %q must be true or false`, key), check.Commentf("%#v", value))
	}
}

// aaProfileHeader and aaProfileWrapper make policy snippets whole
// profiles, with the variables a snap's profile defines; several
// profiles may share one file.
const (
	aaProfileHeader = `abi <abi/3.0>,
#include <tunables/global>
@{SNAP_NAME}="consumer"
@{SNAP_INSTANCE_NAME}="consumer"
@{SNAP_COMMAND_NAME}="app"
@{SNAP_REVISION}="x1"
@{PROFILE_DBUS}="snap_2e_consumer_2e_app"
@{INSTALL_DIR}="/snap"
`
	aaProfileWrapper = `profile snap.consumer.app%d flags=(attach_disconnected,mediate_deleted) {
  #include <abstractions/base>
%s
}
`
)

// aaFeaturesFile is the feature set snippets are compiled against, so
// that the answer does not depend on the host's kernel.
const aaFeaturesFile = "/usr/share/apparmor-features/features"

// checkAppArmorCompiles compiles policy snippets, each wrapped in a
// profile, with apparmor_parser, without loading them. All go to the
// parser at once; when that fails, each is compiled alone to say which.
func checkAppArmorCompiles(c *check.C, snippets map[string]string) {
	// apparmor_parser is often in /sbin, off a user's PATH.
	name := "apparmor_parser"
	if _, err := exec.LookPath(name); err != nil {
		name = "/sbin/apparmor_parser"
	}
	parser := testutil.RequireTool(c, name)
	args := []string{"-QK", "--config-file", "/dev/null"}
	if _, err := os.Stat(aaFeaturesFile); err == nil {
		args = append(args, "-M", aaFeaturesFile)
	}
	dir := c.MkDir()
	compile := func(whats []string) ([]byte, error) {
		var b strings.Builder
		b.WriteString(aaProfileHeader)
		for i, what := range whats {
			fmt.Fprintf(&b, aaProfileWrapper, i, snippets[what])
		}
		file := filepath.Join(dir, "profiles")
		if err := os.WriteFile(file, []byte(b.String()), 0644); err != nil {
			return nil, err
		}
		return exec.Command(parser, append(args, file)...).CombinedOutput()
	}
	whats := make([]string, 0, len(snippets))
	for what := range snippets {
		whats = append(whats, what)
	}
	sort.Strings(whats)
	out, err := compile(whats)
	if err == nil {
		return
	}
	c.Logf("batch failed: %s", out)
	for _, what := range whats {
		out, err := compile([]string{what})
		c.Check(err, check.IsNil, check.Commentf("%s does not compile: %s\n%s", what, out, snippets[what]))
	}
}

// checkSecCompParses parses a seccomp snippet with the backend's parser.
func checkSecCompParses(c *check.C, what, snippet string) {
	_, err := seccomp.Parse(snippet)
	c.Check(err, check.IsNil, check.Commentf("%s:\n%s", what, snippet))
}

type c3Suite struct{}

var _ = check.Suite(&c3Suite{})

// c3Variants are plug attributes that change an interface's policy.
var c3Variants = []struct{ iface, attrs string }{
	{"browser-support", "allow-sandbox: true"},
	{"browser-support", "allow-sandbox: false"},
	{"desktop", "mount-host-font-cache: false"},
}

func (s *c3Suite) TestPolicyCompiles(c *check.C) {
	snippets := make(map[string]string)
	for _, name := range c3Names {
		iface, err := builtin.ByName(name)
		c.Assert(err, check.IsNil)
		d, err := builtin.Describe(iface)
		c.Assert(err, check.IsNil)
		for hook, text := range map[string]string{
			"connected plug": d.AppArmor.ConnectedPlug, "connected slot": d.AppArmor.ConnectedSlot,
			"permanent plug": d.AppArmor.PermanentPlug, "permanent slot": d.AppArmor.PermanentSlot,
		} {
			if text != "" {
				snippets[name+" "+hook] = text
			}
		}
		for hook, text := range map[string]string{
			"connected plug": d.SecComp.ConnectedPlug, "connected slot": d.SecComp.ConnectedSlot,
			"permanent plug": d.SecComp.PermanentPlug, "permanent slot": d.SecComp.PermanentSlot,
		} {
			checkSecCompParses(c, name+" "+hook, text)
		}
	}
	for _, v := range c3Variants {
		specs := c3ConnectToSystem(c, v.iface, builtin.Classic, v.attrs)
		snippets[v.iface+" with "+v.attrs] = specs.aa.SnippetForTag(c3PlugTag)
		checkSecCompParses(c, v.iface+" with "+v.attrs, specs.sc.SnippetForTag(c3PlugTag))
	}
	checkAppArmorCompiles(c, snippets)
}

// An app that plugs every interface of the group, each connected to the
// system on classic (or, for mir, to a display server snap), gets one
// profile that compiles.
func (s *c3Suite) TestAllConnectedCompile(c *check.C) {
	repo := builtin.NewRepository()
	_, err := repo.AddSnap(builtin.SystemSnap(builtin.Classic))
	c.Assert(err, check.IsNil)
	var yaml strings.Builder
	yaml.WriteString("name: consumer\nversion: \"1\"\napps:\n  app:\n    command: bin/app\nplugs:\n")
	for _, name := range c3Names {
		fmt.Fprintf(&yaml, "  %s:\n", name)
	}
	c3AddSnap(c, repo, yaml.String())
	c3AddSnap(c, repo, fmt.Sprintf(c3ProviderYaml, "mir"))
	for _, name := range c3Names {
		slot := interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: name}
		if name == "mir" {
			slot = interfaces.SlotRef{Snap: "provider", Name: "slot"}
		}
		_, err := repo.Connect(interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: "consumer", Name: name}, SlotRef: slot}, nil, nil)
		c.Assert(err, check.IsNil, check.Commentf("%s", name))
	}
	specs := c3SnapSpecs(c, repo, "consumer")
	text := specs.aa.SnippetForTag(c3PlugTag)
	// browser-support without allow-sandbox asks for ptrace trace to be
	// denied, and nothing in the group uses it.
	c.Check(text, testutil.Contains, apparmor.DenyPtraceTrace)
	checkAppArmorCompiles(c, map[string]string{"every interface of the group": text})
	checkSecCompParses(c, "every interface of the group", specs.sc.SnippetForTag(c3PlugTag))
}

var c3RuleGroupStart = regexp.MustCompile(`^\s*#`)

// Policy text comes in groups of rules separated by blank lines; each
// group opens with a comment saying why.
func (s *c3Suite) TestEveryRuleIsExplained(c *check.C) {
	for _, name := range c3Names {
		iface, err := builtin.ByName(name)
		c.Assert(err, check.IsNil)
		d, err := builtin.Describe(iface)
		c.Assert(err, check.IsNil)
		for _, text := range []string{
			d.AppArmor.ConnectedPlug, d.AppArmor.ConnectedSlot, d.AppArmor.PermanentPlug, d.AppArmor.PermanentSlot,
			d.SecComp.ConnectedPlug, d.SecComp.ConnectedSlot, d.SecComp.PermanentPlug, d.SecComp.PermanentSlot,
		} {
			// The ptrace denial is the specification's, not the interface's.
			text = strings.TrimSuffix(text, apparmor.DenyPtraceTrace+"\n")
			for _, group := range strings.Split(text, "\n\n") {
				if strings.TrimSpace(group) != "" {
					c.Check(c3RuleGroupStart.MatchString(group), check.Equals, true, check.Commentf("%s: group without a comment:\n%s", name, group))
				}
			}
		}
	}
}
