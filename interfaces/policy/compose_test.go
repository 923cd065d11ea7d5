// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"strings"
	"testing"

	"gopkg.in/check.v1"
	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/interfaces/policy"
)

func Test(t *testing.T) { check.TestingT(t) }

type composeSuite struct{}

var _ = check.Suite(&composeSuite{})

func fakeIface(name, plugs, slots string) interfaces.Interface {
	return &ifacetest.TestInterface{
		InterfaceName: name,
		InterfaceStaticInfo: interfaces.StaticInfo{
			Summary:              "s",
			BaseDeclarationPlugs: plugs,
			BaseDeclarationSlots: slots,
		},
	}
}

func (s *composeSuite) TestComposeOrdersAndNests(c *check.C) {
	text, err := policy.ComposeBaseDeclaration([]interfaces.Interface{
		fakeIface("zeta", "", "\nallow-installation:\n  slot-snap-type:\n    - core\n"),
		fakeIface("alpha", "\nallow-installation: false\ndeny-auto-connection: true\n", "true"),
		fakeIface("mid", "\nallow-connection:\n  plug-names:\n    - \"$INTERFACE\"\n", "\nallow-installation:\n  slot-snap-type:\n    - app\n    - core\n"),
	})
	c.Assert(err, check.IsNil)
	c.Check(string(text), check.Equals, `type: base-declaration
plugs:
  alpha:
    allow-installation: false
    deny-auto-connection: true
  mid:
    allow-connection:
      plug-names:
        - "$INTERFACE"
slots:
  alpha: true
  mid:
    allow-installation:
      slot-snap-type:
        - app
        - core
  zeta:
    allow-installation:
      slot-snap-type:
        - core
`)
	decl, err := policy.ParseDeclaration(text, "")
	c.Assert(err, check.IsNil)
	c.Check(decl.Plugs, check.HasLen, 2)
	c.Check(decl.Slots, check.HasLen, 3)
	c.Check(decl.Slots["alpha"].Subrule(policy.AllowConnection).Alternatives, check.HasLen, 1)
	c.Check(decl.Slots["alpha"].Subrule(policy.DenyConnection).Alternatives, check.HasLen, 0)
}

func (s *composeSuite) TestComposeRefusesTabs(c *check.C) {
	_, err := policy.ComposeBaseDeclaration([]interfaces.Interface{
		fakeIface("tabbed", "\nallow-installation:\n\tslot-snap-type: core\n", "true"),
	})
	c.Check(err, check.ErrorMatches, `cannot compose base declaration: plug rule of interface "tabbed": fragment has a tab, which YAML does not allow for indentation`)
}

func (s *composeSuite) TestBuiltinBaseDeclaration(c *check.C) {
	text, err := policy.BuiltinBaseDeclaration()
	c.Assert(err, check.IsNil)
	c.Check(strings.HasPrefix(string(text), "type: base-declaration\nplugs:\n"), check.Equals, true)
	var raw map[string]interface{}
	c.Assert(yaml.Unmarshal(text, &raw), check.IsNil)
	decl, err := policy.ParseDeclaration(text, "base-declaration.yaml")
	c.Assert(err, check.IsNil)
	for _, iface := range builtin.Interfaces() {
		_, ok := decl.Slots[iface.Name()]
		c.Check(ok, check.Equals, true, check.Commentf("%q", iface.Name()))
	}
	mp := decl.Plugs["multipass-support"]
	c.Assert(mp, check.NotNil)
	c.Check(mp.Subrule(policy.AllowInstallation).Shortcut, check.Equals, true)
	c.Check(mp.Subrule(policy.AllowInstallation).Alternatives, check.HasLen, 0)
	c.Check(mp.Subrule(policy.DenyAutoConnection).Alternatives, check.HasLen, 1)
	c.Check(mp.Subrule(policy.AllowConnection), check.IsNil)
}
