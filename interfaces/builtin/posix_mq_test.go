// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type posixMQSuite struct{}

var _ = check.Suite(&posixMQSuite{})

func (s *posixMQSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "posix-mq", staticInfo{
		summary: "allows sharing POSIX message queues between snaps",
		slots: "allow-installation: false\nallow-connection:\n  plug-attributes:\n    posix-mq: $SLOT(posix-mq)\n" +
			"allow-auto-connection:\n  plug-publisher-id:\n    - $SLOT_PUBLISHER_ID\n  plug-attributes:\n    posix-mq: $SLOT(posix-mq)",
	})
}

// Carrying the slot needs a snap declaration, whatever the snap; the
// plug installs anywhere. A plug connects to a slot of its tag only.
func (s *posixMQSuite) TestDecisions(c *check.C) {
	base := builtinDeclaration(c)
	for _, typ := range []snap.Type{snap.TypeApp, snap.TypeGadget, snap.TypeKernel} {
		c.Check(installs(c, base, builtin.Classic, providerYaml(typ, "posix-mq", "path: /jobs")), check.Equals, false, check.Commentf("%s", typ))
	}
	c.Check(installsAsSystem(c, base, builtin.Classic, providerYaml(snap.TypeSnapd, "posix-mq", "path: /jobs")), check.Equals, false)
	checkPlugInstall(c, "posix-mq", "posix-mq: jobs", true)
	checkDecisions(c, "posix-mq", []decision{
		{plugAttrs: "posix-mq: jobs", provider: true, slotAttrs: "posix-mq: jobs\npath: /jobs", manual: true},
		{plugAttrs: "posix-mq: jobs", provider: true, slotAttrs: "path: /jobs", manual: false},
		{plugAttrs: "posix-mq: jobs", provider: true, slotAttrs: "posix-mq: other\npath: /jobs", manual: false},
		{plugAttrs: "posix-mq: slot", provider: true, slotAttrs: "path: /jobs", manual: true},
	})
}

func (s *posixMQSuite) TestDefaultSlotTag(c *check.C) {
	repo := newRepo(c, builtin.Classic, providerYaml(snap.TypeApp, "posix-mq", "path: /jobs"))
	c.Check(repo.Slot("provider", "slot").Attrs["posix-mq"], check.Equals, "slot")
}

func (s *posixMQSuite) TestPlugSanitizer(c *check.C) {
	tag := func(v interface{}) map[string]interface{} { return map[string]interface{}{"posix-mq": v} }
	with := func(k string, v interface{}) map[string]interface{} {
		return map[string]interface{}{"posix-mq": "jobs", k: v}
	}
	checkPlugSanitizer(c, "posix-mq", append([]attrCase{
		{tag("jobs"), ""},
		{nil, `"posix-mq" must name the tag of the slot whose queues the plug uses`},
		{tag(int64(1)), `"posix-mq" must be a string`},
		{tag(""), `"posix-mq" cannot be empty`},
		{tag("a b"), `"posix-mq" "a b" contains " ": a tag is one word`},
		{with("path", "/jobs"), `"path" is a slot attribute`},
		{with("permissions", []interface{}{"read"}), `"permissions" is a slot attribute`},
	}, injections("jobs", `"posix-mq" .*`, func(v string) map[string]interface{} { return tag(v) })...))
}

func (s *posixMQSuite) TestSlotSanitizer(c *check.C) {
	path := func(v interface{}) map[string]interface{} { return map[string]interface{}{"path": v} }
	perms := func(v ...interface{}) map[string]interface{} {
		return map[string]interface{}{"path": "/jobs", "permissions": v}
	}
	rows := []attrCase{
		{path("/jobs"), ""},
		{path([]interface{}{"/jobs", "/results", "/a.b-c_1"}), ""},
		{perms("read", "write", "create", "delete"), ""},
		{perms("delete"), ""},
		{map[string]interface{}{"path": "/jobs", "posix-mq": "jobs"}, ""},
		{nil, `"path" must name a message queue \("/NAME"\) or list several`},
		{path(int64(1)), `"path" must be a string or a list of strings`},
		{path(map[string]interface{}{}), `"path" must be a string or a list of strings`},
		{path([]interface{}{}), `"path" must list at least one message queue`},
		{path([]interface{}{"/jobs", int64(2)}), `"path" must be a list of strings`},
		{path([]interface{}{"/jobs", "/jobs"}), `"path" lists "/jobs" twice`},
		{path(""), `path "" must be a message queue's name: .*`},
		{path("/"), `path "/" must be a message queue's name: .*`},
		{path("jobs"), `path "jobs" must be a message queue's name: .*`},
		{path("//jobs"), `path "//jobs" must be a message queue's name: .*`},
		{path("/a/b"), `path "/a/b" must be a message queue's name: .*`},
		{path("/.hidden"), `path "/.hidden" must be a message queue's name: .*`},
		{path("/.."), `path "/.." must be a message queue's name: .*`},
		{path([]interface{}{"/jobs", "/a b"}), `path\[1\] "/a b" must be a message queue's name: .*`},
		{path("/jobs\x00"), `path "/jobs\\x00" must be a message queue's name: .*`},
		{perms(), `"permissions" must list at least one of read, write, create and delete`},
		{perms("read", "execute"), `"permissions" lists "execute": want read, write, create or delete`},
		{perms("read", "read"), `"permissions" lists "read" twice`},
		{map[string]interface{}{"path": "/jobs", "permissions": "read"}, `"permissions" must be a list of strings`},
		{map[string]interface{}{"path": "/jobs", "posix-mq": "a,b"}, `"posix-mq" "a,b" contains ",", .*`},
	}
	rows = append(rows, injections("/jobs", `path .*`, func(v string) map[string]interface{} { return path(v) })...)
	rows = append(rows, injections("/jobs", `path\[0\] .*`, func(v string) map[string]interface{} { return path([]interface{}{v}) })...)
	checkSlotSanitizer(c, "posix-mq", snap.TypeApp, rows)
}

// posixMQConnection connects the consumer's plug (tag "jobs") to the
// provider's slot of the given attribute lines.
func posixMQConnection(c *check.C, slotAttrs ...string) *connection {
	return connectToProvider(c, builtin.Classic, consumerYaml("posix-mq", "posix-mq: jobs"),
		providerYaml(snap.TypeApp, "posix-mq", append([]string{"posix-mq: jobs"}, slotAttrs...)...))
}

// The seccomp rules of the plug follow the slot's permissions; the
// provider gets every call on its queues.
func (s *posixMQSuite) TestSecCompFollowsPermissions(c *check.C) {
	common := []string{"mq_getsetattr", "mq_notify"}
	for _, t := range []struct {
		perms string
		rules []string
	}{
		{"", []string{"mq_open - &0x40=0", "mq_timedreceive", "mq_timedreceive_time64", "mq_timedsend", "mq_timedsend_time64"}},
		{"permissions: [read]", []string{"mq_open - &0x43=0", "mq_timedreceive", "mq_timedreceive_time64"}},
		{"permissions: [write]", []string{"mq_open - &0x43=1", "mq_timedsend", "mq_timedsend_time64"}},
		{"permissions: [write, create]", []string{"mq_open - &0x3=1", "mq_timedsend", "mq_timedsend_time64"}},
		{"permissions: [create]", []string{"mq_open - &0x3=0"}},
		{"permissions: [delete]", []string{"mq_unlink"}},
		{"permissions: [read, write, create, delete]", []string{"mq_open", "mq_timedreceive", "mq_timedreceive_time64", "mq_timedsend", "mq_timedsend_time64", "mq_unlink"}},
	} {
		cn := posixMQConnection(c, "path: /jobs", t.perms)
		aa, sc := cn.plugSide(c)
		c.Check(aa, check.Equals, "", check.Commentf("%s: no AppArmor rule of ABI 3.0", t.perms))
		c.Check(ruleLines(sc), check.DeepEquals, append(append([]string{}, common...), t.rules...), check.Commentf("%s", t.perms))
		checkExplained(c, sc)
		_, slotSC := cn.slotSide(c)
		c.Check(ruleLines(slotSC), check.DeepEquals, []string{
			"mq_open", "mq_unlink", "mq_timedsend", "mq_timedsend_time64", "mq_timedreceive", "mq_timedreceive_time64", "mq_notify", "mq_getsetattr",
		})
	}
}

// The x86_64 numbers of the message queue calls, for syscallAction.
const (
	sysMqOpen         = 240
	sysMqUnlink       = 241
	sysMqTimedsend    = 242
	sysMqTimedreceive = 243
)

// What a plug may do with a slot's queues holds in the filter, which
// is all that holds on an ABI 3.0 host: a reader opens for reading and
// receives, but does not create, send, open for writing or remove.
func (s *posixMQSuite) TestFilterKeepsAReaderToReading(c *check.C) {
	cn := posixMQConnection(c, "path: /jobs", "permissions: [read]")
	for _, t := range []struct {
		nr    uint32
		flags uint64
		want  string
	}{
		{sysMqOpen, 0, "allow"},     // O_RDONLY
		{sysMqOpen, 0x800, "allow"}, // O_RDONLY|O_NONBLOCK
		{sysMqOpen, 1, "EPERM"},     // O_WRONLY
		{sysMqOpen, 2, "EPERM"},     // O_RDWR
		{sysMqOpen, 0x40, "EPERM"},  // O_RDONLY|O_CREAT
		{sysMqOpen, 0xc0, "EPERM"},  // O_RDONLY|O_CREAT|O_EXCL
		{sysMqTimedreceive, 0, "allow"},
		{sysMqTimedsend, 0, "EPERM"},
		{sysMqUnlink, 0, "EPERM"},
	} {
		c.Check(cn.syscallAction(c, plugTag, t.nr, 0x1000, t.flags), check.Equals, t.want, check.Commentf("syscall %d, flags %#x", t.nr, t.flags))
	}
	// The provider creates and removes; the consumer's other app gets
	// nothing.
	c.Check(cn.syscallAction(c, slotTag, sysMqOpen, 0x1000, 0xc2), check.Equals, "allow")
	c.Check(cn.syscallAction(c, slotTag, sysMqUnlink, 0x1000), check.Equals, "allow")
	c.Check(cn.syscallAction(c, otherPlugTag, sysMqOpen, 0x1000, 0), check.Equals, "EPERM")
}

// On a host of ABI 4.0 the plug's profile names each queue with the
// permissions of the slot, and the provider's names its queues with
// every permission; a profile of ABI 3.0 has none of them. Both compile
// with the parser of their ABI.
func (s *posixMQSuite) TestMqueueRulesOnABI4Only(c *check.C) {
	cn := posixMQConnection(c, "path: [/jobs, /results]", "permissions: [read, delete]")
	cn.checkABI4Rules(c, "consumer", plugTag, "posix-mq",
		"mqueue (open, getattr, setattr, read, delete) type=posix /jobs,",
		"mqueue (open, getattr, setattr, read, delete) type=posix /results,")
	cn.checkABI4Rules(c, "provider", slotTag, "posix-mq",
		"mqueue (create, delete, open, getattr, setattr, read, write) type=posix /jobs,",
		"mqueue (create, delete, open, getattr, setattr, read, write) type=posix /results,")
	// The rules are explained, and reach the plugging and the serving
	// apps only.
	for _, tag := range []string{plugTag, slotTag} {
		snapName := strings.SplitN(tag, ".", 3)[1]
		aa, _ := cn.specs(c, snapName)
		var texts []string
		for _, sn := range aa.SnippetsOn(tag, hostOfABI4) {
			texts = append(texts, sn.Text)
		}
		c.Assert(texts, check.HasLen, 1, check.Commentf("%s", tag))
		checkExplained(c, texts...)
	}
	for _, tag := range []string{otherPlugTag, "snap.provider.tool"} {
		aa, _ := cn.specs(c, strings.SplitN(tag, ".", 3)[1])
		c.Check(aa.SnippetsOn(tag, hostOfABI4), check.HasLen, 0, check.Commentf("%s", tag))
	}
	c.Check(apparmor.ABI30.Has(apparmor.FeatureMqueue), check.Equals, false)
}

// A slot whose attributes were refused is dropped with its snap's
// other slots kept: no plug can reach queues it did not name well.
func (s *posixMQSuite) TestHostileSlotIsDropped(c *check.C) {
	repo := newRepo(c, builtin.Classic, consumerYaml("posix-mq", "posix-mq: jobs"))
	info, err := snap.InfoFromSnapYaml([]byte(providerYaml(snap.TypeApp, "posix-mq", "posix-mq: jobs", `path: "/jobs,\n/** rw"`)))
	c.Assert(err, check.IsNil)
	dropped, err := repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 1)
	c.Check(dropped[0].String(), check.Matches, `(?s).*path "/jobs,\\n/\*\* rw" must be a message queue's name.*`)
	c.Check(repo.Slot("provider", "slot"), check.IsNil)
}

// posixMQSamples are the attributes the registry-wide tests render
// posix-mq with (samples, all_test.go): one queue with the default
// permissions, two with every permission, one read-only.
var posixMQSamples = []sample{
	{plug: attrs{"posix-mq": "jobs"}, slot: attrs{"posix-mq": "jobs", "path": "/jobs"}},
	{plug: attrs{"posix-mq": "jobs"}, slot: attrs{"posix-mq": "jobs", "path": []interface{}{"/jobs", "/results"}, "permissions": []interface{}{"read", "write", "create", "delete"}}},
	{plug: attrs{"posix-mq": "jobs"}, slot: attrs{"posix-mq": "jobs", "path": "/jobs", "permissions": []interface{}{"read"}}},
}

// posixMQABI4Rules are the mqueue rules of posixMQSamples, in the
// profiles of ABI 4.0 of the plugging and serving apps (abi4Rules,
// all_test.go), sorted.
var posixMQABI4Rules = []string{
	"mqueue (create, delete, open, getattr, setattr, read, write) type=posix /jobs,",
	"mqueue (create, delete, open, getattr, setattr, read, write) type=posix /results,",
	"mqueue (open, getattr, setattr, read) type=posix /jobs,",
	"mqueue (open, getattr, setattr, read, write) type=posix /jobs,",
	"mqueue (open, getattr, setattr, read, write, create, delete) type=posix /jobs,",
	"mqueue (open, getattr, setattr, read, write, create, delete) type=posix /results,",
}
