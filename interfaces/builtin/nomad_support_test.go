// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type nomadSupportSuite struct{ systemSuite }

var _ = check.Suite(&nomadSupportSuite{systemSuite{systemCase{
	name:            "nomad-support",
	summary:         "allows operating as the Nomad service",
	superPrivileged: true,
	appArmor: []string{
		"/sys/fs/cgroup/nomad.slice/** rw,",
		"capability setuid,",
		"/dev/nvidiactl rw,",
	},
	secComp:      []string{"setgroups", "setgroups32"},
	mustNotGrant: []string{`capability (sys_admin|sys_module|sys_rawio|mac_admin|net_admin).*`, `mount.*`, `pivot_root.*`, `change_profile.*`, `@unrestricted`, `unshare`, `setns`},
	reaches: []access{
		{"/sys/fs/cgroup/nomad.slice/reserve.slice/cpuset.cpus", "rw"},
		{"/sys/fs/cgroup/nomad.slice/share.slice/1234.web.scope/cgroup.procs", "w"},
		{"/sys/fs/cgroup/cpuset/nomad/reserve/cpuset.cpus", "rw"},
		{"/dev/nvidia0", "rw"},
	},
	mustNotReach: []access{
		{"/sys/fs/cgroup/system.slice/cgroup.procs", "w"}, {"/sys/fs/cgroup/nomad.slicex/cgroup.procs", "w"},
		{"/sys/fs/cgroup/cpuset/docker/cpuset.cpus", "w"}, {"/dev/nvidia-uvm", "rw"}, {"/dev/dri/card0", "rw"},
	},
}}})

// The agent keeps its tasks in its own cgroups, with their cores and
// limits, runs them as their users and watches the GPUs it offers them.
// Other cgroups, other GPUs' devices and container runtime powers stay
// out.
func (s *nomadSupportSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("nomad-support")).checkAccesses(c, plugTag, []string{
			"file w /sys/fs/cgroup/cgroup.subtree_control",
			"file w /sys/fs/cgroup/nomad.slice/",
			"file w /sys/fs/cgroup/nomad.slice/cgroup.subtree_control",
			"file rw /sys/fs/cgroup/nomad.slice/share.slice/cpuset.cpus",
			"file rw /sys/fs/cgroup/nomad.slice/reserve.slice/5e1b.redis.scope/memory.max",
			"file w /sys/fs/cgroup/nomad.slice/share.slice/5e1b.web.scope/cgroup.procs",
			"file rw /sys/fs/cgroup/cpuset/nomad/shared/cpuset.cpus",
			"file w /sys/fs/cgroup/memory/nomad/5e1b.web/memory.limit_in_bytes",
			"file w /sys/fs/cgroup/cpu,cpuacct/nomad/5e1b.web/cpu.shares",
			"capability setuid",
			"capability setgid",
			"capability kill",
			"file rw /dev/nvidiactl",
			"file rw /dev/nvidia3",
			"file r /proc/driver/nvidia/gpus/0000:01:00.0/information",
		}, []string{
			"file w /sys/fs/cgroup/system.slice/cgroup.procs",
			"file w /sys/fs/cgroup/user.slice/user-1000.slice/memory.max",
			"file w /sys/fs/cgroup/cpuset/cpuset.cpus",
			"file w /sys/fs/cgroup/devices/nomad/devices.allow",
			"file w /sys/fs/cgroup/cgroup.procs",
			"file w /proc/driver/nvidia/params",
			"file rw /dev/nvidia-modeset",
			"file rw /dev/dri/renderD128",
			"capability sys_admin",
			"capability net_admin",
			"mount fstype=tmpfs source=tmpfs /var/snap/consumer/common/alloc/",
			"pivot_root /var/snap/consumer/common/alloc/",
		})
	}
}

func (s *nomadSupportSuite) TestNotRendered(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendUDev)
}
