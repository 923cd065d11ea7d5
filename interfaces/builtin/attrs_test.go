// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "gopkg.in/check.v1"

// Internal test: the helpers are unexported and shared by sanitizers.
type attrsSuite struct{}

var _ = check.Suite(&attrsSuite{})

func (s *attrsSuite) TestValidatePath(c *check.C) {
	for _, p := range []string{"/dev/ttyS0", "/var/lib/foo bar", "/etc/x.conf", "/"} {
		c.Check(validatePath("path", p, ""), check.IsNil, check.Commentf("%q", p))
	}
	for _, t := range []struct{ path, prefix, err string }{
		{"", "", `path cannot be empty`},
		{"dev/ttyS0", "", `path "dev/ttyS0" must be absolute`},
		{"/dev/tty/", "", `path "/dev/tty/" must not end with a slash`},
		{"/dev/../etc/shadow", "", `path "/dev/../etc/shadow" must be clean .*`},
		{"/dev//tty", "", `path "/dev//tty" must be clean .*`},
		{"/dev/./tty", "", `path "/dev/./tty" must be clean .*`},
		{"/dev/tty*", "", `path "/dev/tty\*" contains "\*", which AppArmor would not read as a literal`},
		{"/dev/{a,b}", "", `path .* contains "\{", .*`},
		{"/dev/a,\n/etc/** rw", "", `path .* contains a control character`},
		{"/dev/a, /etc/shadow r", "", `path .* contains ",", .*`},
		{"/dev/@{HOME}", "", `path .* contains "@", .*`},
		{"/dev/a\"b", "", `path .* contains "\\"", .*`},
		{"/dev/a#b", "", `path .* contains "#", .*`},
		{"/etc/ttyS0", "/dev", `path "/etc/ttyS0" must be under /dev`},
		{"/devices", "/dev", `path "/devices" must be under /dev`},
	} {
		c.Check(validatePath("path", t.path, t.prefix), check.ErrorMatches, t.err, check.Commentf("%q", t.path))
	}
}

func (s *attrsSuite) TestAAPath(c *check.C) {
	c.Check(aaPath("/a b"), check.Equals, `"/a b"`)
	c.Check(aaPath("/ab"), check.Equals, `/ab`)
}

func (s *attrsSuite) TestStringListAttr(c *check.C) {
	got, err := stringListAttr(map[string]interface{}{"read": []interface{}{"a", "b"}}, "read")
	c.Assert(err, check.IsNil)
	c.Check(got, check.DeepEquals, []string{"a", "b"})
	got, err = stringListAttr(map[string]interface{}{}, "read")
	c.Check(err, check.IsNil)
	c.Check(got, check.HasLen, 0)
	for _, t := range []struct {
		value interface{}
		err   string
	}{
		{"a", `"read" must be a list of strings`},
		{[]interface{}{"a", int64(1)}, `"read" must be a list of strings`},
		{[]interface{}{"a", "a"}, `"read" lists "a" twice`},
	} {
		_, err := stringListAttr(map[string]interface{}{"read": t.value}, "read")
		c.Check(err, check.ErrorMatches, t.err)
	}
}

func (s *attrsSuite) TestStringAttr(c *check.C) {
	v, ok, err := stringAttr(map[string]interface{}{"k": "v"}, "k")
	c.Check(v, check.Equals, "v")
	c.Check(ok, check.Equals, true)
	c.Check(err, check.IsNil)
	_, ok, err = stringAttr(map[string]interface{}{}, "k")
	c.Check(ok, check.Equals, false)
	c.Check(err, check.IsNil)
	_, _, err = stringAttr(map[string]interface{}{"k": true}, "k")
	c.Check(err, check.ErrorMatches, `"k" must be a string`)
}

func (s *attrsSuite) TestValidateDBusName(c *check.C) {
	for _, name := range []string{"org.freedesktop.DBus", "com.example.my-app", "a.b", "_x.y_2"} {
		c.Check(validateDBusName(name), check.IsNil, check.Commentf("%q", name))
	}
	for _, name := range []string{"", "org", "org.", ".org.x", "org.2x", "org.x,y", "org.x*", "org.x\nfoo", "org..x"} {
		c.Check(validateDBusName(name), check.ErrorMatches, `invalid D-Bus bus name: .*`, check.Commentf("%q", name))
	}
}
