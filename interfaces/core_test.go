// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces_test

import (
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

func Test(t *testing.T) { check.TestingT(t) }

type coreSuite struct{}

var _ = check.Suite(&coreSuite{})

func mustSnap(c *check.C, yaml string) *snap.Info {
	info, err := snap.InfoFromSnapYaml([]byte(yaml))
	c.Assert(err, check.IsNil)
	return info
}

func (s *coreSuite) TestValidateName(c *check.C) {
	for _, name := range []string{"a", "network", "multipass-support", "i2c", "a1-b2"} {
		c.Check(interfaces.ValidateName(name), check.IsNil, check.Commentf("%q", name))
	}
	for _, t := range []struct{ name, err string }{
		{"", `invalid interface name: ""`},
		{"Network", `invalid interface name: "Network"`},
		{"-net", `invalid interface name: "-net"`},
		{"net-", `invalid interface name: "net-"`},
		{"net--work", `invalid interface name: "net--work"`},
		{"1net", `invalid interface name: "1net"`},
		{"net work", `invalid interface name: "net work"`},
	} {
		c.Check(interfaces.ValidateName(t.name), check.ErrorMatches, t.err)
	}
}

const attrsSnapYaml = `name: consumer
version: "1"
apps:
  one:
    command: one
  two:
    command: two
  three:
    command: three
hooks:
  configure:
plugs:
  everywhere:
    interface: test
    str: text
    num: 42
    flag: true
    list: [a, b]
    nested:
      inner:
        deep: value
  some:
    interface: test
slots:
  served:
    interface: test
`

func (s *coreSuite) TestConnectedPlugAttributes(c *check.C) {
	info := mustSnap(c, attrsSnapYaml)
	plug := interfaces.NewConnectedPlug(info.Plugs["everywhere"], map[string]interface{}{"dyn": "amic", "str": "shadowed"})

	var str string
	c.Assert(plug.Attr("str", &str), check.IsNil)
	// Dynamic attributes come first.
	c.Check(str, check.Equals, "shadowed")
	var num int64
	c.Assert(plug.Attr("num", &num), check.IsNil)
	c.Check(num, check.Equals, int64(42))
	var flag bool
	c.Assert(plug.Attr("flag", &flag), check.IsNil)
	c.Check(flag, check.Equals, true)
	var list []interface{}
	c.Assert(plug.Attr("list", &list), check.IsNil)
	c.Check(list, check.DeepEquals, []interface{}{"a", "b"})
	c.Assert(plug.Attr("nested.inner.deep", &str), check.IsNil)
	c.Check(str, check.Equals, "value")
	var any interface{}
	c.Assert(plug.Attr("dyn", &any), check.IsNil)
	c.Check(any, check.Equals, "amic")

	c.Check(plug.Attr("missing", &str), check.ErrorMatches, `plug "everywhere" of snap "consumer" has no attribute "missing"`)
	c.Check(plug.Attr("nested.inner.missing", &str), check.ErrorMatches, `plug "everywhere" of snap "consumer" has no attribute "nested.inner.missing"`)
	c.Check(plug.Attr("str.deeper", &str), check.ErrorMatches, `plug "everywhere" of snap "consumer" has no attribute "str.deeper"`)
	c.Check(plug.Attr("num", &str), check.ErrorMatches, `plug "everywhere" of snap "consumer" has attribute "num" of type int64, want string`)
	c.Check(plug.Attr("num", str), check.ErrorMatches, `internal error: cannot store attribute "num" into string`)

	c.Check(plug.SetAttr("num", int64(1)), check.ErrorMatches, `cannot change static plug attribute "num"`)
	c.Check(plug.SetAttr("a.b", int64(1)), check.ErrorMatches, `cannot set plug attribute "a.b": want a plain key`)
	c.Check(plug.SetAttr("fresh", int64(1)), check.IsNil)
	v, ok := plug.Lookup("fresh")
	c.Check(ok, check.Equals, true)
	c.Check(v, check.Equals, int64(1))

	slot := interfaces.NewConnectedSlot(info.Slots["served"], nil)
	c.Check(slot.Attr("x", &str), check.ErrorMatches, `slot "served" of snap "consumer" has no attribute "x"`)
	c.Check(slot.SetAttr("x", "y"), check.IsNil)
	c.Assert(slot.Attr("x", &str), check.IsNil)
	c.Check(str, check.Equals, "y")
}

func (s *coreSuite) TestDynamicAttrsAreCopied(c *check.C) {
	info := mustSnap(c, attrsSnapYaml)
	dyn := map[string]interface{}{"k": "v"}
	plug := interfaces.NewConnectedPlug(info.Plugs["some"], dyn)
	dyn["k"] = "changed"
	v, _ := plug.Lookup("k")
	c.Check(v, check.Equals, "v")
}

func (s *coreSuite) TestSecurityTagsAndLabels(c *check.C) {
	// "everywhere" is bound to every app and hook, as none lists it.
	info := mustSnap(c, attrsSnapYaml)
	everywhere := interfaces.NewConnectedPlug(info.Plugs["everywhere"], nil)
	c.Check(everywhere.SecurityTags(), check.DeepEquals, []string{
		"snap.consumer.hook.configure", "snap.consumer.one", "snap.consumer.three", "snap.consumer.two",
	})
	c.Check(everywhere.LabelExpression(), check.Equals, "snap.consumer.*")

	twoApps := mustSnap(c, `name: consumer
version: "1"
apps:
  one:
    command: one
    plugs: [p]
  two:
    command: two
    plugs: [p]
  three:
    command: three
hooks:
  install:
    plugs: [p]
plugs:
  p: test
`)
	p := interfaces.NewConnectedPlug(twoApps.Plugs["p"], nil)
	c.Check(p.SecurityTags(), check.DeepEquals, []string{"snap.consumer.hook.install", "snap.consumer.one", "snap.consumer.two"})
	c.Check(p.LabelExpression(), check.Equals, "snap.consumer.{hook.install,one,two}")

	oneApp := mustSnap(c, `name: consumer
version: "1"
apps:
  one:
    command: one
    plugs: [p]
  two:
    command: two
plugs:
  p: test
`)
	c.Check(interfaces.NewConnectedPlug(oneApp.Plugs["p"], nil).LabelExpression(), check.Equals, "snap.consumer.one")

	onlyApp := mustSnap(c, `name: consumer
version: "1"
apps:
  one:
    command: one
plugs:
  p: test
`)
	c.Check(interfaces.NewConnectedPlug(onlyApp.Plugs["p"], nil).LabelExpression(), check.Equals, "snap.consumer.one")

	instance := mustSnap(c, `name: consumer
version: "1"
apps:
  one:
    command: one
slots:
  s: test
`)
	instance.InstanceKey = "foo"
	slot := interfaces.NewConnectedSlot(instance.Slots["s"], nil)
	c.Check(slot.SecurityTags(), check.DeepEquals, []string{"snap.consumer_foo.one"})
	c.Check(slot.LabelExpression(), check.Equals, "snap.consumer_foo.one")
}
