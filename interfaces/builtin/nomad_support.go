// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// nomad-support lets a snap operate as a HashiCorp Nomad client agent
// as a service: it keeps the CPU cores and memory its tasks get in
// cgroups of its own (under nomad.slice with cgroup v2, split into
// share.slice, which tasks share, and reserve.slice, where a task gets
// cores of its own; under a nomad group of each controller with cgroup
// v1), moves each task into its cgroup and sets its limits, runs tasks
// as the users their jobs name, and stops them. Its NVIDIA device
// plugin finds and watches the GPUs it offers to tasks through the
// driver's management library (NVML). The client runs as root and runs
// whatever its servers schedule on it, so installing the plug needs a
// snap declaration and it never auto-connects. The slot is the
// system's, on classic and Ubuntu Core.
//
// Tasks run in the agent's profile (raw_exec): what they reach beyond
// it comes from the snap's other plugs; the docker driver talks to
// Docker through the docker plug. The exec driver's isolation (mount
// and PID namespaces and a chroot built for each task) is a container
// runtime's power, which this interface does not grant.
//
// Not rendered here: udev. The app's device cgroup admits the NVIDIA
// devices only once udev rules tag them for the app's security tag; a
// daemon using this library writes those rules itself.

const nomadSupportSummary = `allows operating as the Nomad service`

const nomadSupportConnectedPlugAppArmor = `
# Description: operate as a Nomad client agent: keep its tasks in
# cgroups of its own with their CPU cores and memory, run them as the
# users their jobs name, and offer NVIDIA GPUs to them.

# Cgroup v2: create nomad.slice, its share.slice and reserve.slice and a
# scope for each task; enable the controllers its children need (at the
# root too); set cpuset.cpus of the slices and each task's limits; move
# tasks into their scopes.
/sys/fs/cgroup/cgroup.subtree_control rw,
/sys/fs/cgroup/nomad.slice/ rw,
/sys/fs/cgroup/nomad.slice/** rw,

# Cgroup v1: the same under a nomad group of each controller Nomad
# uses.
/sys/fs/cgroup/{cpuset,cpu,cpuacct,cpu\,cpuacct,memory,pids,freezer}/nomad/ rw,
/sys/fs/cgroup/{cpuset,cpu,cpuacct,cpu\,cpuacct,memory,pids,freezer}/nomad/** rw,

# Run tasks as the users their jobs name, with their groups, and stop
# them.
capability setuid,
capability setgid,
capability kill,

# The NVIDIA device plugin: NVML opens the driver's control device and
# each GPU's, and reads the driver's description of the GPUs.
/dev/nvidiactl rw,
/dev/nvidia[0-9]* rw,
/proc/driver/nvidia/ r,
/proc/driver/nvidia/** r,
`

const nomadSupportConnectedPlugSecComp = `
# Description: operate as a Nomad client agent.

# Tasks run with the supplementary groups of their users.
setgroups
setgroups32
`

func init() {
	registerIface(&commonInterface{
		name:                  "nomad-support",
		summary:               nomadSupportSummary,
		docURL:                "https://snapcraft.io/docs/nomad-support-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: nomadSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  nomadSupportConnectedPlugSecComp,
		notRendered:           []string{interfaces.BackendUDev},
	})
}
