// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type checkboxSupportSuite struct{ systemSuite }

var _ = check.Suite(&checkboxSupportSuite{systemSuite{systemCase{
	name:            "checkbox-support",
	summary:         "allows Checkbox to run its test jobs as transient services, outside its confinement",
	superPrivileged: true,
	appArmor: []string{
		"dbus (send) bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member={StartTransientUnit,KillUnit} peer=(name=org.freedesktop.systemd1, label=unconfined),",
	},
	// What runs outside is the unit's: the app itself gets no file
	// beyond the bus socket, no capability, mount, namespace, profile
	// change or device.
	mustNotGrant: []string{anyCapability, `(mount|umount|pivot_root|change_profile|ptrace|signal|userns|unix) .*`, `.*snap-confine.*`, `.* [a-z]*x,`},
}}})

// The only file the app gets is the system bus's socket.
func (s *checkboxSupportSuite) TestOnlyFileIsTheBus(c *check.C) {
	aa, sc := connectToSystem(c, builtin.Classic, consumerYaml("checkbox-support")).plugSide(c)
	var files []string
	for _, rule := range rules(aa) {
		if fileRule.MatchString(rule) {
			files = append(files, rule)
		}
	}
	c.Check(files, check.DeepEquals, []string{"@{run}/dbus/system_bus_socket rw,"})
	c.Check(sc, check.Equals, "")
}

const systemd1 = "bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager"

// Checkbox starts a job as a transient service, follows it to its end
// and stops one that overruns; nothing else of the service manager,
// the login manager or the user's session, and no sandbox escape of its
// own (snap-confine, mounts, devices).
func (s *checkboxSupportSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("checkbox-support"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/dbus/system_bus_socket",
		"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=AddMatch name=org.freedesktop.DBus peer=unconfined",
		"dbus send " + systemd1 + " member=StartTransientUnit name=org.freedesktop.systemd1 peer=unconfined",
		"dbus send " + systemd1 + " member=KillUnit name=org.freedesktop.systemd1 peer=unconfined",
		"dbus receive " + systemd1 + " member=JobRemoved peer=unconfined",
		"dbus receive bus=system path=/org/freedesktop/systemd1/unit/plz_2drun_2d42_2eservice interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=unconfined",
	}, []string{
		// The rest of the service manager.
		"dbus send " + systemd1 + " member=StartUnit name=org.freedesktop.systemd1 peer=unconfined",
		"dbus send " + systemd1 + " member=StopUnit name=org.freedesktop.systemd1 peer=unconfined",
		"dbus send " + systemd1 + " member=SetUnitProperties name=org.freedesktop.systemd1 peer=unconfined",
		"dbus send " + systemd1 + " member=Reboot name=org.freedesktop.systemd1 peer=unconfined",
		"dbus send " + systemd1 + " member=Reload name=org.freedesktop.systemd1 peer=unconfined",
		"dbus send " + systemd1 + " member=Subscribe name=org.freedesktop.systemd1 peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/systemd1/unit/plz_2drun_2d42_2eservice interface=org.freedesktop.systemd1.Unit member=Stop name=org.freedesktop.systemd1 peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/systemd1/unit/ssh_2eservice interface=org.freedesktop.DBus.Properties member=Set name=org.freedesktop.systemd1 peer=unconfined",
		// Other units' and other senders' signals, the user's manager.
		"dbus receive bus=system path=/org/freedesktop/systemd1/unit/ssh_2esocket interface=org.freedesktop.DBus.Properties member=PropertiesChanged peer=unconfined",
		"dbus receive " + systemd1 + " member=JobRemoved peer=snap.other.app",
		"dbus send bus=session path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=StartTransientUnit name=org.freedesktop.systemd1 peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/login1 interface=org.freedesktop.login1.Manager member=PowerOff name=org.freedesktop.login1 peer=unconfined",
		// No escape of its own.
		"exec /usr/lib/snapd/snap-confine",
		"exec /usr/bin/systemd-run",
		"file rw /run/systemd/private",
		"capability sys_admin",
		"mount fstype=tmpfs source=tmpfs /tmp/x",
		"file rw /dev/sda",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"dbus send " + systemd1 + " member=StartTransientUnit name=org.freedesktop.systemd1 peer=unconfined"})
}
