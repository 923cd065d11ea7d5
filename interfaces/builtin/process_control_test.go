// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type processControlSuite struct{ systemSuite }

var _ = check.Suite(&processControlSuite{systemSuite{systemCase{
	name:    "process-control",
	summary: "allows signalling other processes and changing their scheduling and priority",
	appArmor: []string{
		"ptrace (read),",
		"signal (send),",
		"capability kill,",
		"capability sys_nice,",
		"@{PROC}/@{pids}/oom_score_adj rw,",
		"capability sys_resource,",
	},
	secComp: []string{"setpriority", "sched_setscheduler", "sched_setparam", "sched_setattr", "sched_setaffinity", "ioprio_set", "migrate_pages", "move_pages"},
	mustNotGrant: []string{
		// Controlling a process is not reading or changing its memory.
		`ptrace \([^)]*trace[^)]*\).*`,
		`.*/(environ|maps|mem|fd)\b.*`,
		`ptrace|process_vm_(readv|writev)|kcmp`,
		`capability (sys_ptrace|sys_admin),`,
	},
}}})

func (s *processControlSuite) TestNeitherUsesNorSuppressesTrace(c *check.C) {
	aa, _ := connectToSystem(c, builtin.Classic, consumerYaml(s.name)).specs(c, "consumer")
	c.Check(aa.UsesPtraceTrace(plugTag), check.Equals, false)
	c.Check(aa.DeniesPtraceTrace(plugTag), check.Equals, false)
}
