// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type kernelSchedExtControlSuite struct{ systemSuite }

var _ = check.Suite(&kernelSchedExtControlSuite{systemSuite{systemCase{
	name:            "kernel-sched-ext-control",
	summary:         "allows loading sched_ext BPF schedulers into the kernel",
	superPrivileged: true,
	appArmor:        []string{"capability bpf,", "capability perfmon,", "@{sys}/kernel/sched_ext/** r,", "@{sys}/kernel/btf/* r,"},
	secComp:         []string{"bpf"},
	mustNotGrant:    []string{writesFiles, `capability (sys_admin|sys_module|sys_resource|sys_ptrace).*`, `perf_event_open|ptrace|init_module|finit_module`},
	reaches:         []access{{"/sys/kernel/sched_ext/state", "r"}, {"/sys/kernel/sched_ext/root/ops", "r"}, {"/sys/kernel/btf/vmlinux", "r"}},
	mustNotReach:    []access{{"/sys/kernel/debug/tracing/trace_pipe", "r"}, {"/sys/kernel/tracing/events/enable", "w"}, {"/sys/fs/bpf/x", "w"}},
}}})

// A scheduler loads its BPF maps and programs, reads the kernel's types
// and the CPU topology, and sees sched_ext's state; it gets no tracing,
// no kernel modules and no writes to the kernel's state files.
func (s *kernelSchedExtControlSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("kernel-sched-ext-control")).checkAccesses(c, plugTag, []string{
			"capability bpf",
			"capability perfmon",
			"file r /sys/kernel/btf/vmlinux",
			"file r /sys/kernel/sched_ext/state",
			"file r /sys/kernel/sched_ext/switch_all",
			"file r /sys/kernel/sched_ext/root/events",
			"file r /sys/devices/system/cpu/online",
			"file r /sys/devices/system/cpu/cpu3/topology/core_id",
			"file r /sys/devices/system/cpu/cpu3/cache/index2/shared_cpu_list",
			"file r /sys/devices/system/node/node0/cpulist",
		}, []string{
			"capability sys_admin",
			"capability sys_module",
			"capability sys_ptrace",
			"file w /sys/kernel/sched_ext/switch_all",
			"file w /sys/devices/system/cpu/cpu3/online",
			"file r /sys/kernel/debug/tracing/trace_pipe",
			"file r /sys/kernel/tracing/trace_pipe",
			"file rw /sys/fs/bpf/sched",
			"file r /proc/kcore",
			"file rw /dev/mem",
		})
	}
}
