// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
)

type globSuite struct{}

var _ = check.Suite(&globSuite{})

// Every glob form the catalogue, the template and the abstractions use,
// with paths it must and must not match. dfa_test.go checks the same
// forms against apparmor_parser on generated paths.
var globCases = []struct {
	pattern string
	match   []string
	miss    []string
}{
	{"/etc/hostname", []string{"/etc/hostname"}, []string{"/etc/hostname/", "/etc/hostnam", "/etc/hostnamex"}},
	{"/tmp/", []string{"/tmp/"}, []string{"/tmp", "/tmp/x"}},
	{"/tmp/*", []string{"/tmp/x", "/tmp/.x", "/tmp/x.y"}, []string{"/tmp/", "/tmp/x/", "/tmp/x/y", "/tmp//x"}},
	{"/tmp/**", []string{"/tmp/x", "/tmp/x/", "/tmp/x/y/z"}, []string{"/tmp/", "/tmp", "/tmp//x"}},
	{"/tmp/*/", []string{"/tmp/x/"}, []string{"/tmp//", "/tmp/x", "/tmp/x/y/"}},
	{"/tmp/**/x", []string{"/tmp/a/x", "/tmp/a/b/x"}, []string{"/tmp/x", "/tmp//x"}},
	{"/tmp/*x", []string{"/tmp/x", "/tmp/ax"}, []string{"/tmp/a/x", "/tmp/xa"}},
	{"/tmp/x*", []string{"/tmp/x", "/tmp/xa"}, []string{"/tmp/x/a"}},
	{"/tmp/{,**}", []string{"/tmp/", "/tmp/x", "/tmp/x/y"}, []string{"/tmp"}},
	{"/tmp/{*,x}", []string{"/tmp/", "/tmp/a", "/tmp/x"}, []string{"/tmp/a/b"}},
	{"/{,**}", []string{"/", "/x", "/x/y/", "//"}, []string{""}},
	{"/dev/pts/[0-9]*", []string{"/dev/pts/0", "/dev/pts/12", "/dev/pts/1x"}, []string{"/dev/pts/", "/dev/pts/x", "/dev/pts/1/2"}},
	{"/dev/tty[A-Z]?", []string{"/dev/ttyS0", "/dev/ttyAx"}, []string{"/dev/ttyS", "/dev/ttys0", "/dev/ttyS/"}},
	{"/dev/[^x]y", []string{"/dev/ay", "/dev//y"}, []string{"/dev/xy", "/dev/y"}},
	{"/{usr/,}lib{,32,64}/**.so*", []string{"/lib/libc.so.6", "/usr/lib64/x/y.so", "/lib32/a.so", "/lib/.so"}, []string{"/usr/lib/libc.a", "/lib16/a.so", "/lib/"}},
	{"/{,usr/}bin/{,g,m}awk", []string{"/bin/awk", "/usr/bin/gawk", "/bin/mawk"}, []string{"/usr/bin/nawk", "/sbin/awk"}},
	{"/etc/{,g}shadow{,-}", []string{"/etc/shadow", "/etc/gshadow-"}, []string{"/etc/shadow+", "/etc/xshadow"}},
	{"/a/{b,c{d,e{f,g}}}/h", []string{"/a/b/h", "/a/cd/h", "/a/cef/h", "/a/ceg/h"}, []string{"/a/c/h", "/a/ce/h"}},
	{"/etc/My Policies{,/,/**}", []string{"/etc/My Policies", "/etc/My Policies/", "/etc/My Policies/x"}, []string{"/etc/MyPolicies"}},
	{"/a.b+c(d)$e^f|g", []string{"/a.b+c(d)$e^f|g"}, []string{"/aXb+c(d)$e^f|g"}},
	{`/a\*b`, []string{"/a*b"}, []string{"/axb"}},
	{`/a\{b\}`, []string{"/a{b}"}, []string{"/ab"}},
	{`/a\x41`, []string{"/aA"}, []string{"/a\\x41"}},
	{"/x/{a/,}*", []string{"/x/a/b", "/x/b", "/x/a/", "/x/"}, []string{"/x/a/b/c"}},
	{"snap.foo.*", []string{"snap.foo.app", "snap.foo.hook.configure"}, []string{"snap.foobar.app", "snap.foo"}},
	{"@/tmp/.X11-unix/X[0-9]*", []string{"@/tmp/.X11-unix/X0"}, []string{"@/tmp/.X11-unix/X", "@/tmp/.ICE-unix/1"}},
	{"/caf\xc3\xa9/?", []string{"/caf\xc3\xa9/x"}, []string{"/caf\xc3\xa9/\xc3\xa9"}},
}

func (s *globSuite) TestForms(c *check.C) {
	for _, tc := range globCases {
		g, err := aare.CompileGlob(tc.pattern)
		c.Assert(err, check.IsNil, check.Commentf("%q", tc.pattern))
		for _, p := range tc.match {
			c.Check(g.Match(p), check.Equals, true, check.Commentf("%q should match %q", tc.pattern, p))
		}
		for _, p := range tc.miss {
			c.Check(g.Match(p), check.Equals, false, check.Commentf("%q should not match %q", tc.pattern, p))
		}
	}
}

func (s *globSuite) TestLiteral(c *check.C) {
	c.Check(aare.MustCompileGlob("/etc/hostname").Literal(), check.Equals, true)
	c.Check(aare.MustCompileGlob(`/a\*`).Literal(), check.Equals, true)
	c.Check(aare.MustCompileGlob("/etc/*").Literal(), check.Equals, false)
	c.Check(aare.MustCompileGlob("/etc/{a,b}").Literal(), check.Equals, false)
}

func (s *globSuite) TestErrors(c *check.C) {
	for _, tc := range []struct{ pattern, err string }{
		{"/a{b", `invalid pattern "/a{b": unclosed '{'`},
		{"/a}b", `invalid pattern "/a}b": offset 2: '}' without '{'`},
		{"/a{b}", `.*offset 4: alternation with a single item`},
		{"/a{}", `.*offset 3: alternation with a single item`},
		{"/a[b", `.*offset 2: unclosed '\['`},
		{"/a[]", `.*offset 2: empty character class`},
		{"/a]", `.*offset 2: '\]' without '\['`},
		{"/a[z-a]", `.*range 'z'-'a' out of order`},
		{`/a\`, `.*trailing '\\'`},
		{`/a\xZZ`, `.*bad escape.*`},
		{"/" + strings.Repeat("{", 60) + "a", `.*alternations nested deeper than 50`},
		{"/" + strings.Repeat("a", 1<<16), `pattern longer than 65536 bytes`},
	} {
		_, err := aare.CompileGlob(tc.pattern)
		c.Check(err, check.ErrorMatches, tc.err, check.Commentf("%.40q", tc.pattern))
	}
}
