// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package snap_test

import (
	"errors"
	"strings"

	"gopkg.in/check.v1"
	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/snap"
)

type flowDepthSuite struct{}

var _ = check.Suite(&flowDepthSuite{})

// TestFlowTooDeep has a row for each place a flow collection may start,
// and for each place where brackets are text, which must not count.
func (s *flowDepthSuite) TestFlowTooDeep(c *check.C) {
	for _, t := range []struct {
		src   string
		limit int
		line  int
	}{
		// Where flow collections start.
		{"a: [[[x]]]\n", 2, 1},
		{"a: [[x]]\n", 2, 0},
		{"- - [[[x]]]\n", 2, 1},
		{"a:\n  b: &anchor !!seq [[[1]]]\n", 2, 2},
		{"a: [\n  [\n    [1]]]\n", 2, 3},
		{"a: {b: {c: [1]}}\n", 2, 1},
		{"? [[[a]]]\n: b\n", 2, 1},
		{"\"quoted key\": [[[1]]]\n", 2, 1},
		{"'quoted key': {a: {b: {c: 1}}}\n", 2, 1},
		{"a: [\"]]]\", [[[1]]]]\n", 3, 1},
		{"a: [ 'it''s', [[x]]]\n", 3, 0},
		{"a: [it's, [[x]]]\n", 2, 1}, // a quote inside a plain scalar
		{"a: >-\n  [[[[\nb: [[[x]]]\n", 2, 3},
		{"a: [x, # [[[[\n  y]\nb: [[[1]]]\n", 2, 3},
		{"a: \"x\"\nb: [[[1]]]\n", 2, 2},
		{"a: \"multi\n  line\"\nb: [[[1]]]\n", 2, 3},
		// Where brackets are text.
		{"a: |\n  [[[[[\n", 2, 0},
		{"- a: |\n    [[[[[\n", 2, 0},
		{"a: plain\n  [[[[[ continued\n", 2, 0},
		{"- plain\n  [[[[[\n", 2, 0},
		{"0\n[[[[[\n", 2, 0},
		{"a:\n  plain\n  [[[[[\nb: [[[1]]]\n", 2, 4},
		{"a:\n  |\n   [[[[[\n  [[[[[\n", 2, 0},
		{"a: \"multi\n[[[[[ line\"\nb: 1\n", 2, 0},
		{"a: 'x\n[[[[\n'\n", 2, 0},
		{"a: x # [[[[[\n", 2, 0},
		{"# [[[[[\na: 1\n", 2, 0},
		{"a: [!t[[[[[ x]\n", 2, 0},
		{"! !  [[[[[\n", 2, 0},
		{"&a !t &b [[[[[\n", 2, 0},
		{"--- |\n[[[[[[\n", 2, 0},
		{"command: foo[[[[[\n", 2, 0},
		{"a[[[[[: b\n", 2, 0},
		{"a: \"[[[[[\"\n", 2, 0},
		// yaml.v2 reads the first document only.
		{"a: 1\n---\nb: [[[[[x]]]]]\n", 2, 0},
		{"a: 1\n...\n[[[[[\n", 2, 0},
		{"---\nb: [[[[[x]]]]]\n", 2, 2},
		// Nor past the end of its top-level node.
		{" a: 1\nb: [[[[[x]]]]]\n", 2, 0},
		{"[]\nb: [[[[[x]]]]]\n", 2, 0},
		{"\"\"\n[[[[[x]]]]]\n", 2, 0},
		{"''000\n[[[[[x]]]]]\n", 2, 0},
		{"0\t#0: {[\n", 1, 0},
		{"0 #0: {[\n", 1, 0},
		{"!\n! [[\n", 1, 0},
		{"&a\n!t\n&b [[\n", 1, 0},
		{"!t\n&a\n[[x]]\n", 1, 3},
		// A merge key's sequence of maps adds no level: each map
		// merges into the one holding the key.
		{"name: x\nb: 1\n<<: [{}, {}]\n", 1, 0},
		{"<<: [{b: [1]}]\n", 2, 0},
		{"<<: [{b: [1]}]\n", 1, 1},
		{"<<: {b: [1]}\n", 1, 1},
	} {
		c.Check(snap.TooDeep([]byte(t.src), t.limit), check.Equals, t.line, check.Commentf("%q", t.src))
		if t.line > 0 {
			// What it refuses does nest that deep, or is not YAML.
			var v interface{}
			if yaml.Unmarshal([]byte(t.src), &v) == nil {
				c.Check(nesting(v) > t.limit, check.Equals, true, check.Commentf("%q", t.src))
			}
		}
	}
}

// nesting returns how deeply lists and maps nest in a decoded value.
func nesting(v interface{}) int {
	deepest := 0
	switch v := v.(type) {
	case []interface{}:
		for _, item := range v {
			deepest = max(deepest, nesting(item))
		}
	case map[interface{}]interface{}:
		for _, item := range v {
			deepest = max(deepest, nesting(item))
		}
	default:
		return 0
	}
	return deepest + 1
}

// TestTooMany has a row for each place the text shows values on its
// own, and for text that looks like them but is not; where it refuses,
// the decoded document holds more values than the limit.
func (s *flowDepthSuite) TestTooMany(c *check.C) {
	for _, t := range []struct {
		src   string
		limit int
		line  int
	}{
		// Block entries, keys and flow commas count.
		{"- 1\n- 2\n- 3\n", 2, 3},
		{"- 1\n- 2\n", 2, 0},
		{"a: 1\nb: 2\n", 3, 2},
		{"a: 1\n", 2, 0},
		{"a:\nb:\n", 3, 2},
		{"\"a\": 1\n'b': 2\n", 3, 2},
		{"a: [1, 2, 3]\n", 3, 1},
		{"a: [1,\n  2,\n  3]\n", 3, 2},
		{"- - - 1\n", 2, 1},
		{"a: {b: 1, c: 2, d: 3}\n", 3, 1},
		// A trailing comma: the collection makes up for it.
		{"[1,]\n", 1, 0},
		// Text that holds no values of its own.
		{"a: |\n  - 1\n  - 2\n  - 3\n  b: 4\n", 2, 0},
		{"a: \"1, 2, 3, 4, 5\"\n", 2, 0},
		{"a: [\"1, 2, 3, 4\"]\n", 2, 0},
		{"# - 1\n# - 2\n# - 3\n", 0, 0},
		{"a: 1 # b: 2, c: 3\n", 2, 0},
		{"a: plain, with, commas\n", 2, 0},
		{"a: plain\n  - continued\n  - lines\n", 2, 0},
		{"a: 1\n---\n- 1\n- 2\n- 3\n", 2, 0},
		{"[]\na: 1\nb: 2\n", 2, 0},
		{"!t\n plain\n:\n", 1, 0},
		{">#:\n", 1, 0},
		// What a merge key merges may be replaced by the map's own.
		{"a:\n  <<:\n    b: 1\n    c: 2\n  b: 3\n", 5, 0},
		{"a:\n  <<: {b: 1, c: 2, d: 3}\n  b: 3\n", 5, 0},
		{"a: &x {b: 1}\nc:\n  <<: *x\n  b: 2\n", 6, 0},
		{"- |\n  a: 1\n  b: 2\n", 2, 0},
		{"a:\n  !!seq\n  - 1\n  - 2\n", 3, 4},
	} {
		c.Check(snap.TooMany([]byte(t.src), t.limit), check.Equals, t.line, check.Commentf("%q", t.src))
		if n := snap.CountValues([]byte(t.src)); t.line > 0 && n >= 0 {
			c.Check(n > t.limit+1, check.Equals, true, check.Commentf("%q has %d values", t.src, n))
		}
	}
}

// TestDenseRefusedBeforeDecoding: the densest snap.yaml is refused by
// the text's count, on the line where it passes the limit, without the
// tree yaml.v2 would build.
func (s *flowDepthSuite) TestDenseRefusedBeforeDecoding(c *check.C) {
	src := "name: dense\nversion: '1'\nplugs:\n  p:\n    interface: content\n    a:\n" + strings.Repeat("    - 1\n", snap.MaxSnapYamlValues)
	_, err := snap.InfoFromSnapYaml([]byte(src))
	c.Assert(err, check.ErrorMatches, `line \d+: cannot parse snap.yaml: more than 100000 values`)
	var yerr *snap.YamlError
	c.Assert(errors.As(err, &yerr), check.Equals, true)
	// The 6 keys above the list count 12 (each key and its value):
	// the count passes the limit at item 100,001 - 12, on the line
	// after the header's 6 and that many items less one.
	c.Check(yerr.Line, check.Equals, 6+snap.MaxSnapYamlValues+1-12)
}
