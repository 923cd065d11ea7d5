// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type systemTraceSuite struct{ systemSuite }

var _ = check.Suite(&systemTraceSuite{systemSuite{systemCase{
	name:    "system-trace",
	summary: "allows tracing the kernel and processes with ftrace, perf events and eBPF",
	appArmor: []string{
		"/sys/kernel/tracing/** rw,",
		"/sys/kernel/debug/tracing/** rw,",
		"capability perfmon,",
		"capability bpf,",
		"/usr/src/** r,",
		"@{PROC}/kallsyms r,",
	},
	secComp: []string{"perf_event_open", "bpf"},
	mustNotGrant: []string{
		// Tracing is not the rest of debugfs, the kernel's memory, mounting,
		// the shared BPF filesystem or the whole of the kernel's powers.
		`capability (sys_admin|sys_rawio|sys_module),`,
		`@\{PROC\}/kcore.*`,
		`(mount|umount|pivot_root)( .*)?,`,
		`/sys/fs/bpf.*`,
		`ptrace|mount|umount2|init_module|finit_module|kexec_load`,
	},
}}})

// What perf, trace-cmd, bpftrace and the BCC tools do, and what stays
// shut: the rest of debugfs, the kernel's memory, pinned BPF objects,
// and other processes, which only system-observe opens (ptrace read).
func (s *systemTraceSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /sys/kernel/tracing/events/sched/sched_switch/enable",
		"file r /sys/kernel/tracing/trace_pipe",
		"file rw /sys/kernel/debug/tracing/kprobe_events",
		"file rw /sys/kernel/debug/tracing/uprobe_events",
		"file r /sys/kernel/debug/kprobes/list",
		"file r /sys/kernel/debug/kprobes/enabled",
		"file r /sys/kernel/btf/vmlinux",
		"file r /sys/bus/event_source/devices/",
		"file r /sys/devices/cpu/events/cycles",
		"file r /sys/devices/cpu/format/event",
		"file r /proc/sys/kernel/perf_event_paranoid",
		"file r /proc/kallsyms",
		"file r /usr/src/linux-headers-6.8.0-45-generic/include/linux/sched.h",
		"capability perfmon",
		"capability bpf",
		"capability ipc_lock",
	}, []string{
		"file r /sys/kernel/debug/dri/0/state",
		"file w /sys/kernel/debug/kprobes/enabled",
		"file r /proc/kcore",
		"file r /dev/mem",
		"file r /sys/fs/bpf/tc/globals/map",
		"file w /usr/src/linux-headers-6.8.0-45-generic/Makefile",
		"capability sys_admin",
		"capability sys_module",
		"capability sys_ptrace",
		"ptrace trace peer=unconfined",
		"ptrace read peer=unconfined",
		"ptrace trace peer=snap.other.app",
		"mount fstype=tracefs source=tracefs /sys/kernel/tracing/",
	})
}

func (s *systemTraceSuite) TestNoPtraceTrace(c *check.C) {
	aa, _ := connectToSystem(c, builtin.Classic, consumerYaml(s.name)).specs(c, "consumer")
	c.Check(aa.UsesPtraceTrace(plugTag), check.Equals, false)
}

func init() {
	addAccessDifferences("system-trace", accessDifferences{rows: []accessDifference{{
		access: "capability sys_admin",
		ours:   false,
		why:    "perfmon and bpf (Linux 5.8) stand for it; sys_admin is most of root",
	}, {
		access: "capability perfmon",
		ours:   true,
		why:    "perf events without sys_admin",
	}, {
		access: "capability bpf",
		ours:   true,
		why:    "eBPF programs and maps without sys_admin",
	}, {
		access: "file rw /sys/kernel/tracing/events/sched/sched_switch/enable",
		ours:   true,
		why:    "tracefs's own mount point, where current systems mount it",
	}, {
		access: "file r /proc/kallsyms",
		ours:   true,
		why:    "symbols for kernel stacks, which every tracer resolves",
	}}})
}
