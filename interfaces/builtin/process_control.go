// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// process-control lets an app act on other processes, whoever runs them:
// signal them, and change their niceness, scheduling policy, processor
// affinity, NUMA memory placement, I/O priority and OOM score, as kill,
// renice, chrt, taskset, migratepages, ionice and process managers do. It does not let the app read or change
// another process's memory: it takes ptrace read, which the kernel asks
// for before it shows a process's /proc entries, and no more. The slot
// is the system's; the plug installs anywhere and is connected by hand.

const processControlSummary = `allows signalling other processes and changing their scheduling and priority`

const processControlConnectedPlugAppArmor = `
# Description: signal other processes and change their scheduling,
# priority, processor affinity and OOM score.

# Find the processes to act on: their /proc entries are shown only to a
# reader with ptrace read access to them.
ptrace (read),
@{PROC}/@{pids}/{cmdline,comm,stat,status} r,

# Signal any process, whoever runs it.
signal (send),
capability kill,

# Raise as well as lower the niceness, real-time scheduling, processor
# affinity, I/O priority and memory placement of any process.
capability sys_nice,

# Make a process more or less likely to be chosen by the OOM killer;
# lowering the score needs sys_resource.
@{PROC}/@{pids}/oom_score_adj rw,
capability sys_resource,
`

const processControlConnectedPlugSecComp = `
# Description: signal other processes and change their scheduling,
# priority, processor affinity and OOM score.

# Change another process's niceness, scheduling policy and parameters,
# processor affinity and I/O priority. They are the interface's purpose,
# so it names them even where the base allow-list has them for the
# app's own processes; raising a priority takes sys_nice either way.
setpriority
sched_setscheduler
sched_setparam
sched_setattr
sched_setaffinity
ioprio_set

# Move another process's memory between NUMA nodes (migratepages,
# numactl), next to its processors.
migrate_pages
move_pages
`

func init() {
	registerIface(&commonInterface{
		name:                  "process-control",
		summary:               processControlSummary,
		docURL:                "https://snapcraft.io/docs/process-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: processControlConnectedPlugAppArmor,
		connectedPlugSecComp:  processControlConnectedPlugSecComp,
	})
}
