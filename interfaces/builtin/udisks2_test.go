// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type udisks2Suite struct{ referenceSuite }

var _ = check.Suite(&udisks2Suite{referenceSuite{referenceCase{
	name:    "udisks2",
	summary: "allows managing storage devices through the UDisks2 service",
	plugAppArmor: []string{
		"path=/org/freedesktop/UDisks2{,/**}\n    interface=org.freedesktop.{UDisks2.*,DBus.Properties,DBus.ObjectManager,DBus.Introspectable}\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"name=org.freedesktop.UDisks2,",
		"member=CheckAuthorization\n    peer=(label=unconfined),",
		"mount -> /{,run/}media/**,",
		"umount /{,run/}media/**,",
		"dbus (send)\n    bus=system\n    path=/org/freedesktop/UDisks2{,/**}\n    peer=(label=PEER),",
	},
	slotSecComp: []string{"mount", "umount2", "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT"},
	// Mounts stay under /media and /run/media.
	mustNotGrant:     []string{"\nmount,", "\numount,", "capability sys_module,"},
	plugMustNotGrant: []string{"capability ", "mount", "/dev/", "dbus (bind)"},
}}})
