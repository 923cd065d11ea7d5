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
		"@{PROC}/@{pids}/{cgroup,cmdline,comm,io,loginuid,oom_score,oom_score_adj,schedstat,sessionid,stat,statm,status,wchan} r,",
		"@{PROC}/{cpuinfo,diskstats,loadavg,meminfo,stat,swaps,uptime,version,vmstat,zoneinfo} r,",
		"/sys/fs/cgroup/** r,",
		"dbus (send) bus=system path=/org/freedesktop/systemd1 interface=org.freedesktop.systemd1.Manager member={GetUnit,GetUnitByPID,ListUnits,ListUnitsByNames,ListUnitsByPatterns,ListUnitsFiltered,ListUnitFiles} peer=(label=unconfined),",
		"dbus (send) bus=system path=/org/freedesktop/hostname1 interface=org.freedesktop.DBus.Properties member={Get,GetAll} peer=(label=unconfined),",
		// Suppressed, as no other interface of the profile uses trace.
		"deny ptrace (trace),",
	},
	secComp: []string{"ioprio_get"},
	mustNotGrant: []string{
		writesFiles,
		anyCapability,
		`ptrace \([^)]*trace[^)]*\).*`,
		`.*/(environ|maps|mem|fd|fdinfo)\b.*`,
		`dbus .*member=[^ ]*(Start|Stop|Restart|Kill|Reload|Enable|Disable|Set)[A-Z].*`,
		`ioprio_set|setpriority|sched_set.*|ptrace|process_vm_.*`,
	},
}}})

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
