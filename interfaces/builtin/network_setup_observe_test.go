// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type networkSetupObserveSuite struct{ systemSuite }

var _ = check.Suite(&networkSetupObserveSuite{systemSuite{systemCase{
	name:    "network-setup-observe",
	summary: "allows reading the host's Netplan network configuration",
	appArmor: []string{
		"/etc/netplan/** r,",
		"dbus (send) bus=system path=/io/netplan/Netplan interface=io.netplan.Netplan member={Info,Config} peer=(label=unconfined),",
		"dbus (send) bus=system path=/io/netplan/Netplan/config/* interface=io.netplan.Netplan.Config member=Get peer=(label=unconfined),",
	},
	mustNotGrant: []string{`.*netplan.* [a-z]*[walk][a-z]*,`, anyCapability, `.*(Apply|Generate|Set|Try|Cancel)[,}].*`},
	reaches:      []access{{"/etc/netplan/50-cloud-init.yaml", "r"}, {"/usr/lib/netplan/00-network-manager-all.yaml", "r"}, {"/run/netplan/config-ABCDEF/etc/netplan/x.yaml", "r"}},
	mustNotReach: []access{{"/etc/netplan/50-cloud-init.yaml", "w"}, {"/etc/NetworkManager/system-connections/wifi.nmconnection", "r"}},
}}})

// The app reads Netplan's configuration, directly or through
// netplan-dbus; it changes, applies and tries nothing.
func (s *networkSetupObserveSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("network-setup-observe")).checkAccesses(c, plugTag, netplanReads, append(netplanChanges,
			"file w /etc/netplan/90-snap.yaml",
			"file w /etc/netplan/",
		))
	}
}

// What both Netplan interfaces let an app read.
var netplanReads = []string{
	"file r /etc/netplan/",
	"file r /etc/netplan/50-cloud-init.yaml !owner",
	"file r /lib/netplan/00-defaults.yaml",
	"file r /usr/lib/netplan/00-network-manager-all.yaml",
	"file r /run/netplan/90-runtime.yaml",
	"file rw /run/dbus/system_bus_socket",
	"dbus send bus=system path=/io/netplan/Netplan interface=io.netplan.Netplan member=Info name=io.netplan.Netplan peer=unconfined",
	"dbus send bus=system path=/io/netplan/Netplan interface=io.netplan.Netplan member=Config name=io.netplan.Netplan peer=unconfined",
	"dbus send bus=system path=/io/netplan/Netplan/config/ULJIU0 interface=io.netplan.Netplan.Config member=Get name=io.netplan.Netplan peer=unconfined",
}

// What only network-setup-control lets an app do to Netplan.
var netplanChanges = []string{
	"dbus send bus=system path=/io/netplan/Netplan interface=io.netplan.Netplan member=Apply name=io.netplan.Netplan peer=unconfined",
	"dbus send bus=system path=/io/netplan/Netplan interface=io.netplan.Netplan member=Generate name=io.netplan.Netplan peer=unconfined",
	"dbus send bus=system path=/io/netplan/Netplan/config/ULJIU0 interface=io.netplan.Netplan.Config member=Set name=io.netplan.Netplan peer=unconfined",
	"dbus send bus=system path=/io/netplan/Netplan/config/ULJIU0 interface=io.netplan.Netplan.Config member=Try name=io.netplan.Netplan peer=unconfined",
	"dbus send bus=system path=/io/netplan/Netplan/config/ULJIU0 interface=io.netplan.Netplan.Config member=Cancel name=io.netplan.Netplan peer=unconfined",
	"dbus send bus=system path=/io/netplan/Netplan/config/ULJIU0 interface=io.netplan.Netplan.Config member=Apply name=io.netplan.Netplan peer=unconfined",
}

// What neither lets an app do: the network back ends' own configuration
// and services, and the files netplan generates for them.
var netplanNever = []string{
	"file r /etc/NetworkManager/system-connections/wifi.nmconnection",
	"file w /run/systemd/network/10-netplan-eth0.network",
	"file w /usr/lib/netplan/00-defaults.yaml",
	"file w /etc/systemd/network/10-eth0.network",
	"dbus send bus=system path=/org/freedesktop/NetworkManager interface=org.freedesktop.NetworkManager member=Reload name=org.freedesktop.NetworkManager peer=unconfined",
	"dbus send bus=system path=/org/freedesktop/network1 interface=org.freedesktop.network1.Manager member=Reload name=org.freedesktop.network1 peer=unconfined",
	"dbus send bus=system path=/io/netplan/Netplan interface=io.netplan.Netplan member=Apply name=io.netplan.Netplan peer=snap.other.app",
	"capability net_admin",
}

func init() {
	netplanNever = append(netplanNever, "file w /run/netplan/90-runtime.yaml")
}
