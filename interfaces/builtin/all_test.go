// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/testutil"
)

// Invariants every interface of the catalogue keeps. Each check walks
// the whole registry, so a new interface is covered the moment it
// registers.
type allSuite struct{}

var _ = check.Suite(&allSuite{})

// leftoverPlaceholder matches what a half-rendered template leaves: a
// label placeholder, or a text/template action. AppArmor's own nested
// braces ("{@{SNAP_NAME},...}") are fine.
const leftoverPlaceholder = `(?s).*(###|\{\{-?\s*(\.|end|if|range|else|with|template)).*`

var goodSummary = regexp.MustCompile(`^[a-z][^\n]*[^.\s]$`)

func (s *allSuite) TestNamesAndSummaries(c *check.C) {
	for _, iface := range builtin.Interfaces() {
		name := iface.Name()
		c.Check(interfaces.ValidateName(name), check.IsNil)
		si := iface.StaticInfo()
		c.Check(si.Summary, check.Matches, goodSummary.String(), check.Commentf("summary of %q: lowercase, one line, no trailing period", name))
		if si.DocURL != "" {
			c.Check(si.DocURL, check.Matches, `https://\S+`, check.Commentf("doc URL of %q", name))
		}
	}
}

func (s *allSuite) TestOneFileAndOneTestFilePerInterface(c *check.C) {
	for _, iface := range builtin.Interfaces() {
		base := strings.ReplaceAll(iface.Name(), "-", "_")
		for _, file := range []string{base + ".go", base + "_test.go"} {
			_, err := os.Stat(file)
			c.Check(err, check.IsNil, check.Commentf("interface %q lives in %s", iface.Name(), file))
		}
		src, err := os.ReadFile(base + ".go")
		if err != nil {
			continue
		}
		c.Check(string(src), check.Matches, `(?s).*registerIface\(.*`, check.Commentf("%s.go registers its interface", base))
	}
}

func (s *allSuite) TestDeclarationFragmentsCompile(c *check.C) {
	for _, iface := range builtin.Interfaces() {
		si := iface.StaticInfo()
		// Every interface says who may carry its slot.
		c.Check(strings.TrimSpace(si.BaseDeclarationSlots), check.Not(check.Equals), "", check.Commentf("slot rule of %q", iface.Name()))
		text, err := policy.ComposeBaseDeclaration([]interfaces.Interface{iface})
		c.Assert(err, check.IsNil)
		decl, err := policy.ParseDeclaration(text, iface.Name()+".yaml")
		if !c.Check(err, check.IsNil, check.Commentf("declaration of %q:\n%s", iface.Name(), text)) {
			continue
		}
		_, ok := decl.Slots[iface.Name()]
		c.Check(ok, check.Equals, true, check.Commentf("slot rule of %q", iface.Name()))
		if strings.TrimSpace(si.BaseDeclarationPlugs) != "" {
			_, ok := decl.Plugs[iface.Name()]
			c.Check(ok, check.Equals, true, check.Commentf("plug rule of %q", iface.Name()))
		}
	}
}

// attributeOnly lists interfaces whose hooks add nothing for a plug and
// slot without attributes; their own tests cover their policy.
var attributeOnly = map[string]bool{
	// A bare plug or slot is refused: the policy comes from attributes.
	"content":        true,
	"dbus":           true,
	"personal-files": true,
	"system-files":   true,
	// A bare app slot is refused and a bare plug gets nothing from the
	// system slot; only "private: true" or named objects get rules.
	"shared-memory": true,
	// The snap daemon checks the connection itself; no rules at all.
	"snap-themes-control":  true,
	"snap-refresh-observe": true,
	// A gadget's or the system's slot names its one device with
	// attributes; a bare slot is refused, so a bare connection renders
	// nothing. Their own tests render them with attributes.
	"gpio":        true,
	"i2c":         true,
	"pwm":         true,
	"serial-port": true,
	"spi":         true,
	// A marker for the Firmware Updater snap: what it grants is a
	// permission of the snap daemon, so it adds no rules at all.
	"firmware-updater-support": true,
	// It asks the host to load the openvswitch kernel module, for which
	// snapiface has no backend; it has no policy text.
	"openvswitch-support": true,
}

func (s *allSuite) TestPolicyTextHasDescriptionAndNoPlaceholders(c *check.C) {
	for _, iface := range builtin.Interfaces() {
		d, err := builtin.Describe(iface)
		c.Assert(err, check.IsNil, check.Commentf("%q", iface.Name()))
		texts := map[string]string{
			"apparmor connected plug": d.AppArmor.ConnectedPlug,
			"apparmor connected slot": d.AppArmor.ConnectedSlot,
			"apparmor permanent plug": d.AppArmor.PermanentPlug,
			"apparmor permanent slot": d.AppArmor.PermanentSlot,
			"seccomp connected plug":  d.SecComp.ConnectedPlug,
			"seccomp connected slot":  d.SecComp.ConnectedSlot,
			"seccomp permanent plug":  d.SecComp.PermanentPlug,
			"seccomp permanent slot":  d.SecComp.PermanentSlot,
		}
		any := false
		for hook, text := range texts {
			if text == "" {
				continue
			}
			any = true
			comment := check.Commentf("%s of %q", hook, iface.Name())
			c.Check(text, check.Matches, `(?s)# Description: .*`, comment)
			c.Check(text, check.Not(check.Matches), leftoverPlaceholder, comment)
		}
		if !attributeOnly[iface.Name()] {
			c.Check(any, check.Equals, true, check.Commentf("%q has no policy at all", iface.Name()))
		}
	}
}

// referenceExceptions lists, per interface and column, where the
// catalogue deliberately differs from the reference behaviour, and why.
var referenceExceptions = map[string]map[string]string{
	"i2c":         {"has_apparmor_connected_plug": "a bare slot is refused (it must name its bus or device); with path or sysfs-name the plug gets that device's rules (i2c_test.go)"},
	"serial-port": {"has_apparmor_connected_plug": "a bare slot is refused (it must name its port); with a path the plug gets that port's rule (serial_port_test.go)"},
	"spi":         {"has_apparmor_connected_plug": "a bare slot is refused (it must name its node); with a path the plug gets that node's rule (spi_test.go)"},
	"libvirt":     {"has_seccomp_connected_plug": "a libvirt client only connects, sends and receives on a unix socket (passing descriptors with sendmsg), all in the base policy"},
	"shutdown":    {"has_seccomp_connected_plug": "a D-Bus client needs no syscall beyond the base allow-list; the reboot system call, which skips the clean shutdown, is deliberately not granted"},
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func (s *allSuite) TestAgreesWithReferenceFacts(c *check.C) {
	facts, err := testutil.LoadReferenceFacts()
	c.Assert(err, check.IsNil)
	for _, iface := range builtin.Interfaces() {
		row, ok := facts[iface.Name()]
		if !ok {
			continue
		}
		si := iface.StaticInfo()
		d, err := builtin.Describe(iface)
		c.Assert(err, check.IsNil)
		got := map[string]string{
			"implicit_on_core":    fmt.Sprint(si.ImplicitOnCore),
			"implicit_on_classic": fmt.Sprint(si.ImplicitOnClassic),
		}
		// A bare plug cannot be rendered where the interface needs
		// attributes; the reference says "error" there too.
		if row["needs_attributes"] == "no" && row["has_apparmor_connected_plug"] != "error" {
			got["has_apparmor_connected_plug"] = yesNo(d.AppArmor.ConnectedPlug != "")
			got["has_seccomp_connected_plug"] = yesNo(d.SecComp.ConnectedPlug != "")
		}
		for column, value := range got {
			if why, ok := referenceExceptions[iface.Name()][column]; ok {
				c.Logf("%s: %s differs from the reference on purpose: %s", iface.Name(), column, why)
				continue
			}
			c.Check(value, check.Equals, row[column], check.Commentf("%s of %q", column, iface.Name()))
		}
	}
}
