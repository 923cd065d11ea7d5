// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"regexp"
	"sort"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

// The attribute descriptions of the catalogue (interfaces.AttributeDescriber)
// against the sanitizers they describe.
type attrDocSuite struct{}

var _ = check.Suite(&attrDocSuite{})

var attrName = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

// sanitizeSide runs the sanitizer of one side of iface on a plug or slot of
// a fresh snap carrying attrs (copied), and returns its error; ok is
// false when iface has no sanitizer for that side.
func sanitizeSide(c *check.C, iface interfaces.Interface, side string, attrs map[string]interface{}, daemon string) (err error, ok bool) {
	yaml := fmt.Sprintf("name: %[1]s\nversion: \"1\"\napps:\n  app:\n    command: bin/app\n", map[string]string{"plug": "consumer", "slot": "provider"}[side])
	if daemon != "" {
		yaml += fmt.Sprintf("  %s:\n    command: bin/%[1]s\n    daemon: simple\n", daemon)
	}
	yaml += fmt.Sprintf("%ss:\n  %[1]s:\n    interface: %s\n", side, iface.Name())
	info, err := snap.InfoFromSnapYaml([]byte(yaml))
	c.Assert(err, check.IsNil)
	if side == "plug" {
		s, ok := iface.(interfaces.PlugSanitizer)
		if !ok {
			return nil, false
		}
		plug := info.Plugs["plug"]
		plug.Attrs = builtin.CopyAttrs(attrs)
		return s.BeforePreparePlug(plug), true
	}
	s, ok := iface.(interfaces.SlotSanitizer)
	if !ok {
		return nil, false
	}
	slot := info.Slots["slot"]
	slot.Attrs = builtin.CopyAttrs(attrs)
	return s.BeforePrepareSlot(slot), true
}

// hasType says whether a value, as snap.yaml gives it, is written as
// an attribute of the given type says.
func hasType(v interface{}, typ string) bool {
	list, isList := v.([]interface{})
	all := func(ok func(interface{}) bool) bool {
		for _, item := range list {
			if !ok(item) {
				return false
			}
		}
		return isList && len(list) > 0
	}
	isString := func(v interface{}) bool { _, ok := v.(string); return ok }
	isMap := func(v interface{}) bool { _, ok := v.(map[string]interface{}); return ok }
	switch typ {
	case interfaces.AttrTypeString:
		return isString(v)
	case interfaces.AttrTypeBool:
		_, ok := v.(bool)
		return ok
	case interfaces.AttrTypeInt:
		_, ok := v.(int64)
		return ok
	case interfaces.AttrTypeStringList:
		return all(isString)
	case interfaces.AttrTypeStringOrList:
		return isString(v) || all(isString)
	case interfaces.AttrTypeMap:
		return isMap(v)
	case interfaces.AttrTypeMapList:
		return all(isMap)
	}
	return false
}

func knownType(typ string) bool {
	for _, t := range interfaces.AttrTypes {
		if t == typ {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]interface{}) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Every interface with a sanitizer describes the attributes of each
// side it sanitizes, and only those; each description is well formed;
// every example passes the sanitizers, uses only described attributes
// with values of their types, and fails without any required one; and
// every described attribute shows in an example.
func (s *attrDocSuite) TestSanitizersDescribeTheirAttributes(c *check.C) {
	described := 0
	for _, iface := range builtin.Interfaces() {
		name := iface.Name()
		_, plugSan := iface.(interfaces.PlugSanitizer)
		_, slotSan := iface.(interfaces.SlotSanitizer)
		d, ok := iface.(interfaces.AttributeDescriber)
		if !plugSan && !slotSan && !ok {
			continue
		}
		if !c.Check(ok, check.Equals, true, check.Commentf("interface %q has a sanitizer: describe its attributes (interfaces.AttributeDescriber)", name)) {
			continue
		}
		described++
		doc := d.Attributes()
		attrsOf := map[string]map[string]interfaces.Attribute{"plug": {}, "slot": {}}
		lastSide := "plug"
		for _, a := range doc.Attributes {
			comment := check.Commentf("interface %q, %s attribute %q", name, a.Side, a.Name)
			if !c.Check(a.Side == "plug" || a.Side == "slot", check.Equals, true, comment) {
				continue
			}
			c.Check(a.Side >= lastSide, check.Equals, true, check.Commentf("%s: plug attributes come before the slot's", comment.CheckCommentString()))
			lastSide = a.Side
			c.Check(a.Name, check.Matches, attrName.String(), comment)
			c.Check(knownType(a.Type), check.Equals, true, check.Commentf("%s: type %q is none of interfaces.AttrTypes", comment.CheckCommentString(), a.Type))
			c.Check(a.Description, check.Matches, `(?s)[A-Z"a-z$/].*\.`, comment)
			c.Check(a.Required && a.Default != "", check.Equals, false, check.Commentf("%s: a required attribute has no default", comment.CheckCommentString()))
			_, dup := attrsOf[a.Side][a.Name]
			c.Check(dup, check.Equals, false, check.Commentf("%s: described twice", comment.CheckCommentString()))
			attrsOf[a.Side][a.Name] = a
		}
		c.Check(len(attrsOf["plug"]) > 0, check.Equals, plugSan, check.Commentf("interface %q: plug attributes are described where a plug sanitizer checks them", name))
		c.Check(len(attrsOf["slot"]) > 0, check.Equals, slotSan, check.Commentf("interface %q: slot attributes are described where a slot sanitizer checks them", name))

		c.Check(doc.Examples, check.Not(check.HasLen), 0, check.Commentf("interface %q has no example", name))
		shown := map[string]bool{}
		for i, ex := range doc.Examples {
			comment := check.Commentf("interface %q, example %d (%s)", name, i+1, ex.Title)
			c.Check(ex.Title, check.Matches, `[a-z].*[^.]`, comment)
			c.Check(ex.Plug != nil || ex.Slot != nil, check.Equals, true, comment)
			for _, side := range []string{"plug", "slot"} {
				attrs := ex.Plug
				if side == "slot" {
					attrs = ex.Slot
				}
				if attrs == nil {
					continue
				}
				err, ok := sanitizeSide(c, iface, side, attrs, ex.Daemon)
				if !ok {
					c.Check(attrs, check.HasLen, 0, check.Commentf("%s: attributes of a %s nothing sanitizes", comment.CheckCommentString(), side))
					continue
				}
				c.Check(err, check.IsNil, comment)
				for _, key := range sortedKeys(attrs) {
					a, ok := attrsOf[side][key]
					if !c.Check(ok, check.Equals, true, check.Commentf("%s: %s attribute %q is not described", comment.CheckCommentString(), side, key)) {
						continue
					}
					shown[side+":"+key] = true
					c.Check(hasType(attrs[key], a.Type), check.Equals, true, check.Commentf("%s: %s attribute %q is not a %s: %#v", comment.CheckCommentString(), side, key, a.Type, attrs[key]))
				}
				for _, a := range attrsOf[side] {
					if !a.Required {
						continue
					}
					if !c.Check(attrs[a.Name], check.NotNil, check.Commentf("%s: lacks required %s attribute %q", comment.CheckCommentString(), side, a.Name)) {
						continue
					}
					without := builtin.CopyAttrs(attrs)
					delete(without, a.Name)
					err, _ := sanitizeSide(c, iface, side, without, ex.Daemon)
					c.Check(err, check.NotNil, check.Commentf("%s: passes without required %s attribute %q", comment.CheckCommentString(), side, a.Name))
				}
			}
		}
		for _, side := range []string{"plug", "slot"} {
			for attr := range attrsOf[side] {
				c.Check(shown[side+":"+attr], check.Equals, true, check.Commentf("interface %q: no example shows %s attribute %q", name, side, attr))
			}
		}
	}
	// A floor, so that the test cannot pass by finding nothing.
	c.Check(described >= 30, check.Equals, true, check.Commentf("only %d interfaces describe their attributes", described))
}

// The attributes that the catalogue-wide tests render interfaces with
// (samples, all_test.go) are all described: a second, independent list
// of what each interface takes.
func (s *attrDocSuite) TestSamplesAreDescribed(c *check.C) {
	for name, list := range samples {
		iface, err := builtin.ByName(name)
		c.Assert(err, check.IsNil)
		d, ok := iface.(interfaces.AttributeDescriber)
		if !c.Check(ok, check.Equals, true, check.Commentf("interface %q", name)) {
			continue
		}
		known := map[string]bool{}
		for _, a := range d.Attributes().Attributes {
			known[a.Side+":"+a.Name] = true
		}
		for _, sample := range list {
			for side, attrs := range map[string]map[string]interface{}{"plug": sample.plug, "slot": sample.slot} {
				for key := range attrs {
					c.Check(known[side+":"+key], check.Equals, true, check.Commentf("interface %q: %s attribute %q of samples is not described", name, side, key))
				}
			}
		}
	}
}

// A required attribute that is missing is reported by the sanitizer
// with the attribute's name, so the description and the error agree.
func (s *attrDocSuite) TestRequiredAttributesNamedInErrors(c *check.C) {
	for _, t := range []struct {
		iface, side string
		attrs       map[string]interface{}
		errorRegexp string
	}{
		{"dbus", "slot", map[string]interface{}{"name": "org.example.Foo"}, `.*"bus" is required.*`},
		{"dbus", "plug", map[string]interface{}{"bus": "system"}, `.*"name" is required.*`},
		{"content", "plug", map[string]interface{}{}, `.*"target" is required.*`},
		{"polkit", "plug", map[string]interface{}{}, `.*"action-prefix" must be set.*`},
		{"netlink-driver", "slot", map[string]interface{}{"family-name": "foo"}, `.*"family" must be set.*`},
		{"netlink-driver", "plug", map[string]interface{}{}, `.*"family-name" must name.*`},
		{"gpio", "slot", map[string]interface{}{}, `.*"number" must be set.*`},
		{"pwm", "slot", map[string]interface{}{"chip-number": int64(0)}, `.*"channel" must be set.*`},
		{"gpio-chardev", "slot", map[string]interface{}{"lines": "1"}, `.*"source-chip" must list.*`},
		{"posix-mq", "slot", map[string]interface{}{}, `.*"path" must name a message queue.*`},
		{"dsp", "slot", map[string]interface{}{}, `.*"flavor" must be set.*`},
	} {
		iface, err := builtin.ByName(t.iface)
		c.Assert(err, check.IsNil)
		err, ok := sanitizeSide(c, iface, t.side, t.attrs, "")
		c.Assert(ok, check.Equals, true)
		c.Check(err, check.ErrorMatches, t.errorRegexp, check.Commentf("%s %s", t.iface, t.side))
	}
}
