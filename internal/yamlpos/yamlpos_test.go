// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package yamlpos_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/check.v1"
	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/internal/yamlpos"
	"github.com/snapiface/snapiface/testutil"
)

func Test(t *testing.T) { check.TestingT(t) }

type yamlposSuite struct{}

var _ = check.Suite(&yamlposSuite{})

// src is a document exercising most of what the scanner knows; the
// line numbers in the table below refer to it.
var src = strings.Join([]string{
	`# a comment`,                          // 1
	`name: foo # trailing comment`,         // 2
	`description: |`,                       // 3
	`  apps: not a key, block scalar text`, // 4
	``,                                     // 5
	`apps:`,                                // 6
	`  foo_bar:`,                           // 7
	`    command: bin/foo`,                 // 8
	`    plugs:`,                           // 9
	`      - network`,                      // 10
	`      # comment between items`,        // 11
	`      - home`,                         // 12
	`  "quoted app":`,                      // 13
	`    plugs: [x11, {interface: y}]`,     // 14
	`  'single '' quoted': {a: 1}`,         // 15
	`architectures:`,                       // 16
	`- build-on: [amd64]`,                  // 17
	`  build-for: arm64`,                   // 18
	`- - nested`,                           // 19
	`  - second`,                           // 20
	`plugs:`,                               // 21
	`  p: &anchor`,                         // 22
	`    interface: content`,               // 23
	`    "#notacomment": x`,                // 24
	`  q: *anchor`,                         // 25
	`  r: "multi`,                          // 26
	`    line: string"`,                    // 27
	`  s: !!map`,                           // 28
	`    attr: 1`,                          // 29
	`dup: 1`,                               // 30
	`dup: 2`,                               // 31
	`---`,                                  // 32
	`second: document`,                     // 33
}, "\n")

func (s *yamlposSuite) TestLine(c *check.C) {
	for _, t := range []struct {
		path []string
		line int
	}{
		{[]string{"name"}, 2},
		{[]string{"description"}, 3},
		{[]string{"apps"}, 6},
		{[]string{"apps", "foo_bar"}, 7},
		{[]string{"apps", "foo_bar", "command"}, 8},
		{[]string{"apps", "foo_bar", "plugs"}, 9},
		{[]string{"apps", "foo_bar", "plugs", "0"}, 10},
		{[]string{"apps", "foo_bar", "plugs", "1"}, 12},
		{[]string{"apps", "quoted app"}, 13},
		{[]string{"apps", "quoted app", "plugs", "1", "interface"}, 14},
		{[]string{"apps", "single ' quoted", "a"}, 15},
		{[]string{"architectures", "0"}, 17},
		{[]string{"architectures", "0", "build-on"}, 17},
		{[]string{"architectures", "0", "build-on", "0"}, 17},
		{[]string{"architectures", "0", "build-for"}, 18},
		{[]string{"architectures", "1", "0"}, 19},
		{[]string{"architectures", "1", "1"}, 20},
		{[]string{"plugs", "p"}, 22},
		{[]string{"plugs", "p", "interface"}, 23},
		{[]string{"plugs", "p", "#notacomment"}, 24},
		{[]string{"plugs", "q"}, 25},
		{[]string{"plugs", "s", "attr"}, 29},
		{[]string{"dup"}, 31},

		// What it cannot or will not locate.
		{nil, 0},
		{[]string{"missing"}, 0},
		{[]string{"description", "apps"}, 0},
		{[]string{"apps", "foo_bar", "plugs", "2"}, 0},
		{[]string{"apps", "foo_bar", "plugs", "x"}, 0},
		{[]string{"apps", "foo_bar", "plugs", "01"}, 0},
		{[]string{"apps", "foo_bar", "plugs", "-1"}, 0},
		{[]string{"apps", "quoted app", "plugs", "2"}, 0},
		{[]string{"apps", "foo_bar", "command", "x"}, 0},
		{[]string{"architectures", "build-on"}, 0},
		{[]string{"plugs", "q", "interface"}, 0}, // through an alias
		{[]string{"plugs", "r", "line"}, 0},      // inside a scalar
		{[]string{"second"}, 0},                  // in the next document
	} {
		c.Check(yamlpos.Line([]byte(src), t.path...), check.Equals, t.line, check.Commentf("%q", t.path))
	}
}

func (s *yamlposSuite) TestOddInputs(c *check.C) {
	for _, t := range []struct {
		src  string
		path []string
		line int
	}{
		{"", []string{"a"}, 0},
		{"---\na: 1\n", []string{"a"}, 2},
		{"%YAML 1.1\n---\na: 1\n", []string{"a"}, 3},
		{"a: 1\r\nb: 2\r\n", []string{"b"}, 2},
		{"a: 1\n...\nb: 2\n", []string{"b"}, 0},
		{"  a: 1\nb: 2\n", []string{"b"}, 0},
		{"a:\n    b: 1\n  c: 2\n", []string{"a", "c"}, 0},
		{"- a\nb: 1\n", []string{"1"}, 0},
		{"? complex\n: value\nb: 1\n", []string{"b"}, 3},
		{"a: [1, 2\nb: 1\n", []string{"a", "0"}, 0},
		{"a: &x {b: 1}\n", []string{"a", "b"}, 1},
		{"a: &x\n", []string{"a", "b"}, 0},
		{"-\n  a: 1\n", []string{"0", "a"}, 2},
		{"\"unterminated: 1\n", []string{"unterminated"}, 0},
		// Double-quoted keys are unescaped as YAML does.
		{"\"esc\\/aped\": 1\n", []string{"esc\\/aped"}, 1}, // not YAML 1.1: as written
		{"a: 0\n\"a\\0b\": 1\n", []string{"a\x00b"}, 2},
		{"a: 0\n\"\\x00\\e\\_\\N\\L\\P\\ \\\t\": 1\n", []string{"\x00\x1b\u00a0\u0085\u2028\u2029 \t"}, 2},
		{"a: 0\n\"\\xe9\\u00e9\\U0001F600\": 1\n", []string{"éé😀"}, 2},
		{"a: 0\n\"\\q\": 1\n", []string{"\\q"}, 2}, // unknown: as written
		{"a: 0\n\"\\x4\": 1\n", []string{"\\x4"}, 2},
		{"url: http://x\n", []string{"url"}, 1},
		{"-foo: 1\n", []string{"-foo"}, 1},
		{"a: it's # comment\nb: 1\n", []string{"b"}, 2},
		// A null key in a flow map answers to any spelling of null.
		{"a: {~: 1}\n", []string{"a", "~"}, 1},
		{"a: {null: 1}\n", []string{"a", "NULL"}, 1},
		{"a: {x: 1}\n", []string{"a", "~"}, 0},
	} {
		c.Check(yamlpos.Line([]byte(t.src), t.path...), check.Equals, t.line, check.Commentf("%q in %q", t.path, t.src))
	}
}

// corpusDir returns the shared corpus of real snapcraft.yaml files, or
// skips the test when there is none.
func corpusDir(c *check.C) string {
	dir := testutil.CorpusDir()
	if dir == "" {
		c.Skip("no shared corpus beside the repository")
	}
	return dir
}

// TestCorpus asks for the line of every key and item in real files: the
// answer must be 0 or a line holding that key or item, and most must be
// found.
func (s *yamlposSuite) TestCorpus(c *check.C) {
	files, err := filepath.Glob(filepath.Join(corpusDir(c), "*.yaml"))
	c.Assert(err, check.IsNil)
	c.Assert(files, check.Not(check.HasLen), 0)
	var found, total int
	for _, file := range files {
		src, err := os.ReadFile(file)
		c.Assert(err, check.IsNil)
		var doc yaml.MapSlice
		c.Assert(yaml.Unmarshal(src, &doc), check.IsNil)
		lines := strings.Split(string(src), "\n")
		var visit func(v interface{}, path []string)
		check1 := func(path []string, want string) {
			total++
			n := yamlpos.Line(src, path...)
			if n == 0 {
				return // behind an alias, mostly
			}
			found++
			c.Check(strings.Contains(lines[n-1], want), check.Equals, true,
				check.Commentf("%s:%d: %q is not %q", filepath.Base(file), n, lines[n-1], path))
		}
		visit = func(v interface{}, path []string) {
			switch v := v.(type) {
			case yaml.MapSlice:
				for _, item := range v {
					key := fmt.Sprint(item.Key)
					p := append(path[:len(path):len(path)], key)
					check1(p, key)
					visit(item.Value, p)
				}
			case []interface{}:
				for i, item := range v {
					p := append(path[:len(path):len(path)], strconv.Itoa(i))
					check1(p, "")
					visit(item, p)
				}
			}
		}
		visit(doc, nil)
	}
	c.Logf("located %d of %d keys and items", found, total)
	c.Check(found*100/total >= 90, check.Equals, true, check.Commentf("located %d of %d", found, total))
}

// TestEscapesAgreeWithDecoder finds every double-quoted key by the text
// yaml.v2 decodes it to.
func (s *yamlposSuite) TestEscapesAgreeWithDecoder(c *check.C) {
	keys := []string{`a\0b`, `\x00\e\_\N\L\P\ \t`, `\xe9\u00e9\U0001F600`, `\"\\`, `tab\	x`, `plain`}
	var src strings.Builder
	for i, k := range keys {
		fmt.Fprintf(&src, "\"%s\": %d\n", k, i)
	}
	var decoded map[string]int
	c.Assert(yaml.Unmarshal([]byte(src.String()), &decoded), check.IsNil)
	c.Assert(decoded, check.HasLen, len(keys))
	for key, i := range decoded {
		c.Check(yamlpos.Line([]byte(src.String()), key), check.Equals, i+1, check.Commentf("%q", key))
	}
}
