// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type shutdownSuite struct{ systemSuite }

var _ = check.Suite(&shutdownSuite{systemSuite{systemCase{
	name:            "shutdown",
	summary:         "allows powering off, rebooting or suspending the system",
	superPrivileged: true,
	appArmor: []string{
		"dbus (send) bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member={Halt,PowerOff,Reboot} peer=(label=unconfined),",
		"dbus (send) bus=system path=/org/freedesktop/login1 interface=org.freedesktop.login1.Manager member={Can{Halt,Hibernate,HybridSleep,PowerOff,Reboot,Suspend,SuspendThenHibernate},Halt,Hibernate,HybridSleep,PowerOff,Reboot,Suspend,SuspendThenHibernate,CancelScheduledShutdown,Inhibit,ScheduleShutdown,SetWallMessage} peer=(label=unconfined),",
		"dbus (receive) bus=system path=/org/freedesktop/login1 interface=org.freedesktop.login1.Manager member={PrepareForShutdown,PrepareForSleep} peer=(label=unconfined),",
	},
	// The clean way only: no reboot system call (what AppArmor grants is
	// in TestAccesses).
	mustNotGrant: []string{`reboot|kexec_load|kexec_file_load`},
}}})

// The app joins the system bus and asks the service and login managers
// to power off, reboot or sleep; it gets no power over other units, no
// way around them, and no other service.
func (s *shutdownSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("shutdown")).checkAccesses(c, plugTag, []string{
			"file rw /run/dbus/system_bus_socket",
			"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=PowerOff name=org.freedesktop.systemd1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/login1 interface=org.freedesktop.login1.Manager member=CanSuspend name=org.freedesktop.login1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/login1 interface=org.freedesktop.login1.Manager member=Inhibit name=org.freedesktop.login1 peer=unconfined",
			"dbus receive bus=system path=/org/freedesktop/login1 interface=org.freedesktop.login1.Manager member=PrepareForShutdown peer=unconfined",
		}, []string{
			"capability sys_boot",
			"file rw /run/systemd/private",
			"file w /proc/sysrq-trigger",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=StartUnit name=org.freedesktop.systemd1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=KillUnit name=org.freedesktop.systemd1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=KExec name=org.freedesktop.systemd1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=SoftReboot name=org.freedesktop.systemd1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/login1 interface=org.freedesktop.login1.Manager member=KillSession name=org.freedesktop.login1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=PowerOff name=org.freedesktop.systemd1 peer=snap.other.app",
			"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		})
	}
}
