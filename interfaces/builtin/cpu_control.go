// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// cpu-control lets an app set the CPUs' tunables, as performance and
// power tuning tools (cpupower, tuned, real-time setup scripts) do:
// frequency scaling governors and limits, turbo, which idle states the
// CPUs may enter, which CPUs are online, and simultaneous
// multithreading; and hold the CPUs' wake-up latency down through the
// PM QoS device. The slot is the system's; the plug installs anywhere
// and is connected by hand.
//
// Not rendered here: udev. The app's device cgroup admits
// /dev/cpu_dma_latency only once a udev rule tags the node for the
// app's security tag; a daemon using this library writes that rule
// itself.

const cpuControlSummary = `allows setting CPU tunables`

const cpuControlConnectedPlugAppArmor = `
# Description: set the CPUs' frequency scaling, idle states, online
# state and multithreading, and their wake-up latency.

# Read the CPUs' settings and statistics.
@{sys}/devices/system/cpu/ r,
@{sys}/devices/system/cpu/** r,

# Frequency scaling: each policy's governor, frequency limits and
# energy preference, the governors' tunables, turbo (boost), and the
# Intel and AMD P-state drivers' settings. cpuN/cpufreq links to its
# policy's directory, where AppArmor checks the access.
@{sys}/devices/system/cpu/cpufreq/policy[0-9]*/{energy_performance_preference,scaling_governor,scaling_max_freq,scaling_min_freq,scaling_setspeed} w,
@{sys}/devices/system/cpu/cpufreq/policy[0-9]*/{conservative,ondemand,schedutil}/* w,
@{sys}/devices/system/cpu/cpufreq/{boost,conservative/*,ondemand/*,schedutil/*} w,
@{sys}/devices/system/cpu/intel_pstate/{hwp_dynamic_boost,max_perf_pct,min_perf_pct,no_turbo,status} w,
@{sys}/devices/system/cpu/amd_pstate/status w,
@{sys}/devices/system/cpu/cpu[0-9]*/power/energy_perf_bias w,

# Idle states: keep CPUs out of the deep ones (low latency work), and
# choose the idle governor.
@{sys}/devices/system/cpu/cpu[0-9]*/cpuidle/state[0-9]*/disable w,
@{sys}/devices/system/cpu/cpuidle/current_governor w,

# Take CPUs offline and back online, and turn simultaneous
# multithreading off and on.
@{sys}/devices/system/cpu/cpu[0-9]*/online w,
@{sys}/devices/system/cpu/smt/control w,

# PM QoS: the CPUs' wake-up latency stays at most the value written for
# as long as the app keeps the node open.
/dev/cpu_dma_latency rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "cpu-control",
		summary:               cpuControlSummary,
		docURL:                "https://snapcraft.io/docs/cpu-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: cpuControlConnectedPlugAppArmor,
	})
}
