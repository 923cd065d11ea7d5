// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

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
	mustNotGrant: []string{
		// The clean way only: no reboot system call, no power over other
		// units through the service manager.
		`reboot|kexec_load|kexec_file_load`,
		anyCapability,
		`/run/systemd/private.*`,
		`dbus .*member=[^ ]*(StartUnit|StopUnit|KillUnit|KExec|SoftReboot|Kill).*`,
		`dbus .*peer=\(label=[^u)][^)]*\).*`,
	},
}}})
