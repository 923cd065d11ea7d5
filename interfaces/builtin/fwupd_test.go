// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type fwupdSuite struct{ referenceSuite }

var _ = check.Suite(&fwupdSuite{referenceSuite{referenceCase{
	name:    "fwupd",
	summary: "allows updating firmware through the fwupd service",
	plugAppArmor: []string{
		"path=/\n    interface=org.freedesktop.{fwupd,DBus.Properties,DBus.Introspectable}\n    peer=(label=PEER),",
	},
	plugSecComp: []string{"memfd_create"},
	slotAppArmor: []string{
		"name=org.freedesktop.fwupd,",
		"@{sys}/firmware/efi/efivars/** rw,",
		"/dev/bus/usb/** rw,",
		"dbus (send)\n    bus=system\n    path=/\n    interface=org.freedesktop.{fwupd,DBus.Properties}\n    peer=(label=PEER),",
	},
	slotSecComp:      []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT"},
	mustNotGrant:     []string{"capability sys_module,", "/dev/mem", "capability sys_admin,"},
	plugMustNotGrant: []string{"capability ", "efivars", "/dev/", "dbus (bind)"},
}}})
