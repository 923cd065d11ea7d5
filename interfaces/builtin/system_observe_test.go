// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/testutil"
)

type systemObserveSuite struct{ systemSuite }

var _ = check.Suite(&systemObserveSuite{systemSuite{systemCase{
	name:    "system-observe",
	summary: "allows watching processes, system statistics and services read-only",
	appArmor: []string{
		"ptrace (read),",
		"@{PROC}/@{pids}/{autogroup,cgroup,cmdline,comm,cpuset,io,limits,loginuid,oom_adj,oom_score,oom_score_adj,sched,schedstat,sessionid,stat,statm,status,wchan} r,",
		"/sys/fs/cgroup/** r,",
		"dbus (send) bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member={GetUnit,GetUnitByPID,ListUnits,ListUnitsByNames,ListUnitsByPatterns,ListUnitsFiltered,ListUnitFiles} peer=(label=unconfined),",
		"dbus (send) bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.DBus.Properties member={Get,GetAll} peer=(label=unconfined),",
		// Suppressed, as no other interface of the profile uses trace.
		"deny ptrace (trace),",
	},
	secComp: []string{"ioprio_get"},
	// Nothing that changes another process (what AppArmor grants is in
	// TestAccesses).
	mustNotGrant: []string{`ioprio_set|setpriority|sched_set.*|ptrace|process_vm_.*`},
}}})

// What the monitoring tools read, for every process and the whole
// system, and the service manager's state; nothing private to a process
// (environment, memory, open files), nothing written, nothing started.
func (s *systemObserveSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("system-observe")).checkAccesses(c, plugTag, []string{
			// ps, top, htop, pstree: other users' processes too.
			"ptrace read peer=unconfined",
			"ptrace read peer=snap.other.app",
			"file r /proc/",
			"file r /proc/1/ !owner",
			"file r /proc/1/stat !owner",
			"file r /proc/1/status !owner",
			"file r /proc/1/cmdline !owner",
			"file r /proc/1/statm !owner",
			"file r /proc/4242/io !owner",
			"file r /proc/4242/oom_score !owner",
			"file r /proc/4242/autogroup !owner",
			"file r /proc/4242/task/ !owner",
			"file r /proc/4242/task/4243/stat !owner",
			"file r /proc/tty/drivers",
			// free, vmstat, iostat, mpstat, top's summary, ipcs.
			"file r /proc/meminfo",
			"file r /proc/stat",
			"file r /proc/vmstat",
			"file r /proc/diskstats",
			"file r /proc/partitions",
			"file r /proc/interrupts",
			"file r /proc/softirqs",
			"file r /proc/loadavg",
			"file r /proc/uptime",
			"file r /proc/pressure/memory",
			"file r /proc/sysvipc/shm",
			"file r /proc/sys/kernel/pid_max",
			"file r /proc/sys/fs/file-nr",
			"file r /sys/devices/system/cpu/online",
			"file r /sys/devices/system/cpu/cpu0/cpufreq/scaling_cur_freq",
			"file r /sys/devices/system/node/node0/meminfo",
			"file r /sys/block/",
			"file r /sys/devices/pci0000:00/0000:00:1d.0/nvme/nvme0/nvme0n1/stat",
			"file r /sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda/sda1/stat",
			"file r /sys/devices/virtual/block/loop0/size",
			"file r /sys/devices/pci0000:00/0000:00:1d.0/nvme/nvme0/nvme0n1/queue/rotational",
			"file r /sys/fs/cgroup/system.slice/cpu.stat",
			"file r /boot/config-6.8.0-31-generic",
			// The service manager's units, over the system bus.
			"file rw /run/dbus/system_bus_socket",
			"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=ListUnits name=org.freedesktop.systemd1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/systemd1/unit/ssh_2eservice interface=org.freedesktop.DBus.Properties member=GetAll name=org.freedesktop.systemd1 peer=unconfined",
		}, []string{
			"ptrace trace peer=unconfined",
			"ptrace trace peer=snap.other.app",
			"file r /proc/1/environ !owner",
			// (/proc/PID/maps is the base's, through abstractions/base.)
			"file r /proc/1/smaps !owner",
			"file r /proc/1/mem !owner",
			"file r /proc/1/fd/ !owner",
			"file r /proc/1/fdinfo/3 !owner",
			"file w /proc/1/oom_score_adj !owner",
			"file r /proc/kcore",
			"file r /proc/kallsyms",
			"file w /proc/sys/vm/swappiness",
			"file w /sys/fs/cgroup/system.slice/cpu.max",
			"file w /sys/devices/system/cpu/cpu1/online",
			"file w /sys/devices/virtual/block/loop0/queue/scheduler",
			"file r /sys/devices/pci0000:00/0000:00:1d.0/config",
			"capability sys_ptrace",
			"capability sys_admin",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=StartUnit name=org.freedesktop.systemd1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member=KillUnit name=org.freedesktop.systemd1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/systemd1/unit/ssh_2eservice interface=org.freedesktop.systemd1.Unit member=Restart name=org.freedesktop.systemd1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.DBus.Properties member=Set name=org.freedesktop.systemd1 peer=unconfined",
			"dbus send bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.hostname1 member=SetHostname name=org.freedesktop.hostname1 peer=unconfined",
			"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		})
	}
}

// An app with system-observe and an interface that uses ptrace trace.
const systemObserveWithTraceYaml = `name: monitor
version: "1"
apps:
  monitor:
    command: bin/monitor
    plugs: [system-observe, %s]
`

// The suppression must not deny trace to an app that another of its
// interfaces gives it to.
func (s *systemObserveSuite) TestSuppressionYieldsToTrace(c *check.C) {
	for other, rule := range map[string]string{"multipass-support": "ptrace (read, trace) peer=multipass.*,", "lxd-support": "\nptrace,\n"} {
		comment := check.Commentf("system-observe with %s", other)
		aa, _ := connectToSystem(c, builtin.Classic, fmt.Sprintf(systemObserveWithTraceYaml, other), "system-observe", other).specs(c, "monitor")
		text := aa.SnippetForTag("snap.monitor.monitor")
		c.Check(aa.DeniesPtraceTrace("snap.monitor.monitor"), check.Equals, false, comment)
		c.Check(text, check.Not(testutil.Contains), "deny ptrace", comment)
		c.Check(text, testutil.Contains, "ptrace (read),", comment)
		c.Check(text, testutil.Contains, rule, comment)
	}
}

func init() {
	addAccessDifferences("system-observe", accessDifferences{rows: []accessDifference{{
		access: "dbus receive bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=NameOwnerChanged peer=unconfined",
		ours:   true,
		why:    "the bus daemon's signals go through AppArmor too: without it a client never learns that the service manager restarted",
	}}})
}
