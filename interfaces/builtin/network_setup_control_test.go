// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type networkSetupControlSuite struct{ systemSuite }

var _ = check.Suite(&networkSetupControlSuite{systemSuite{systemCase{
	name:    "network-setup-control",
	summary: "allows writing and applying the host's Netplan network configuration",
	appArmor: []string{
		"/etc/netplan/** rw,",
		"dbus (send) bus=system path=/io/netplan/Netplan interface=io.netplan.Netplan member={Apply,Generate} peer=(label=unconfined),",
		"dbus (send) bus=system path=/io/netplan/Netplan/config/* interface=io.netplan.Netplan.Config member={Set,Try,Cancel,Apply} peer=(label=unconfined),",
	},
	mustNotGrant: []string{anyCapability},
	reaches:      []access{{"/etc/netplan/90-snap.yaml", "rw"}},
	mustNotReach: []access{{"/usr/lib/netplan/00-defaults.yaml", "w"}, {"/run/netplan/x.yaml", "w"}, {"/etc/network/interfaces", "w"}},
}}})

// The app writes Netplan's configuration and has netplan-dbus generate,
// apply or try it; the network back ends and what netplan generates for
// them stay the service's.
func (s *networkSetupControlSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		grants := append(append([]string{
			"file rw /etc/netplan/90-snap.yaml",
			"file rw /etc/netplan/sub/x.yaml",
		}, netplanReads...), netplanChanges...)
		connectToSystem(c, sys, consumerYaml("network-setup-control")).checkAccesses(c, plugTag, grants, netplanNever)
	}
	// network-setup-observe reaches none of what is listed here either.
	connectToSystem(c, builtin.Core, consumerYaml("network-setup-observe")).checkAccesses(c, plugTag, nil, netplanNever)
}
