// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type coreSupportSuite struct{}

var _ = check.Suite(&coreSupportSuite{})

func (s *coreSupportSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "core-support", staticInfo{
		summary:           "formerly special permissions for the core snap",
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             "allow-installation:\n  plug-snap-type:\n    - core",
		slots:             declSystemSlotNoAutoConnect,
	})
}

// systemPlugYaml is the consumer snap as a snap of type typ, carrying
// the plug.
func systemPlugYaml(typ snap.Type) string {
	return strings.Replace(consumerYaml("core-support"), "version: \"1\"\n", "version: \"1\"\ntype: "+string(typ)+"\n", 1)
}

// Only the system snap may carry the plug: an app, a gadget, a kernel,
// or a snap that says it is the system without being designated, may
// not. The plug's rule decides its connections and says nothing of
// auto-connection, so it auto-connects, as under the reference.
func (s *coreSupportSuite) TestDecisions(c *check.C) {
	base := builtinDeclaration(c)
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		for _, typ := range []snap.Type{snap.TypeSnapd, snap.TypeOS} {
			c.Check(installsAsSystem(c, base, sys, systemPlugYaml(typ)), check.Equals, true, check.Commentf("plug on the system snap of type %s on %s", typ, sys))
		}
		for _, typ := range []snap.Type{snap.TypeApp, snap.TypeGadget, snap.TypeKernel, snap.TypeSnapd, snap.TypeOS} {
			c.Check(installs(c, base, sys, systemPlugYaml(typ)), check.Equals, false, check.Commentf("plug on a snap of type %s on %s", typ, sys))
		}
	}
	checkDecisions(c, "core-support", []decision{
		{manual: true, auto: true},
		{core: true, manual: true, auto: true},
	})
}

// Connected, it grants nothing: the snap daemon applies the system's
// settings itself now.
func (s *coreSupportSuite) TestConnectionAddsNoRules(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		cn := connectToSystem(c, sys, consumerYaml("core-support"))
		cn.checkNoPolicy(c, "consumer")
		cn.checkAccesses(c, plugTag, nil, []string{
			"file w /etc/systemd/system/snap.core.service",
			"file w /etc/environment",
			"capability sys_admin",
		})
	}
}
