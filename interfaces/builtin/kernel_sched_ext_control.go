// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// kernel-sched-ext-control lets an app load a sched_ext scheduler: a
// BPF program that takes over scheduling the host's tasks (the
// schedulers of the scx project, scx_lavd, scx_rustland, ...). The
// scheduler is a struct_ops BPF map of programs that the app loads and
// attaches with bpf(2): the kernel asks bpf for the map and perfmon
// for programs of that type, which may read kernel memory. Loading it
// reads the kernel's BTF type information; choosing its policy reads
// the CPU and memory topology; sched_ext's sysfs directory says whether
// a scheduler runs and which. The kernel turns a misbehaving scheduler
// off and returns to its own, but while it runs it decides when every
// task of the host runs, so the plug needs a snap declaration to
// install and is connected by hand; the slot is the system's.
//
// bpf(2) is otherwise not in the base policy: with bpf and perfmon it
// also loads tracing programs, which is system-trace's business as
// well; this interface adds no tracing filesystem, kprobe or perf event
// access.

const kernelSchedExtControlSummary = `allows loading sched_ext BPF schedulers into the kernel`

const kernelSchedExtControlConnectedPlugAppArmor = `
# Description: load and run a sched_ext BPF scheduler.

# Load the scheduler's BPF maps and programs, and attach them: struct_ops
# maps ask bpf, their programs perfmon.
capability bpf,
capability perfmon,

# The kernel's BTF type information, which libbpf reads to load
# programs that follow the kernel's structures.
@{sys}/kernel/btf/ r,
@{sys}/kernel/btf/* r,

# Whether a sched_ext scheduler runs, which one, and its counters.
@{sys}/kernel/sched_ext/ r,
@{sys}/kernel/sched_ext/** r,

# The CPU and memory topology the scheduler's policy is built on.
@{sys}/devices/system/cpu/ r,
@{sys}/devices/system/cpu/** r,
@{sys}/devices/system/node/ r,
@{sys}/devices/system/node/** r,
`

const kernelSchedExtControlConnectedPlugSecComp = `
# Description: load and run a sched_ext BPF scheduler.

# Create the scheduler's maps and programs, attach them, and share its
# state with them.
bpf
`

func init() {
	registerIface(&commonInterface{
		name:                  "kernel-sched-ext-control",
		summary:               kernelSchedExtControlSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: kernelSchedExtControlConnectedPlugAppArmor,
		connectedPlugSecComp:  kernelSchedExtControlConnectedPlugSecComp,
	})
}
