// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type cpuControlSuite struct{ systemSuite }

var _ = check.Suite(&cpuControlSuite{systemSuite{systemCase{
	name:     "cpu-control",
	summary:  "allows setting CPU tunables",
	appArmor: []string{"@{sys}/devices/system/cpu/cpu[0-9]*/online w,", "/dev/cpu_dma_latency rw,"},
	mustNotGrant: []string{
		anyCapability,
		`/dev/cpu/.*`,
		`@\{sys\}/devices/system/cpu/\*\* [a-z]*w.*`,
	},
}}})

// What cpupower, tuned and real-time setup do; not the CPUs' model
// specific registers, microcode, or the memory and node settings.
func (s *cpuControlSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("cpu-control"))
	const cpu = "/sys/devices/system/cpu"
	cn.checkAccesses(c, plugTag, []string{
		"file r " + cpu + "/cpu3/cpufreq/scaling_available_governors",
		"file r " + cpu + "/vulnerabilities/spectre_v2",
		"file w " + cpu + "/cpufreq/policy3/scaling_governor",
		"file w " + cpu + "/cpufreq/policy0/scaling_max_freq",
		"file w " + cpu + "/cpufreq/policy0/energy_performance_preference",
		"file w " + cpu + "/cpufreq/schedutil/rate_limit_us",
		"file w " + cpu + "/cpufreq/policy0/schedutil/rate_limit_us",
		"file w " + cpu + "/cpufreq/boost",
		"file w " + cpu + "/intel_pstate/no_turbo",
		"file w " + cpu + "/cpu2/cpuidle/state3/disable",
		"file w " + cpu + "/cpu5/online",
		"file w " + cpu + "/smt/control",
		"file rw /dev/cpu_dma_latency",
	}, []string{
		"file w " + cpu + "/cpufreq/policy0/scaling_cur_freq",
		"file w " + cpu + "/cpufreq/policy0/stats/reset",
		"file w " + cpu + "/cpu0/cpuidle/state3/latency",
		"file w " + cpu + "/microcode/reload",
		"file w " + cpu + "/cpu0/cache/index0/size",
		"file rw /dev/cpu/0/msr",
		"file w /sys/devices/system/memory/memory8/online",
		"file w /sys/devices/system/node/node0/hugepages/hugepages-2048kB/nr_hugepages",
		"file w /proc/sys/kernel/sched_rt_runtime_us",
	})
}

func (s *cpuControlSuite) TestNotRendered(c *check.C) {
	c.Check(ifaceByName(c, "cpu-control").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendUDev})
}
