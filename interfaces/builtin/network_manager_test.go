// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type networkManagerSuite struct{ referenceSuite }

var _ = check.Suite(&networkManagerSuite{referenceSuite{referenceCase{
	name:    "network-manager",
	summary: "allows configuring the network through NetworkManager",
	plugAppArmor: []string{
		"#include <abstractions/dbus-strict>",
		"path=/org/freedesktop/NetworkManager{,/**}\n    interface=org.freedesktop.{NetworkManager{,.*},DBus.Properties,DBus.Introspectable}\n    peer=(label=PEER),",
		"member=GetManagedObjects\n    peer=(label=PEER),",
	},
	plugSecComp: []string{"socket AF_NETLINK - NETLINK_ROUTE", "bind"},
	slotAppArmor: []string{
		"name=org.freedesktop.NetworkManager{,.*},",
		"capability net_admin,",
		"network packet raw,",
		"@{run}/NetworkManager/** rwk,",
		"path={/org/freedesktop,/org/freedesktop/NetworkManager{,/**}}\n    peer=(label=PEER),",
	},
	slotSecComp:      []string{"socket AF_PACKET", "socket AF_NETLINK - NETLINK_GENERIC", "accept4"},
	mustNotGrant:     []string{"capability sys_admin,", "capability sys_module,"},
	plugMustNotGrant: []string{"capability ", "network packet", "AF_PACKET", "dbus (bind)", " rw,"},
}}})

// The serving app switches radios through /dev/rfkill and each radio's
// rfkillN directory in sysfs (its state and soft block), and no other
// attribute of the device.
func (s *networkManagerSuite) TestSlotSwitchesRadios(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("network-manager"), providerYaml(snap.TypeApp, "network-manager"))
	cn.checkAccesses(c, slotTag, []string{
		"file rw /dev/rfkill",
		"file r /sys/devices/pci0000:00/0000:00:14.3/ieee80211/phy0/rfkill1/name",
		"file w /sys/devices/pci0000:00/0000:00:14.3/ieee80211/phy0/rfkill1/soft",
		"file w /sys/devices/platform/thinkpad_acpi/rfkill/rfkill0/state",
	}, []string{
		"file w /sys/devices/pci0000:00/0000:00:14.3/ieee80211/phy0/rfkill1/name",
		"file w /sys/devices/pci0000:00/0000:00:14.3/remove",
	})
}
