// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type qualcommIPCRouterSuite struct{}

var _ = check.Suite(&qualcommIPCRouterSuite{})

func (s *qualcommIPCRouterSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "qualcomm-ipc-router", staticInfo{
		summary:           "allows access to the Qualcomm IPC Router sockets",
		implicitOnCore:    true,
		implicitOnClassic: true,
		slots:             "allow-installation:\n  slot-snap-type:\n    - app\n    - core\ndeny-auto-connection: true",
	})
}

// The system's slot and an app's are both connected by hand, on classic
// and on Ubuntu Core, and neither by itself; a gadget or kernel snap may
// not carry the slot.
func (s *qualcommIPCRouterSuite) TestDecisions(c *check.C) {
	checkDecisions(c, "qualcomm-ipc-router", []decision{
		{manual: true, auto: false},
		{core: true, manual: true, auto: false},
		{provider: true, manual: true, auto: false},
		{provider: true, core: true, manual: true, auto: false},
	})
	base := builtinDeclaration(c)
	for _, typ := range []snap.Type{snap.TypeGadget, snap.TypeKernel} {
		c.Check(installs(c, base, builtin.Core, providerYaml(typ, "qualcomm-ipc-router")), check.Equals, false, check.Commentf("%s", typ))
	}
	c.Check(installs(c, base, builtin.Core, providerYaml(snap.TypeApp, "qualcomm-ipc-router")), check.Equals, true)
}

// The plug gets QRTR sockets, whichever slot it is connected to, and the
// app carrying a slot gets nothing for it.
func (s *qualcommIPCRouterSuite) TestRules(c *check.C) {
	for _, cn := range []*connection{
		connectToSystem(c, builtin.Core, consumerYaml("qualcomm-ipc-router")),
		connectToProvider(c, builtin.Core, consumerYaml("qualcomm-ipc-router"), providerYaml(snap.TypeApp, "qualcomm-ipc-router")),
	} {
		aa, sc := cn.plugSide(c)
		c.Check(ruleLines(aa), check.DeepEquals, []string{"network qipcrtr dgram,"})
		c.Check(ruleLines(sc), check.DeepEquals, []string{"socket AF_QIPCRTR"})
		checkExplained(c, aa, sc)
		cn.checkAccesses(c, plugTag, []string{"network qipcrtr dgram"}, []string{
			"network netlink raw",
			"network packet raw",
			"capability net_admin",
			"file rw /dev/qrtr-tun",
		})
		cn.checkAccesses(c, otherPlugTag, nil, []string{"network qipcrtr dgram"})
		if cn.provider != builtin.SystemSnapName {
			cn.checkNoPolicy(c, cn.provider)
		}
	}
}
