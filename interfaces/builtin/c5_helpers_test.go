// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

// Test helpers of the device and container interfaces (raw-usb,
// serial-port, gpio, ..., docker, lxd, kubernetes-support).

// The snaps of a connection: "consumer" has two apps, "user", which
// plugs the interface, and "other", which does not; "provider" serves
// the slot from its app "service", and its "cli" does not.
const c5UserTag = "snap.consumer.user"

// c5ConsumerYaml is the consumer snap, plugging iface with the given
// attributes (YAML lines, each "key: value").
func c5ConsumerYaml(iface string, attrs ...string) string {
	return fmt.Sprintf(`name: consumer
version: "1"
apps:
  user:
    command: bin/user
    plugs: [plug]
  other:
    command: bin/other
plugs:
  plug:
    interface: %s
%s`, iface, c5Indent(attrs))
}

// c5ProviderYaml is the provider snap, of the given type, serving a
// slot of iface with the given attributes.
func c5ProviderYaml(typ snap.Type, iface string, attrs ...string) string {
	return fmt.Sprintf(`name: provider
version: "1"
type: %s
apps:
  service:
    command: bin/service
    daemon: simple
    slots: [slot]
  cli:
    command: bin/cli
slots:
  slot:
    interface: %s
%s`, typ, iface, c5Indent(attrs))
}

func c5Indent(attrs []string) string {
	var b strings.Builder
	for _, attr := range attrs {
		b.WriteString("    " + attr + "\n")
	}
	return b.String()
}

// c5Connected is a repository holding the system snap, the consumer
// and, when providerYaml is not "", the provider (under whatever name
// it has), with consumer:plug connected to the provider's slot, or else
// to the system's slot of the interface.
type c5Connected struct {
	repo     *interfaces.Repository
	provider string
}

func newC5Connected(c *check.C, sys builtin.System, consumerYaml, providerYaml string) *c5Connected {
	cc := &c5Connected{repo: builtin.NewRepository(), provider: builtin.SystemSnapName}
	_, err := cc.repo.AddSnap(builtin.SystemSnap(sys))
	c.Assert(err, check.IsNil)
	for _, yaml := range []string{consumerYaml, providerYaml} {
		if yaml == "" {
			continue
		}
		info, err := snap.InfoFromSnapYaml([]byte(yaml))
		c.Assert(err, check.IsNil)
		dropped, err := cc.repo.AddSnap(info)
		c.Assert(err, check.IsNil)
		c.Assert(dropped, check.HasLen, 0)
		if yaml == providerYaml {
			cc.provider = info.InstanceName()
		}
	}
	slotRef := interfaces.SlotRef{Snap: cc.provider, Name: "slot"}
	if cc.provider == builtin.SystemSnapName {
		slotRef.Name = cc.repo.Plug("consumer", "plug").Interface
	}
	_, err = cc.repo.Connect(interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: "consumer", Name: "plug"}, SlotRef: slotRef}, nil, nil)
	c.Assert(err, check.IsNil)
	return cc
}

// specs returns the AppArmor and seccomp specifications of a snap.
func (cc *c5Connected) specs(c *check.C, snapName string) (*apparmor.Specification, *seccomp.Specification) {
	aa := &apparmor.Specification{}
	c.Assert(cc.repo.SnapSpecification(aa, snapName), check.IsNil)
	sc := &seccomp.Specification{}
	c.Assert(cc.repo.SnapSpecification(sc, snapName), check.IsNil)
	return aa, sc
}

// plugSide returns the AppArmor and seccomp text of the plugging app,
// checking that the app that does not plug the interface gets none.
func (cc *c5Connected) plugSide(c *check.C) (aa, sc string) {
	return cc.side(c, "consumer", "user", "other")
}

// slotSide returns the AppArmor and seccomp text of the provider's
// serving app, checking that its app that does not serve the slot gets
// none.
func (cc *c5Connected) slotSide(c *check.C) (aa, sc string) {
	return cc.side(c, cc.provider, "service", "cli")
}

func (cc *c5Connected) side(c *check.C, snapName, app, otherApp string) (aa, sc string) {
	aaSpec, scSpec := cc.specs(c, snapName)
	other := snap.AppSecurityTag(snapName, otherApp)
	c.Check(aaSpec.SnippetForTag(other), check.Equals, "")
	c.Check(scSpec.SnippetForTag(other), check.Equals, "")
	tag := snap.AppSecurityTag(snapName, app)
	return aaSpec.SnippetForTag(tag), scSpec.SnippetForTag(tag)
}

// checkServed checks the policy of a service slot served by the
// provider: the plug names the serving app's label, and the serving app
// gets the given rules, names the plugging app's label, and serves its
// sockets (listen and accept).
func (cc *c5Connected) checkServed(c *check.C, slotRules ...string) {
	plugAA, plugSC := cc.plugSide(c)
	c5CheckRules(c, plugAA, "unix (connect, send, receive) type=stream peer=(label=snap."+cc.provider+".service),")
	aa, sc := cc.slotSide(c)
	c5CheckRules(c, aa, append(slotRules, "unix (receive, send) type=stream peer=(label="+c5UserTag+"),")...)
	c5CheckRules(c, sc, "listen", "accept", "accept4")
	c5CheckExplained(c, plugAA, plugSC, aa, sc)
	c5CheckAppArmorCompiles(c, plugAA, aa)
	c5CheckSecCompParses(c, plugSC, sc)
}

// c5RuleLines returns the lines of a policy text that are not comments.
func c5RuleLines(text string) []string {
	var rules []string
	for _, line := range lines(text) {
		if !strings.HasPrefix(line, "#") {
			rules = append(rules, line)
		}
	}
	return rules
}

// c5CheckRules checks that text holds each rule as a line of its own.
func c5CheckRules(c *check.C, text string, rules ...string) {
	got := lines(text)
	for _, rule := range rules {
		c.Check(got, testutil.Contains, rule)
	}
}

// c5Contains is testutil.Contains when want is set, its negation
// otherwise.
func c5Contains(want bool) check.Checker {
	if want {
		return testutil.Contains
	}
	return check.Not(testutil.Contains)
}

// c5CheckNoRules checks that no line of text starts with any of the
// given prefixes: what an interface must not grant.
func c5CheckNoRules(c *check.C, text string, prefixes ...string) {
	for _, line := range c5RuleLines(text) {
		for _, prefix := range prefixes {
			c.Check(strings.HasPrefix(line, prefix), check.Equals, false, check.Commentf("line %q starts with %q", line, prefix))
		}
	}
}

// c5StaticInfo is what an interface says of itself.
type c5StaticInfo struct {
	summary           string
	implicitOnCore    bool
	implicitOnClassic bool
	plugs, slots      string
}

// c5CheckStaticInfo checks an interface's static info; fragments are
// compared without their surrounding blank lines.
func c5CheckStaticInfo(c *check.C, name string, want c5StaticInfo) {
	iface, err := builtin.ByName(name)
	c.Assert(err, check.IsNil)
	si := iface.StaticInfo()
	c.Check(si.Summary, check.Equals, want.summary)
	c.Check(si.ImplicitOnCore, check.Equals, want.implicitOnCore)
	c.Check(si.ImplicitOnClassic, check.Equals, want.implicitOnClassic)
	c.Check(strings.TrimSpace(si.BaseDeclarationPlugs), check.Equals, strings.TrimSpace(want.plugs))
	c.Check(strings.TrimSpace(si.BaseDeclarationSlots), check.Equals, strings.TrimSpace(want.slots))
}

// The base-declaration fragments most of these interfaces share.
const (
	c5SystemSlotOnly = `
allow-installation:
  slot-snap-type:
    - core
deny-auto-connection: true`
	c5SystemOrGadgetSlot = `
allow-installation:
  slot-snap-type:
    - core
    - gadget
deny-auto-connection: true`
	c5PlugNeedsDeclaration = `
allow-installation: false
deny-auto-connection: true`
)

// c5CheckExplained checks that each group of rules of a policy text,
// groups being separated by blank lines, opens with a comment saying
// why, and that the text opens with a description.
func c5CheckExplained(c *check.C, texts ...string) {
	for _, text := range texts {
		if text == "" {
			continue
		}
		c.Check(text, check.Matches, `(?s)# Description: .*`)
		for _, group := range strings.Split(text, "\n\n") {
			group = strings.TrimSpace(group)
			c.Check(group, check.Matches, `(?s)#.*`, check.Commentf("group without a comment:\n%s", group))
		}
	}
}

// c5AppArmorParser finds apparmor_parser on PATH or in /sbin, or fails
// (in CI) or skips the test.
func c5AppArmorParser(c *check.C) string {
	if path, err := exec.LookPath("apparmor_parser"); err == nil {
		return path
	}
	return testutil.RequireTool(c, "/sbin/apparmor_parser")
}

// c5ProfileHead declares what snippets may refer to, as a whole
// profile does.
const c5ProfileHead = `abi <abi/3.0>,
#include <tunables/global>
@{SNAP_NAME}="consumer"
@{SNAP_INSTANCE_NAME}="consumer"
@{SNAP_COMMAND_NAME}="user"
@{SNAP_REVISION}="x1"
@{PROFILE_DBUS}="snap_2e_consumer_2e_user"
@{INSTALL_DIR}="/snap"
profile snap.consumer.user flags=(attach_disconnected,mediate_deleted) {
  #include <abstractions/base>
`

// c5CheckAppArmorCompiles compiles each text, wrapped in a minimal
// profile, with apparmor_parser, without a kernel.
func c5CheckAppArmorCompiles(c *check.C, texts ...string) {
	parser := c5AppArmorParser(c)
	dir := c.MkDir()
	for i, text := range texts {
		path := filepath.Join(dir, fmt.Sprintf("profile%d", i))
		c.Assert(os.WriteFile(path, []byte(c5ProfileHead+text+"\n}\n"), 0o644), check.IsNil)
		out, err := exec.Command(parser, "-QK", "--config-file", "/dev/null",
			"-M", "/usr/share/apparmor-features/features", path).CombinedOutput()
		c.Check(err, check.IsNil, check.Commentf("%s\n%s", out, text))
	}
}

// c5CheckSecCompParses parses each text with the base policy, as a
// whole policy is parsed before it is compiled.
func c5CheckSecCompParses(c *check.C, texts ...string) {
	for _, text := range texts {
		_, err := seccomp.Parse(seccomp.BasePolicy + text)
		c.Check(err, check.IsNil, check.Commentf("%s", text))
	}
}

// c5SanitizerCase is one row of a sanitizer table: attributes, and the
// error they must give ("" for none).
type c5SanitizerCase struct {
	attrs map[string]interface{}
	err   string
}

// c5CheckSlotSanitizer runs an interface's slot sanitizer on a slot of
// a gadget for each row.
func c5CheckSlotSanitizer(c *check.C, name string, table []c5SanitizerCase) {
	iface, err := builtin.ByName(name)
	c.Assert(err, check.IsNil)
	sanitizer, ok := iface.(interfaces.SlotSanitizer)
	c.Assert(ok, check.Equals, true)
	info := &snap.Info{SuggestedName: "gadget", Type: snap.TypeGadget}
	c5CheckSanitizer(c, table, func(attrs map[string]interface{}) error {
		return sanitizer.BeforePrepareSlot(&snap.SlotInfo{Snap: info, Name: "slot", Interface: name, Attrs: attrs})
	})
}

// c5CheckPlugSanitizer runs an interface's plug sanitizer on a plug of
// an app snap for each row.
func c5CheckPlugSanitizer(c *check.C, name string, table []c5SanitizerCase) {
	iface, err := builtin.ByName(name)
	c.Assert(err, check.IsNil)
	sanitizer, ok := iface.(interfaces.PlugSanitizer)
	c.Assert(ok, check.Equals, true)
	info := &snap.Info{SuggestedName: "consumer", Type: snap.TypeApp}
	c5CheckSanitizer(c, table, func(attrs map[string]interface{}) error {
		return sanitizer.BeforePreparePlug(&snap.PlugInfo{Snap: info, Name: "plug", Interface: name, Attrs: attrs})
	})
}

func c5CheckSanitizer(c *check.C, table []c5SanitizerCase, sanitize func(map[string]interface{}) error) {
	for _, t := range table {
		err := sanitize(t.attrs)
		comment := check.Commentf("%#v", t.attrs)
		if t.err == "" {
			c.Check(err, check.IsNil, comment)
		} else {
			c.Check(err, check.ErrorMatches, t.err, comment)
		}
	}
}

// c5InjectionValues are string values that would add, widen or break a
// rule if they reached policy text as they are. Each must be refused
// wherever a string attribute is interpolated.
var c5InjectionValues = []string{
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

// c5CorpusSnap reads a snap of the shared corpus, or skips the test
// when the corpus is not beside the checkout.
func c5CorpusSnap(c *check.C, file string) *snap.Info {
	shared := testutil.SharedDir()
	if shared == "" {
		c.Skip("no ../shared beside the checkout")
	}
	info, err := snap.ReadInfo(filepath.Join(shared, "corpus", file))
	c.Assert(err, check.IsNil)
	return info
}

type c5GadgetSuite struct{}

var _ = check.Suite(&c5GadgetSuite{})

// Every device slot of the Raspberry Pi gadget passes its sanitizer,
// and a plug connected to one gets that device's rule.
func (s *c5GadgetSuite) TestPiGadgetSlots(c *check.C) {
	gadget := c5CorpusSnap(c, "snapcore__pi-gadget.yaml")
	repo := builtin.NewRepository()
	dropped, err := repo.AddSnap(gadget)
	c.Assert(err, check.IsNil)
	c.Check(dropped, check.HasLen, 0)
	count := map[string]int{}
	for _, slot := range repo.Slots("pi") {
		count[slot.Interface]++
	}
	c.Check(count, check.DeepEquals, map[string]int{"gpio": 28, "i2c": 7, "serial-port": 11, "spi": 14, "pwm": 2})

	for _, t := range []struct{ iface, slot, rule string }{
		{"gpio", "bcm-gpio-17", "@{sys}/devices/**/gpio/gpio17/{active_low,direction,edge,value} rw,"},
		{"i2c", "i2c-1", "/dev/i2c-1 rw,"},
		{"serial-port", "bt-serial", "/dev/ttyAMA0 rwk,"},
		{"spi", "spidev1-0", "/dev/spidev1.0 rw,"},
		{"pwm", "pwm1", "@{sys}/devices/**/pwm/pwmchip0/pwm1/{capture,duty_cycle,enable,period,polarity} rw,"},
	} {
		iface, err := builtin.ByName(t.iface)
		c.Assert(err, check.IsNil)
		consumer, err := snap.InfoFromSnapYaml([]byte(c5ConsumerYaml(t.iface)))
		c.Assert(err, check.IsNil)
		spec := &apparmor.Specification{}
		err = spec.AddConnectedPlug(iface, interfaces.NewConnectedPlug(consumer.Plugs["plug"], nil), interfaces.NewConnectedSlot(repo.Slot("pi", t.slot), nil))
		c.Assert(err, check.IsNil)
		c5CheckRules(c, spec.SnippetForTag(c5UserTag), t.rule)
	}
}
