// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package snap_test

import (
	"fmt"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/snap"
)

// TestErrors has a row for every error InfoFromSnapYaml produces; the
// expected message includes the line when the key can be located.
func (s *yamlSuite) TestErrors(c *check.C) {
	for _, t := range []struct {
		yaml, err string
	}{
		// YAML syntax and shape.
		{"name: foo\n  bad: indent\n", `line 2: cannot parse snap.yaml: mapping values are not allowed in this context`},
		{"name: foo\napps: [\n", `line 2: cannot parse snap.yaml: did not find expected node content`},
		{"name: \"foo\x01\"\n", `cannot parse snap.yaml: control characters are not allowed`},
		{"name: foo\n? [a, b]\n: c\n", `cannot parse snap.yaml: mapping keys must be scalars`},
		{"name: *nope\n", `cannot parse snap.yaml: unknown anchor 'nope' referenced`},
		{"- name: foo\n", `cannot parse snap.yaml: top level must be a map`},
		{"name: foo\n#" + strings.Repeat("x", snap.MaxSnapYamlSize), `cannot parse snap.yaml: larger than 1048576 bytes`},
		{aliasBomb(10, 5), `cannot parse snap.yaml: more than 100000 values once aliases are expanded`},
		{"just a string\n", `cannot parse snap.yaml: top level must be a map`},

		// Top-level keys.
		{"", `missing snap name`},
		{"version: 1\n", `missing snap name`},
		{"name:\n", `line 1: missing snap name`},
		{"name: [foo]\n", `line 1: "name" must be a string`},
		{"name: Foo\n", `line 1: invalid snap name: "Foo"`},
		{"name: foo--bar\n", `line 1: invalid snap name: "foo--bar"`},
		{"name: " + strings.Repeat("a", 41) + "\n", `line 1: invalid snap name: "a{40}\.\.\." is too long \(41 bytes, at most 40\)`},
		{"name: foo\nversion: {a: 1}\n", `line 2: "version" must be a string`},
		{"name: foo\nsummary: [a]\n", `line 2: "summary" must be a string`},
		{"name: foo\ntype: [app]\n", `line 2: "type" must be a string`},
		{"name: foo\ntype: application\n", `line 2: unknown snap type "application"`},
		{"name: foo\nbase: {}\n", `line 2: "base" must be a string`},
		{"name: foo\nbase: Core22\n", `line 2: invalid base snap name: "Core22"`},
		{"name: foo\nconfinement: [strict]\n", `line 2: "confinement" must be a string`},
		{"name: foo\nconfinement: loose\n", `line 2: unknown confinement "loose"`},
		{"name: foo\nconfinement: yes\n", `line 2: unknown confinement "yes"`},

		// Architectures and platforms.
		{"name: foo\narchitectures: amd64\n", `line 2: "architectures" must be a list`},
		{"name: foo\narchitectures: ['']\n", `line 2: invalid architecture name: ""`},
		{"name: foo\narchitectures:\n  - amd64\n  - [arm64]\n", `line 4: entry 2 of "architectures" must be an architecture name or a map`},
		{"name: foo\narchitectures:\n  -\n", `line 3: entry 1 of "architectures" must be an architecture name or a map`},
		{"name: foo\narchitectures:\n  - build-on: {a: b}\n", `line 3: "build-on" in entry 1 of "architectures" must be a name or a list of names`},
		{"name: foo\narchitectures:\n  - build-on: amd64\n    build-for: [[arm64]]\n", `line 4: "build-for" in entry 1 of "architectures" must be a list of names`},
		{"name: foo\narchitectures:\n  - build-on: amd64\n    run-on: ''\n", `line 4: invalid architecture name: ""`},
		{"name: foo\narchitectures:\n  - build-on: []\n", `line 3: entry 1 of "architectures" has no "build-on" or "build-for"`},
		{"name: foo\narchitectures:\n  - other: amd64\n", `line 3: entry 1 of "architectures" has no "build-on" or "build-for"`},
		{"name: foo\nplatforms: [amd64]\n", `line 2: "platforms" must be a map`},
		{"name: foo\nplatforms:\n  amd64: amd64\n", `line 3: platform "amd64" must be a map`},
		{"name: foo\nplatforms:\n  pi:\n    build-for: {a: b}\n", `line 4: "build-for" of platform "pi" must be a name or a list of names`},
		{"name: foo\nplatforms:\n  pi:\n    build-for: ['']\n", `line 4: invalid architecture name: ""`},

		// Apps.
		{"name: foo\napps: [a]\n", `line 2: "apps" must be a map`},
		{"name: foo\napps:\n  foo bar:\n", `line 3: invalid app name: "foo bar"`},
		{"name: foo\napps:\n  -foo:\n", `line 3: invalid app name: "-foo"`},
		{"name: foo\napps:\n  a:\n  " + strings.Repeat("b", 65) + ":\n", `line 4: invalid app name: "b{64}\.\.\." is too long \(65 bytes, at most 64\)`},
		{"name: foo\napps:\n  ok:\n  \"a\\0b\":\n", `line 4: invalid app name: "a\\x00b"`},
		{"name: foo\napps:\n  ok:\n  \"a\\eb\\_\":\n", `line 4: invalid app name: "a\\x1bb\\u00a0"`},
		{"name: foo\napps:\n  1:\n  \"1\":\n", `line 4: app "1" is declared twice`},
		{"name: foo\napps:\n  a: bin/a\n", `line 3: app "a" must be a map`},
		{"name: foo\napps:\n  a:\n    command: [bin/a]\n", `line 4: "command" of app "a" must be a string`},
		{"name: foo\napps:\n  a:\n    daemon: {}\n", `line 4: "daemon" of app "a" must be a string`},
		{"name: foo\napps:\n  a:\n    daemon: sometimes\n", `line 4: unknown daemon type "sometimes" for app "a"`},
		{"name: foo\napps:\n  a:\n    plugs: network\n", `line 4: "plugs" of app "a" must be a list of names`},
		{"name: foo\napps:\n  a:\n    plugs:\n      - network\n      - {x: y}\n", `line 6: "plugs" of app "a" must be a list of names`},
		{"name: foo\napps:\n  a:\n    plugs: [~]\n", `line 4: "plugs" of app "a" must be a list of names`},
		{"name: foo\napps:\n  a:\n    slots: {x: y}\n", `line 4: "slots" of app "a" must be a list of names`},
		{"name: foo\napps:\n  a:\n    plugs:\n      - network\n      - Home\n", `line 6: invalid plug name: "Home"`},
		{"name: foo\napps:\n  a:\n    slots: [foo_bar]\n", `line 4: invalid slot name: "foo_bar"`},
		{"name: foo\nslots:\n  x:\napps:\n  a:\n    plugs: [x]\n", `line 6: app "a" lists plug "x" which is declared as a slot`},
		{"name: foo\nplugs:\n  x:\napps:\n  a:\n    slots: [x]\n", `line 6: app "a" lists slot "x" which is declared as a plug`},
		{"name: foo\napps:\n  a:\n    slots: [x]\n  b:\n    plugs: [x]\n", `line 6: cannot have plug and slot with the same name: "x"`},
		{"name: foo\napps:\n  a:\n    plugs: [x]\n    slots: [x]\n", `line 5: cannot have plug and slot with the same name: "x"`},

		// Hooks.
		{"name: foo\nhooks: [install]\n", `line 2: "hooks" must be a map`},
		{"name: foo\nhooks:\n  Install:\n", `line 3: invalid hook name: "Install"`},
		{"name: foo\nhooks:\n  1:\n", `line 3: invalid hook name: "1"`},
		{"name: foo\nhooks:\n  " + strings.Repeat("h", 300) + ":\n", `line 3: invalid hook name: "h{64}\.\.\." is too long \(300 bytes, at most 64\)`},
		{"name: foo\nhooks:\n  \"install\\0\":\n", `line 3: invalid hook name: "install\\x00"`},
		{"name: foo\nhooks:\n  install: yes\n", `line 3: hook "install" must be a map`},
		{"name: foo\nhooks:\n  yes:\n  \"yes\":\n", `line 4: hook "yes" is declared twice`},
		{"name: foo\nhooks:\n  install:\n    plugs: network\n", `line 4: "plugs" of hook "install" must be a list of names`},
		{"name: foo\nhooks:\n  install:\n    slots: [1x]\n", `line 4: invalid slot name: "1x"`},
		{"name: foo\nslots:\n  x:\nhooks:\n  install:\n    plugs: [x]\n", `line 6: hook "install" lists plug "x" which is declared as a slot`},
		{"name: foo\nplugs:\n  x:\nhooks:\n  install:\n    slots: [x]\n", `line 6: hook "install" lists slot "x" which is declared as a plug`},

		// Plug and slot declarations.
		{"name: foo\nplugs: [network]\n", `line 2: "plugs" must be a map`},
		{"name: foo\nslots: network\n", `line 2: "slots" must be a map`},
		{"name: foo\nplugs:\n  Network:\n", `line 3: invalid plug name: "Network"`},
		{"name: foo\nslots:\n  a--b:\n", `line 3: invalid slot name: "a--b"`},
		{"name: foo\nplugs:\n  x:\nslots:\n  x:\n", `line 5: cannot have plug and slot with the same name: "x"`},
		// Plugs and slots listed by no app or hook are bound to each,
		// at most snap.MaxImplicitBindings times in all.
		{"name: foo\nplugs:\n" + entries("p", 200) + "slots:\n" + entries("s", 57) + "apps:\n" + entries("a", 255) + "hooks:\n  install:\n",
			`line 2: cannot bind the 257 plugs and slots that no app or hook lists to each of the 256 apps and hooks: more than 65536 bindings \(list each plug or slot in the apps and hooks that use it\)`},
		{"name: foo\nslots:\n" + entries("s", 3000) + "apps:\n" + entries("a", 3000),
			`line 2: cannot bind the 3000 plugs and slots that no app or hook lists to each of the 3000 apps and hooks: .*`},
		{"name: foo\nplugs:\n  x: [home]\n", `line 3: plug "x" must be an interface name or a map of attributes`},
		{"name: foo\nplugs:\n  x: Home\n", `line 3: invalid interface name "Home" for plug "x"`},
		{"name: foo\nslots:\n  x:\n    interface: gpio_1\n", `line 4: invalid interface name "gpio_1" for slot "x"`},
		{"name: foo\nplugs:\n  x:\n    interface: [home]\n", `line 4: "interface" of plug "x" must be a string`},
		{"name: foo\nplugs:\n  x:\n    1: one\n", `line 4: attribute name "1" of plug "x" must be a string`},
		{"name: foo\nplugs:\n  x:\n    $attr: 1\n", `line 4: attribute name "\$attr" of plug "x" is reserved`},
		{"name: foo\nslots:\n  x:\n    \"$\": 1\n", `line 4: attribute name "\$" of slot "x" is reserved`},

		// Attribute values.
		{"name: foo\nplugs:\n  x:\n    a:\n", `line 4: attribute "a" of plug "x" has no value`},
		{"name: foo\nplugs:\n  x:\n    a:\n      b: ~\n", `line 5: attribute "a.b" of plug "x" has no value`},
		{"name: foo\nslots:\n  x:\n    a:\n      - 1\n      -\n", `line 6: attribute "a\[1\]" of slot "x" has no value`},
		{"name: foo\nplugs:\n  x:\n    a:\n      b:\n        1: one\n", `line 6: attribute "a.b" of plug "x" has non-string key "1"`},
		{"name: foo\nplugs:\n  x:\n    a: [{true: 1}]\n", `line 4: attribute "a\[0\]" of plug "x" has non-string key "true"`},
		{"name: foo\nplugs:\n  x:\n    a: 9223372036854775808\n", `line 4: attribute "a" of plug "x" is out of range: 9223372036854775808`},

		// Null keys are shown as ~, and found however null is spelt.
		{"name: foo\nplugs:\n  x:\n    ~: 1\n", `line 4: attribute name ~ of plug "x" must be a string`},
		{"name: foo\nplugs:\n  x:\n    a: {~: 1}\n", `line 4: attribute "a" of plug "x" has non-string key ~`},
		{"name: foo\nplugs:\n  x:\n    a:\n      b:\n        null: 1\n", `line 6: attribute "a.b" of plug "x" has non-string key ~`},
		{"name: foo\nplugs:\n  x:\n    a:\n      - NULL: 1\n", `line 5: attribute "a\[0\]" of plug "x" has non-string key ~`},

		// Nesting: at most snap.MaxAttrDepth (32) lists and maps, and
		// a deep path is cut to its first 4 and last 2 steps.
		{"name: foo\nplugs:\n  x:\n    a: " + nestedLists(33) + "\n", `line 4: attribute "a\[0\]\[0\]\[0\]\.\.\.\[0\]\[0\]" of plug "x" nests lists and maps more than 32 deep`},
		{"name: foo\nplugs:\n  x:\n    a:\n      " + strings.Repeat("- ", 60) + "1\n", `line 5: attribute "a\[0\]\[0\]\[0\]\.\.\.\[0\]\[0\]" of plug "x" nests lists and maps more than 32 deep`},
		// Where the text shows it, in flow collections and block
		// sequences started on one line, lists and maps nest at most
		// snap.MaxTextDepth (64) deep, checked before decoding,
		// anywhere in the document.
		{"name: foo\nplugs:\n  x:\n    a: " + nestedLists(9990) + "\n", `line 4: cannot parse snap.yaml: lists and maps nest more than 64 deep`},
		{"name: foo\nplugs:\n  x:\n    a:\n      " + strings.Repeat("- ", 9990) + "1\n", `line 5: cannot parse snap.yaml: lists and maps nest more than 64 deep`},
		{"name: foo\nparts:\n  - {a: [\n" + strings.Repeat("[", 63) + "\n\"]]\", '[[', # [[[\n" + strings.Repeat("]", 63) + "]}\n", `line 4: cannot parse snap.yaml: lists and maps nest more than 64 deep`},
		{"name: foo\nslots:\n  x:\n    a:\n" + nestedBlockMaps(6, 33), `line 36: attribute "a\.k1\.k2\.k3\.\.\.k31\.k32" of slot "x" nests lists and maps more than 32 deep`},
		{"name: foo\nplugs:\n  x:\n    a: [1, [2, {b: [~]}]]\n", `line 4: attribute "a\[1\]\[1\]\.b\[0\]" of plug "x" has no value`},
		// A key is cut to 40 bytes, at the start of a character.
		{"name: foo\nplugs:\n  x:\n    a:\n      " + strings.Repeat("k", 39) + "é: [~]\n", `line 5: attribute "a\.k{39}\.\.\.\[0\]" of plug "x" has no value`},
	} {
		_, err := snap.InfoFromSnapYaml([]byte(t.yaml))
		c.Check(err, check.ErrorMatches, t.err, check.Commentf("%q", t.yaml))
	}
}

// nestedLists returns depth lists nested in each other, in flow style on
// one line: "[[[]]]".
func nestedLists(depth int) string {
	return strings.Repeat("[", depth) + strings.Repeat("]", depth)
}

// nestedBlockMaps returns depth maps nested in each other in block
// style, each on its own line starting at column indent: "k1:", "k2:",
// ..., and "kDEPTH: v".
func nestedBlockMaps(indent, depth int) string {
	var b strings.Builder
	for i := 1; i <= depth; i++ {
		b.WriteString(strings.Repeat(" ", indent+2*(i-1)))
		if i < depth {
			fmt.Fprintf(&b, "k%d:\n", i)
		} else {
			fmt.Fprintf(&b, "k%d: v\n", i)
		}
	}
	return b.String()
}

// aliasBomb returns a snap.yaml whose aliases expand to width^depth
// strings (a "billion laughs"), padded with 3000 plain values so that
// yaml.v2 lets the expansion through.
func aliasBomb(width, depth int) string {
	var b strings.Builder
	b.WriteString("name: foo\npad: [" + strings.Repeat("1, ", 3000) + "1]\nplugs:\n  p:\n")
	fmt.Fprintf(&b, "    a0: &a0 [%s]\n", strings.TrimSuffix(strings.Repeat("lol,", width), ","))
	for i := 1; i < depth; i++ {
		fmt.Fprintf(&b, "    a%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d,", i-1), width), ","))
	}
	return b.String()
}

// entries returns n map entries without values, "  PREFIX0:", ...
func entries(prefix string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "  %s%d:\n", prefix, i)
	}
	return b.String()
}
