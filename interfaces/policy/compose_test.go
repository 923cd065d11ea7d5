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
	c.Check(decl.Slots["alpha"].Subrules["allow-connection"], check.Equals, true)
	c.Check(decl.Slots["alpha"].Subrules["deny-connection"], check.Equals, false)
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
	c.Check(mp.Subrules["allow-installation"], check.Equals, false)
	c.Check(mp.Subrules["deny-auto-connection"], check.Equals, true)
}

type parseSuite struct{}

var _ = check.Suite(&parseSuite{})

func (s *parseSuite) TestShapeErrors(c *check.C) {
	for _, t := range []struct {
		input, err string
	}{
		{"plugs: [\n", `decl.yaml:1: cannot parse declaration: did not find expected node content`},
		{"plugs:\n  a: b\n c: d\n", `decl.yaml:2: cannot parse declaration: did not find expected key`},
		{"- a\n- b\n", `decl.yaml:1: declaration must be a map of keys to values`},
		{"type: base-declaration\nfrobs: 1\n", `decl.yaml:2: unknown top-level key "frobs"`},
		{"plugs:\n  - a\n", `decl.yaml:1: plugs must be a map of interface names to rules`},
		{"slots:\n  gpio: 1\n", `decl.yaml:2: slot rule for interface "gpio" must be a map or one of the shortcuts 'true' or 'false'`},
		{"slots:\n  gpio: {}\n", `decl.yaml:2: slot rule for interface "gpio" must name at least one subrule`},
		{"plugs:\n  gpio:\n    allow-frobbing: true\n", `decl.yaml:3: plug rule for interface "gpio" has unknown subrule "allow-frobbing"`},
		{"slots:\n  gpio:\n    allow-installation: true\n    allow-connection: yes-please\n", `decl.yaml:4: allow-connection in slot rule for interface "gpio" must be a map or one of the shortcuts 'true' or 'false'`},
	} {
		_, err := policy.ParseDeclaration([]byte(t.input), "decl.yaml")
		c.Check(err, check.ErrorMatches, t.err, check.Commentf("%q", t.input))
	}
}

func (s *parseSuite) TestAllProblemsReported(c *check.C) {
	_, err := policy.ParseDeclaration([]byte("plugs:\n  a: 1\n  b:\n    nope: true\nslots:\n  c: {}\n"), "d.yaml")
	c.Assert(err, check.FitsTypeOf, policy.ErrorList{})
	list := err.(policy.ErrorList)
	c.Assert(list, check.HasLen, 3)
	c.Check(list[0].Line, check.Equals, 2)
	c.Check(list[1].Line, check.Equals, 4)
	c.Check(list[2].Line, check.Equals, 6)
	c.Check(err.Error(), check.Equals, `d.yaml:2: plug rule for interface "a" must be a map or one of the shortcuts 'true' or 'false'
d.yaml:4: plug rule for interface "b" has unknown subrule "nope"
d.yaml:6: slot rule for interface "c" must name at least one subrule`)
}
