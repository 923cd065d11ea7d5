// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// system-trace lets an app use the kernel's tracing facilities: ftrace
// through tracefs (trace events, kprobes and uprobes), perf events and
// eBPF programs, as perf, trace-cmd, bpftrace and the BCC tools do. The
// slot is the system's; the plug installs anywhere and is connected by
// hand.
//
// Powers are those of Linux 5.8 and later, where perfmon and bpf stand
// for what used to take sys_admin; sys_admin itself is not granted, so
// on older kernels only what perf_event_paranoid leaves open works. Nor
// does it grant the rest of debugfs, /proc/kcore, /dev/mem, mounting, or
// pinning BPF objects in the shared BPF filesystem.
//
// It grants no ptrace: attaching perf events to another process, and
// reading its maps to resolve symbols, need ptrace read access to it,
// which system-observe grants, as under the reference, where a tracing
// snap plugs both. Kernel-wide tracing (ftrace, kprobes, tracepoints,
// perf events of all processes on a CPU) needs none.
//
// Differences from the reference, which grants sys_admin and
// sys_resource, reads debugfs's tracing and kprobes directories and the
// kernel headers under /usr/src, and nothing else: here the Linux 5.8
// capabilities perfmon and bpf stand for sys_admin, ipc_lock and
// sys_resource for the buffers, syslog for kallsyms, and the tracefs
// mount point, the perf event sources and BTF are read too, so that
// perf, bpftrace and the BCC tools run on current kernels without
// root's whole power.

const systemTraceSummary = `allows tracing the kernel and processes with ftrace, perf events and eBPF`

const systemTraceConnectedPlugAppArmor = `
# Description: trace the kernel and processes with ftrace, perf events
# and eBPF.

# ftrace through tracefs, at its own mount point and at the debugfs one
# older systems use: trace events, kprobes, uprobes and the trace buffers.
/sys/kernel/tracing/ r,
/sys/kernel/tracing/** rw,
/sys/kernel/debug/ r,
/sys/kernel/debug/tracing/ r,
/sys/kernel/debug/tracing/** rw,

# Perf events and eBPF programs (Linux 5.8 and later), the memory-locked
# buffers they fill, and the locked-memory limit older kernels count BPF
# maps against.
capability perfmon,
capability bpf,
capability ipc_lock,
capability sys_resource,

# The perf event sources and their formats, the tracing settings perf
# checks, and the kernel's type information that eBPF programs are
# built against.
/sys/bus/event_source/devices/ r,
/sys/devices/**/{cpus,cpumask,perf_event_mux_interval_ms,type} r,
/sys/devices/**/{caps,events,format}/ r,
/sys/devices/**/{caps,events,format}/* r,
/sys/kernel/btf/ r,
/sys/kernel/btf/* r,
@{PROC}/sys/kernel/{kptr_restrict,perf_event_max_sample_rate,perf_event_max_stack,perf_event_mlock_kb,perf_event_paranoid} r,

# Turn kernel addresses into symbols; the kernel shows the addresses only
# to holders of syslog.
@{PROC}/kallsyms r,
capability syslog,

# Kprobes in use, and the kernel headers BCC compiles its programs
# against (/lib/modules/VERSION/build points there).
/sys/kernel/debug/kprobes/ r,
/sys/kernel/debug/kprobes/** r,
/usr/src/ r,
/usr/src/** r,
`

const systemTraceConnectedPlugSecComp = `
# Description: trace the kernel and processes with perf events and eBPF.

# Open perf events and load eBPF programs and maps.
perf_event_open
bpf
`

func init() {
	registerIface(&commonInterface{
		name:                  "system-trace",
		summary:               systemTraceSummary,
		docURL:                "https://snapcraft.io/docs/system-trace-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: systemTraceConnectedPlugAppArmor,
		connectedPlugSecComp:  systemTraceConnectedPlugSecComp,
	})
}
