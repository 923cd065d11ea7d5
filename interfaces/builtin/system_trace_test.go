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
		"ptrace (read, trace),",
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
	reaches: []access{
		{"/sys/kernel/tracing/events/sched/sched_switch/enable", "rw"},
		{"/sys/kernel/debug/tracing/kprobe_events", "rw"},
		{"/sys/kernel/btf/vmlinux", "r"},
		{"/sys/devices/cpu/events/cycles", "r"},
	},
	mustNotReach: []access{
		{"/sys/kernel/debug/dri/0/state", "r"},
		{"/sys/kernel/debug/kprobes/enabled", "w"},
		{"/dev/mem", "r"},
		{"/sys/fs/bpf/tc/globals/map", "r"},
	},
}}})

func (s *systemTraceSuite) TestUsesPtraceTrace(c *check.C) {
	aa, _ := connectToSystem(c, builtin.Classic, consumerYaml(s.name)).specs(c, "consumer")
	c.Check(aa.UsesPtraceTrace(plugTag), check.Equals, true)
	c.Check(aa.UsesPtraceTrace(otherPlugTag), check.Equals, false)
}
