// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

type netlinkDriverSuite struct{}

var _ = check.Suite(&netlinkDriverSuite{})

func (s *netlinkDriverSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "netlink-driver", staticInfo{
		summary: "allows operating a kernel driver through its own netlink protocol",
		slots:   declGadgetDeviceSlot,
	})
}

// A gadget (or the system) carries the slot; plugs connect to it by
// hand and never by themselves.
func (s *netlinkDriverSuite) TestDecisions(c *check.C) {
	base := builtinDeclaration(c)
	for typ, want := range map[snap.Type]bool{snap.TypeGadget: true, snap.TypeApp: false, snap.TypeKernel: false} {
		c.Check(installs(c, base, builtin.Core, providerYaml(typ, "netlink-driver", "family: 23", "family-name: foo")), check.Equals, want, check.Commentf("%s", typ))
	}
	checkPlugInstall(c, "netlink-driver", "family-name: foo", true)
	repo := newRepo(c, builtin.Core, consumerYaml("netlink-driver", "family-name: foo"), providerYaml(snap.TypeGadget, "netlink-driver", "family: 23", "family-name: foo"))
	manual, auto := decide(base, builtin.Core, ifaceByName(c, "netlink-driver"), repo.Plug("consumer", "plug"), repo.Slot("provider", "slot"))
	c.Check(manual, check.Equals, true)
	c.Check(auto, check.Equals, false)
}

func (s *netlinkDriverSuite) TestPlugSanitizer(c *check.C) {
	name := func(v interface{}) map[string]interface{} { return map[string]interface{}{"family-name": v} }
	checkPlugSanitizer(c, "netlink-driver", append([]attrCase{
		{name("foo-driver"), ""},
		{nil, `"family-name" must name the driver's netlink family`},
		{name(int64(23)), `"family-name" must be a string`},
		{name(""), `"family-name" cannot be empty`},
		{name("foo bar"), `"family-name" "foo bar" contains " ": a tag is one word`},
		{map[string]interface{}{"family-name": "foo", "family": int64(23)}, `"family" is a slot attribute`},
	}, injections("foo", `"family-name" .*`, func(v string) map[string]interface{} { return name(v) })...))
}

func (s *netlinkDriverSuite) TestSlotSanitizer(c *check.C) {
	family := func(v interface{}) map[string]interface{} {
		return map[string]interface{}{"family": v, "family-name": "foo"}
	}
	rows := []attrCase{
		{family(int64(1)), ""},
		{family(int64(17)), ""},
		{family(int64(23)), ""},
		{family(int64(31)), ""},
		{map[string]interface{}{"family-name": "foo"}, `"family" must be set to the driver's netlink protocol number`},
		{map[string]interface{}{"family": int64(23)}, `"family-name" must name the driver's netlink family`},
		{family("23"), `"family" must be an integer`},
		{family("NETLINK_AUDIT"), `"family" must be an integer`},
		{family(23.5), `"family" must be an integer`},
		{family([]interface{}{int64(23), int64(9)}), `"family" must be an integer`},
		{family(int64(-1)), `"family" must be between 0 and 31, not -1`},
		{family(int64(32)), `"family" must be between 0 and 31, not 32`},
		{family(int64(1 << 40)), `"family" must be between 0 and 31, not 1099511627776`},
		{family(int64(0)), `"family" 0 is the kernel's NETLINK_ROUTE, not a driver's: its interface grants it`},
		{family(int64(9)), `"family" 9 is the kernel's NETLINK_AUDIT, not a driver's: .*`},
		{family(int64(15)), `"family" 15 is the kernel's NETLINK_KOBJECT_UEVENT, not a driver's: .*`},
		{family(int64(16)), `"family" 16 is the kernel's NETLINK_GENERIC, not a driver's: .*`},
		{family(int64(22)), `"family" 22 is the kernel's NETLINK_SMC, not a driver's: .*`},
	}
	rows = append(rows, injections("foo", `"family-name" .*`, func(v string) map[string]interface{} {
		return map[string]interface{}{"family": int64(23), "family-name": v}
	})...)
	checkSlotSanitizer(c, "netlink-driver", snap.TypeGadget, rows)
}

// netlinkDriverConnection connects the consumer's plug of the given
// family name to a gadget's slot of family 23 named "foo".
func netlinkDriverConnection(c *check.C, plugName string) *connection {
	return connectToProvider(c, builtin.Core, consumerYaml("netlink-driver", "family-name: "+plugName),
		providerYaml(snap.TypeGadget, "netlink-driver", "family: 23", "family-name: foo"))
}

// The x86_64 number of socket, for syscallAction.
const sysSocket = 41

// The plug opens sockets of the slot's protocol and of no other
// netlink protocol the base leaves out; the gadget's app gets nothing.
func (s *netlinkDriverSuite) TestConnectedPlug(c *check.C) {
	cn := netlinkDriverConnection(c, "foo")
	aa, sc := cn.plugSide(c)
	c.Check(ruleLines(aa), check.DeepEquals, []string{"network netlink raw,", "network netlink dgram,"})
	c.Check(ruleLines(sc), check.DeepEquals, []string{"socket AF_NETLINK - 23"})
	c.Check(aa, testutil.Contains, "netlink family 23 (foo)")
	checkExplained(c, aa, sc)
	cn.checkNoPolicy(c, "provider")
	const afNetlink, sockRaw, sockDgram = 16, 3, 2
	for proto, want := range map[uint64]string{23: "allow", 0: "allow", 9: "EPERM", 16: "EPERM", 15: "EPERM", 24: "EPERM", 31: "EPERM"} {
		c.Check(cn.syscallAction(c, plugTag, sysSocket, afNetlink, sockRaw, proto), check.Equals, want, check.Commentf("protocol %d", proto))
	}
	c.Check(cn.syscallAction(c, plugTag, sysSocket, afNetlink, sockDgram, 23), check.Equals, "allow")
	c.Check(cn.syscallAction(c, otherPlugTag, sysSocket, afNetlink, sockRaw, 23), check.Equals, "EPERM")
	cn.checkAccesses(c, plugTag, []string{"network netlink raw", "network netlink dgram"}, []string{"network packet raw", "capability net_admin"})
}

// checkRefused checks that neither backend renders the consumer's
// policy, with err.
func checkRefused(c *check.C, cn *connection, err string) {
	for _, spec := range []interfaces.Specification{&apparmor.Specification{}, &seccomp.Specification{}} {
		c.Check(cn.SnapSpecification(spec, "consumer"), check.ErrorMatches, err, check.Commentf("%T", spec))
	}
}

// A plug connected to a slot of another family name gets no rule: its
// policy is refused, naming both.
func (s *netlinkDriverSuite) TestMismatchedFamilyIsRefused(c *check.C) {
	cn := netlinkDriverConnection(c, "bar")
	checkRefused(c, cn, `.*cannot sanitize plug consumer:plug \(interface "netlink-driver"\): "family-name" "bar" is not the family "foo" of slot provider:slot`)
	c.Check(ifaceByName(c, "netlink-driver").AutoConnect(cn.Plug("consumer", "plug"), cn.Slot("provider", "slot")), check.Equals, false)
	ok := netlinkDriverConnection(c, "foo")
	c.Check(ifaceByName(c, "netlink-driver").AutoConnect(ok.Plug("consumer", "plug"), ok.Slot("provider", "slot")), check.Equals, true)
}

// A hostile gadget cannot widen the consumer's profile: a slot naming
// a kernel protocol, out of range, a list or an injection is dropped
// when the gadget is added; and a slot whose attributes changed after
// they were sanitized renders nothing but an error.
func (s *netlinkDriverSuite) TestHostileGadgetCannotWiden(c *check.C) {
	for _, attrs := range []string{
		"family: 9",
		"family: 16",
		"family: 0",
		"family: -1",
		"family: 32",
		"family: \"23 - NETLINK_AUDIT\"",
		"family: \"23\\nsocket AF_PACKET\"",
		"family: [23, 9]",
		"family: 23.5",
	} {
		repo := newRepo(c, builtin.Core, consumerYaml("netlink-driver", "family-name: foo"))
		info, err := snap.InfoFromSnapYaml([]byte(providerYaml(snap.TypeGadget, "netlink-driver", attrs, "family-name: foo")))
		c.Assert(err, check.IsNil, check.Commentf("%s", attrs))
		dropped, err := repo.AddSnap(info)
		c.Assert(err, check.IsNil)
		c.Check(dropped, check.HasLen, 1, check.Commentf("%s", attrs))
		c.Check(repo.Slot("provider", "slot"), check.IsNil, check.Commentf("%s", attrs))
	}
	cn := netlinkDriverConnection(c, "foo")
	cn.Slot("provider", "slot").Attrs["family"] = int64(9)
	checkRefused(c, cn, `.*cannot sanitize slot provider:slot \(interface "netlink-driver"\): "family" 9 is the kernel's NETLINK_AUDIT, .*`)
}

// netlinkDriverSamples are the attributes the registry-wide tests
// render netlink-driver with (samples, all_test.go).
var netlinkDriverSamples = []sample{{plug: attrs{"family-name": "foo"}, slot: attrs{"family": int64(23), "family-name": "foo"}}}
