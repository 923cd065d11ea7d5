// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"fmt"
	"runtime"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/policy"
)

type parseSuite struct{}

var _ = check.Suite(&parseSuite{})

func (s *parseSuite) TestHeaders(c *check.C) {
	decl, err := policy.ParseDeclaration([]byte(`type: snap-declaration
authority-id: canonical
series: "16"
revision: 3
timestamp: 2026-01-01T00:00:00Z
snap-id: abcdefABCDEF0123456789abcdefABCD
publisher-id: acme
snap-name: foo-bar
`), "d.yaml")
	c.Assert(err, check.IsNil)
	c.Check(decl.Type, check.Equals, "snap-declaration")
	c.Check(decl.SnapName, check.Equals, "foo-bar")
	c.Check(decl.SnapID, check.Equals, "abcdefABCDEF0123456789abcdefABCD")
	c.Check(decl.PublisherID, check.Equals, "acme")
	c.Check(decl.IsBase(), check.Equals, false)
	c.Check(decl.String(), check.Equals, `the snap declaration of "foo-bar"`)
	c.Check(decl.File(), check.Equals, "d.yaml")

	for _, text := range []string{"", "type: base-declaration\n", "plugs:\nslots:\n"} {
		decl, err := policy.ParseDeclaration([]byte(text), "")
		c.Assert(err, check.IsNil, check.Commentf("%q", text))
		c.Check(decl.IsBase(), check.Equals, true)
		c.Check(decl.String(), check.Equals, "the base declaration")
		c.Check(decl.Plugs, check.HasLen, 0)
	}
}

// TestEveryKey parses a rule that uses every subrule and every
// constraint key in each place it is allowed.
func (s *parseSuite) TestEveryKey(c *check.C) {
	decl, err := policy.ParseDeclaration([]byte(`plugs:
  every:
    allow-installation:
      plug-snap-type: [core, kernel, gadget, app]
      plug-snap-id: [abcdefABCDEF0123456789abcdefABCD]
      plug-names: ["$INTERFACE", "foo-.*"]
      plug-attributes:
        path: /dev/.*
      on-classic: [ubuntu, fedora/*, debian/server]
      on-core-desktop: false
      on-store: [my-store]
      on-brand: [acme]
      on-model: [acme/box-1]
    deny-installation:
      plug-snap-type: gadget
    allow-connection:
      - plug-snap-type: [app]
        slot-snap-type: [core]
        plug-snap-id: [abc]
        slot-snap-id: [def]
        plug-publisher-id: [$SLOT_PUBLISHER_ID, acme]
        slot-publisher-id: [$PLUG_PUBLISHER_ID]
        plug-names: [a]
        slot-names: [$INTERFACE]
        plug-attributes:
          content: $SLOT(content)
          nested:
            deep.key: [a, b]
        slot-attributes:
          - read: $PLUG(read)
          - read: $MISSING
        slots-per-plug: "*"
        plugs-per-slot: 2
      - on-classic: true
    deny-connection:
      on-classic: false
    allow-auto-connection:
      slots-per-plug: 1
      plugs-per-slot: "*"
      plug-attributes:
        flag: true
        count: 3
    deny-auto-connection: true
slots:
  every: false
`), "every.yaml")
	c.Assert(err, check.IsNil)
	rule := decl.Plugs["every"]
	c.Assert(rule, check.NotNil)
	c.Check(rule.Side, check.Equals, policy.PlugSide)
	c.Check(rule.String(), check.Equals, `plug rule of interface "every"`)
	c.Check(rule.Line(), check.Equals, 2)
	c.Check(rule.Declaration(), check.Equals, decl)

	inst := rule.Subrule(policy.AllowInstallation)
	c.Check(inst.Line(), check.Equals, 3)
	c.Check(inst.Alternatives, check.HasLen, 1)
	// Checked cheap ones first.
	c.Check(inst.Alternatives[0].Keys(), check.DeepEquals, []string{
		"on-classic", "on-core-desktop", "on-store", "on-brand", "on-model",
		"plug-snap-type", "plug-snap-id", "plug-names", "plug-attributes",
	})
	conn := rule.Subrule(policy.AllowConnection)
	c.Check(conn.List, check.Equals, true)
	c.Assert(conn.Alternatives, check.HasLen, 2)
	c.Check(conn.Alternatives[0].SlotsPerPlug, check.Equals, policy.AnyNumber)
	c.Check(conn.Alternatives[0].PlugsPerSlot, check.Equals, policy.Arity(2))
	c.Check(conn.Alternatives[1].Index, check.Equals, 1)
	c.Check(conn.Alternatives[1].Line(), check.Equals, 34)
	auto := rule.Subrule(policy.AllowAutoConnection)
	c.Check(auto.Alternatives[0].SlotsPerPlug, check.Equals, policy.Arity(1))
	c.Check(auto.Alternatives[0].PlugsPerSlot, check.Equals, policy.AnyNumber)
	c.Check(rule.Subrule(policy.DenyAutoConnection).Shortcut, check.Equals, true)

	slot := decl.Slots["every"]
	for kind := policy.AllowInstallation; kind <= policy.DenyAutoConnection; kind++ {
		sub := slot.Subrule(kind)
		c.Assert(sub, check.NotNil, check.Commentf("%s", kind))
		c.Check(sub.Implied, check.Equals, true)
		// false: allows nothing, denies everything.
		if kind.IsDeny() {
			c.Check(sub.Alternatives, check.HasLen, 1)
		} else {
			c.Check(sub.Alternatives, check.HasLen, 0)
		}
	}
}

func (s *parseSuite) TestNames(c *check.C) {
	c.Check(policy.AllowAutoConnection.String(), check.Equals, "allow-auto-connection")
	c.Check(policy.AllowAutoConnection.Kind(), check.Equals, policy.AutoConnection)
	c.Check(policy.DenyInstallation.IsDeny(), check.Equals, true)
	c.Check(policy.SubruleKind(42).String(), check.Equals, "subrule(42)")
	c.Check(policy.Installation.String(), check.Equals, "installation")
	c.Check(policy.Connection.String(), check.Equals, "connection")
	c.Check(policy.SlotSide.String(), check.Equals, "slot")
	c.Check(policy.Arity(3).String(), check.Equals, "3")
	c.Check(policy.AnyNumber.String(), check.Equals, "*")
}

// plugRule wraps constraints of allow-connection in a plug rule for
// interface "x", so that their line is 4.
func plugRule(constraints string) string {
	return "plugs:\n  x:\n    allow-connection:\n" + constraints
}

func (s *parseSuite) TestErrors(c *check.C) {
	const conn = `allow-connection in plug rule for interface "x"`
	for _, t := range []struct {
		input, err string
	}{
		// The document.
		{"plugs: [\n", `d.yaml:1: cannot parse declaration: did not find expected node content`},
		{"plugs:\n  a: b\n c: d\n", `d.yaml:2: cannot parse declaration: did not find expected key`},
		{"plugs: {}\nplugs: {}\n", `d.yaml:2: cannot parse declaration: key "plugs" already set in map`},
		{"plugs:\n  x:\n    allow-installation: true\n    allow-installation: false\n", `d.yaml:4: cannot parse declaration: key "allow-installation" already set in map`},
		{"- a\n- b\n", `d.yaml:1: declaration must be a map of keys to values`},
		{"type: base-declaration\nfrobs: 1\n", `d.yaml:2: unknown top-level key "frobs"`},
		{"type: model\n", `d.yaml:1: unknown declaration type "model" \(want base-declaration or snap-declaration\)`},
		{"type: [a]\n", `d.yaml:1: type must be a string`},
		{"snap-name: Foo\n", `d.yaml:1: snap-name: invalid snap name: "Foo"`},
		{"snap-name: [foo]\n", `d.yaml:1: snap-name must be a string`},
		{"snap-id: a-b\n", `d.yaml:1: snap-id: invalid snap id "a-b"`},
		{"publisher-id: -acme\n", `d.yaml:1: publisher-id: invalid account id "-acme"`},
		{"plugs:\n  - a\n", `d.yaml:1: plugs must be a map of interface names to rules`},
		{"slots:\n  Foo: true\n", `d.yaml:2: slots has invalid interface name "Foo"`},
		{"plugs:\n  1: true\n", `d.yaml:2: plugs has a key that YAML reads as 1 rather than as a name: quote it`},
		{"plugs:\n  y: true\n", `d.yaml:2: plugs has a key that YAML reads as true rather than as a name: quote it`},
		// Rules and subrules.
		{"slots:\n  gpio: 1\n", `d.yaml:2: slot rule for interface "gpio" must be a map or one of the shortcuts 'true' or 'false'`},
		{"slots:\n  gpio: {}\n", `d.yaml:2: slot rule for interface "gpio" must name at least one subrule`},
		{"plugs:\n  gpio:\n    allow-frobbing: true\n", `d.yaml:3: plug rule for interface "gpio" has unknown subrule "allow-frobbing"`},
		{"slots:\n  gpio:\n    allow-installation: true\n    allow-connection: yes-please\n",
			`d.yaml:4: allow-connection in slot rule for interface "gpio" must be a map, a list of maps, or one of the shortcuts 'true' or 'false'`},
		{"plugs:\n  x:\n    allow-connection: []\n", `d.yaml:3: ` + conn + ` must list at least one alternative`},
		{"plugs:\n  x:\n    allow-connection: {}\n", `d.yaml:3: ` + conn + ` must name at least one constraint`},
		{"plugs:\n  x:\n    allow-connection:\n      - on-classic: true\n      - true\n",
			`d.yaml:5: alternative 2 of ` + conn + ` cannot be 'true' or 'false': shortcuts are not allowed in a list of alternatives`},
		{"plugs:\n  x:\n    allow-connection:\n      - - on-classic: true\n",
			`d.yaml:4: alternative 1 of ` + conn + ` cannot be a list: alternatives cannot be nested`},
		{"plugs:\n  x:\n    allow-connection:\n      - on-classic\n", `d.yaml:4: alternative 1 of ` + conn + ` must be a map of constraints`},
		{"plugs:\n  x:\n    allow-connection:\n      - {}\n", `d.yaml:4: alternative 1 of ` + conn + ` must name at least one constraint`},
		// Constraint keys and where they are allowed.
		{plugRule("      plug-frobs: [a]\n"), `d.yaml:4: ` + conn + ` has unknown constraint "plug-frobs"`},
		{"plugs:\n  x:\n    allow-installation:\n      slot-snap-type: [core]\n",
			`d.yaml:4: allow-installation in plug rule for interface "x" cannot use constraint "slot-snap-type" \(installation of a plug is only constrained by plug-\* and on-\* keys\)`},
		{"slots:\n  x:\n    deny-installation:\n      plug-names: [a]\n",
			`d.yaml:4: deny-installation in slot rule for interface "x" cannot use constraint "plug-names" \(installation of a slot is only constrained by slot-\* and on-\* keys\)`},
		{"plugs:\n  x:\n    allow-installation:\n      plug-publisher-id: [acme]\n",
			`d.yaml:4: allow-installation in plug rule for interface "x" cannot use constraint "plug-publisher-id" \(publishers are only compared when connecting\)`},
		{"plugs:\n  x:\n    deny-auto-connection:\n      slots-per-plug: 1\n",
			`d.yaml:4: deny-auto-connection in plug rule for interface "x" cannot use constraint "slots-per-plug" \(only allow-connection and allow-auto-connection set an arity\)`},
		{"plugs:\n  x:\n    allow-installation:\n      plugs-per-slot: 1\n",
			`d.yaml:4: allow-installation in plug rule for interface "x" cannot use constraint "plugs-per-slot" \(only allow-connection and allow-auto-connection set an arity\)`},
		// Values.
		{plugRule("      plug-snap-type: {a: b}\n"), `d.yaml:4: plug-snap-type in ` + conn + ` must be a snap type or a list of snap types`},
		{plugRule("      slot-snap-type: []\n"), `d.yaml:4: slot-snap-type in ` + conn + ` must be a snap type or a list of snap types`},
		{plugRule("      slot-snap-type: [core, os]\n"), `d.yaml:4: slot-snap-type in ` + conn + ` has unknown snap type "os" \(want core, kernel, gadget or app\)`},
		{plugRule("      plug-snap-id: 5\n"), `d.yaml:4: plug-snap-id in ` + conn + ` must be a snap id or a list of snap ids`},
		{plugRule("      slot-snap-id: [ab-cd]\n"), `d.yaml:4: slot-snap-id in ` + conn + ` has invalid snap id "ab-cd"`},
		{plugRule("      plug-publisher-id: [1, 2]\n"), `d.yaml:4: plug-publisher-id in ` + conn + ` must be a publisher id or a list of publisher ids`},
		{plugRule("      plug-publisher-id: [$PLUG_PUBLISHER_ID]\n"),
			`d.yaml:4: plug-publisher-id in ` + conn + ` has unknown variable "\$PLUG_PUBLISHER_ID" \(want \$SLOT_PUBLISHER_ID\)`},
		{plugRule("      slot-publisher-id: [acme inc]\n"), `d.yaml:4: slot-publisher-id in ` + conn + ` has invalid publisher id "acme inc"`},
		{plugRule("      plug-names: [{a: b}]\n"), `d.yaml:4: plug-names in ` + conn + ` must be a regular expression or a list of them`},
		{plugRule("      slot-names: [\"(\"]\n"),
			`d.yaml:4: slot-names in ` + conn + ` has invalid regular expression "\(": error parsing regexp: missing closing \): .*`},
		{plugRule("      plug-names: [$NAME]\n"), `d.yaml:4: plug-names in ` + conn + ` has unknown variable "\$NAME" \(want \$INTERFACE\)`},
		{plugRule("      slots-per-plug: 0\n"), `d.yaml:4: slots-per-plug in ` + conn + ` must be an integer >= 1 or "\*"`},
		{plugRule("      plugs-per-slot: many\n"), `d.yaml:4: plugs-per-slot in ` + conn + ` must be an integer >= 1 or "\*"`},
		{plugRule("      on-classic: 1\n"), `d.yaml:4: on-classic in ` + conn + ` must be true, false or a list of distribution ids`},
		{plugRule("      on-classic: maybe\n"), `d.yaml:4: on-classic in ` + conn + ` must be true, false or a list of distribution ids, not "maybe"`},
		{plugRule("      on-classic: ubuntu\n"), `d.yaml:4: on-classic in ` + conn + ` must be true, false or a list of distribution ids, not "ubuntu"`},
		{plugRule("      on-classic: {ubuntu: true}\n"), `d.yaml:4: on-classic in ` + conn + ` must be true, false or a list of distribution ids`},
		{plugRule("      on-classic: []\n"), `d.yaml:4: on-classic in ` + conn + ` must be true, false or a list of distribution ids`},
		{plugRule("      on-classic: [Ubuntu]\n"), `d.yaml:4: on-classic in ` + conn + ` has invalid distribution id "Ubuntu" \(want ID, ID/VARIANT or ID/\*\)`},
		{plugRule("      on-classic: [ubuntu/]\n"), `d.yaml:4: on-classic in ` + conn + ` has invalid distribution id "ubuntu/" .*`},
		{plugRule("      on-core-desktop: [a]\n"), `d.yaml:4: on-core-desktop in ` + conn + ` must be true or false`},
		{plugRule("      on-store: {a: b}\n"), `d.yaml:4: on-store in ` + conn + ` must be a store id or a list of them`},
		{plugRule("      on-store: [my store]\n"), `d.yaml:4: on-store in ` + conn + ` has invalid store id "my store"`},
		{plugRule("      on-brand: {a: b}\n"), `d.yaml:4: on-brand in ` + conn + ` must be a brand id or a list of them`},
		{plugRule("      on-brand: [acme/x]\n"), `d.yaml:4: on-brand in ` + conn + ` has invalid brand id "acme/x"`},
		{plugRule("      on-model: [box]\n"), `d.yaml:4: on-model in ` + conn + ` has invalid model "box" \(want BRAND/MODEL\)`},
		{plugRule("      on-model: true\n"), `d.yaml:4: on-model in ` + conn + ` must be a model or a list of them`},
		// Attribute constraints.
		{plugRule("      plug-attributes: a\n"), `d.yaml:4: plug-attributes in ` + conn + ` must be a map of attributes or a list of such maps`},
		{plugRule("      plug-attributes: {}\n"), `d.yaml:4: plug-attributes in ` + conn + ` must name at least one attribute`},
		{plugRule("      plug-attributes: []\n"), `d.yaml:4: plug-attributes in ` + conn + ` must list at least one alternative`},
		{plugRule("      plug-attributes:\n        - [a]\n"),
			`d.yaml:4: plug-attributes in ` + conn + ` has alternative 1 that is a list: alternatives cannot be nested`},
		{plugRule("      plug-attributes:\n        - a: b\n        - c\n"),
			`d.yaml:4: plug-attributes in ` + conn + ` has alternative 2 that is not a map of attributes`},
		{plugRule("      plug-attributes:\n        a..b: c\n"), `d.yaml:4: plug-attributes in ` + conn + ` has invalid attribute name "a..b"`},
		{plugRule("      plug-attributes:\n        a:\n          $b: c\n"), `d.yaml:4: plug-attributes in ` + conn + ` has invalid attribute name "a.\$b"`},
		{plugRule("      plug-attributes:\n        a: {}\n"), `d.yaml:4: plug-attributes in ` + conn + ` has attribute "a" with an empty map`},
		{plugRule("      plug-attributes:\n        a: []\n"), `d.yaml:4: plug-attributes in ` + conn + ` has attribute "a" with no alternatives`},
		{plugRule("      plug-attributes:\n        a: [[b]]\n"), `d.yaml:4: plug-attributes in ` + conn + ` has attribute "a" with nested alternatives`},
		{plugRule("      plug-attributes:\n        a:\n"),
			`d.yaml:4: plug-attributes in ` + conn + ` has attribute "a" with a value that is not a regular expression, a map or a list of alternatives`},
		{plugRule("      plug-attributes:\n        a: \"[\"\n"),
			`d.yaml:4: plug-attributes in ` + conn + ` has attribute "a" that has invalid regular expression "\[": .*`},
		// Lists and maps nest at most 32 deep in an attribute's value,
		// and a deep path is cut to its first 4 and last 2 keys.
		{plugRule("      plug-attributes:\n        a: " + strings.Repeat("{b: ", 33) + "c" + strings.Repeat("}", 33) + "\n"),
			`d.yaml:4: plug-attributes in ` + conn + ` has attribute "a\.b\.b\.b\.\.\.b\.b" that nests lists and maps more than 32 deep`},
		{plugRule("      plug-attributes:\n        a: " + strings.Repeat("{b: ", 9990) + "c" + strings.Repeat("}", 9990) + "\n"),
			`d.yaml:4: plug-attributes in ` + conn + ` has attribute "a\.b\.b\.b\.\.\.b\.b" that nests lists and maps more than 32 deep`},
		{plugRule("      plug-attributes:\n        a: " + strings.Repeat("{b: [", 17) + "c" + strings.Repeat("]}", 17) + "\n"),
			`d.yaml:4: plug-attributes in ` + conn + ` has attribute "a\.b\.b\.b\.\.\.b\.b" that nests lists and maps more than 32 deep`},
		{plugRule("      plug-attributes:\n        a:\n          " + strings.Repeat("k", 50) + ": {}\n"),
			`d.yaml:4: plug-attributes in ` + conn + ` has attribute "a\.k{40}\.\.\." with an empty map`},
		{plugRule("      plug-attributes:\n        a: $NOPE\n"),
			`d.yaml:4: plug-attributes in ` + conn + ` has attribute "a" with unknown variable "\$NOPE" \(want \$MISSING, \$PLUG\(ATTR\) or \$SLOT\(ATTR\)\)`},
		{plugRule("      plug-attributes:\n        a: $PLUG(a)\n"),
			`d.yaml:4: plug-attributes in ` + conn + ` has attribute "a" referring to \$PLUG\(a\): plug-attributes refer to the slot with \$SLOT\(ATTR\)`},
		{plugRule("      slot-attributes:\n        a: $SLOT(a)\n"),
			`d.yaml:4: slot-attributes in ` + conn + ` has attribute "a" referring to \$SLOT\(a\): slot-attributes refer to the plug with \$PLUG\(ATTR\)`},
		{plugRule("      plug-attributes:\n        a: $SLOT()\n"),
			`d.yaml:4: plug-attributes in ` + conn + ` has attribute "a" referring to \$SLOT\(\), which is not a valid attribute name`},
		// In a list of alternatives, the index says which.
		{"plugs:\n  x:\n    allow-connection:\n      - on-classic: true\n      - on-store: [\"\"]\n",
			`d.yaml:5: on-store in alternative 2 of ` + conn + ` has invalid store id ""`},
	} {
		_, err := policy.ParseDeclaration([]byte(t.input), "d.yaml")
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

func (s *parseSuite) TestAttributesNestedToTheLimit(c *check.C) {
	// 16 maps and 16 lists of alternatives: 32.
	value := strings.Repeat("{b: [", 16) + "c" + strings.Repeat("]}", 16)
	_, err := policy.ParseDeclaration([]byte("plugs:\n  x:\n    allow-connection:\n      plug-attributes:\n        a: "+value+"\n"), "d.yaml")
	c.Check(err, check.IsNil)
}

// TestManyProblemsCostLittle parses declarations with a problem on
// every line: each problem's line was found by scanning the whole source
// again, so that 7,700 of them (100 KB) took 10 s and 7.3 GB. Past
// MaxReportedErrors problems are counted, not located.
func (s *parseSuite) TestManyProblemsCostLittle(c *check.C) {
	var text strings.Builder
	text.WriteString("plugs:\n")
	for i := 0; text.Len() < 100_000; i++ {
		fmt.Fprintf(&text, "  x%d: maybe\n", i)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := policy.ParseDeclaration([]byte(text.String()), "d.yaml")
	runtime.ReadMemStats(&after)
	c.Assert(err, check.FitsTypeOf, policy.ErrorList{})
	list := err.(policy.ErrorList)
	c.Assert(list, check.HasLen, policy.MaxReportedErrors+1)
	c.Check(list[0], check.ErrorMatches, `d.yaml:2: plug rule for interface "x0" must be a map or one of the shortcuts 'true' or 'false'`)
	c.Check(list[policy.MaxReportedErrors-1].Line > 0, check.Equals, true)
	c.Check(list[policy.MaxReportedErrors], check.ErrorMatches, `d.yaml: [0-9]+ more problems not reported`)
	const limit = 64 << 20
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > limit {
		c.Errorf("parsing %d bytes allocated %d MB, want at most %d MB", text.Len(), allocated>>20, limit>>20)
	}
}

// TestDeepAttributesCostLittle parses 312 KB of attribute constraints
// nested 9990 deep, which took 465 MB when the path of every value was
// built at every level.
func (s *parseSuite) TestDeepAttributesCostLittle(c *check.C) {
	var text strings.Builder
	text.WriteString("plugs:\n")
	for i := 0; text.Len() < 312_000; i++ {
		fmt.Fprintf(&text, "  x%d:\n    allow-connection:\n      plug-attributes:\n        a: %s\n", i, strings.Repeat("{a: ", 9990)+"b"+strings.Repeat("}", 9990))
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := policy.ParseDeclaration([]byte(text.String()), "d.yaml")
	runtime.ReadMemStats(&after)
	c.Check(err, check.ErrorMatches, `(?s)d.yaml:4: plug-attributes in allow-connection in plug rule for interface "x0" has attribute .* that nests lists and maps more than 32 deep\n.*`)
	const limit = 200 << 20
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > limit {
		c.Errorf("parsing %d bytes allocated %d MB, want at most %d MB", text.Len(), allocated>>20, limit>>20)
	}
}

func (s *parseSuite) TestErrorForms(c *check.C) {
	for _, t := range []struct {
		err  policy.Error
		want string
	}{
		{policy.Error{File: "f", Line: 2, Msg: "m"}, "f:2: m"},
		{policy.Error{File: "f", Msg: "m"}, "f: m"},
		{policy.Error{Line: 2, Msg: "m"}, "line 2: m"},
		{policy.Error{Msg: "m"}, "m"},
	} {
		c.Check(t.err.Error(), check.Equals, t.want)
	}
}
