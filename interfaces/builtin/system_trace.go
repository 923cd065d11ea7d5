// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
)

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
// Attaching perf events to another process needs ptrace access to it:
// read on recent kernels, trace (attach) on older ones and, on all, for
// events that signal the traced process. The hook says it uses ptrace trace, so that an
// interface asking to suppress it in the same profile (system-observe)
// does not turn the rule into a denial.

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
/sys/kernel/debug/kprobes/list r,

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

# Attach to other processes and turn their addresses into symbols: perf
# needs ptrace access to the traced process (see the interface's doc).
ptrace (read, trace),
@{PROC}/@{pids}/{cmdline,comm,maps,stat,status} r,
`

const systemTraceConnectedPlugSecComp = `
# Description: trace the kernel and processes with perf events and eBPF.

# Open perf events and load eBPF programs and maps.
perf_event_open
bpf
`

// systemTraceInterface adds to the common data that it uses ptrace trace,
// so that a suppression asked for by another interface of the same
// profile does not deny it.
type systemTraceInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*systemTraceInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*systemTraceInterface)(nil)
)

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *systemTraceInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	spec.SetUsesPtraceTrace()
	return iface.commonInterface.AppArmorConnectedPlug(spec, plug, slot)
}

func init() {
	registerIface(&systemTraceInterface{commonInterface{
		name:                  "system-trace",
		summary:               systemTraceSummary,
		docURL:                "https://snapcraft.io/docs/system-trace-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: systemTraceConnectedPlugAppArmor,
		connectedPlugSecComp:  systemTraceConnectedPlugSecComp,
	}})
}
