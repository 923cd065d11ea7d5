// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type microstackSupportSuite struct{ systemSuite }

var _ = check.Suite(&microstackSupportSuite{systemSuite{systemCase{
	name:            "microstack-support",
	summary:         "allows operating as the MicroStack service",
	superPrivileged: true,
	appArmor: []string{
		"/dev/kvm rw,",
		"change_profile -> libvirt-[0-9a-f]*,",
		"capability net_admin,",
		"umount @{run}/netns/*,",
	},
	secComp:      []string{"setns", "unshare &CLONE_NEWUSER=0", "socket AF_NETLINK - NETLINK_GENERIC", "sched_setaffinity"},
	mustNotGrant: []string{`capability (sys_module|sys_rawio|sys_boot|sys_time|syslog).*`, `change_profile .*unconfined.*`, `pivot_root.*`, `@unrestricted`, `userns.*`, `^unshare$`, `init_module`, `/\*\* .*`},
	reaches: []access{
		{"/dev/kvm", "rw"}, {"/dev/vhost-net", "rw"}, {"/dev/net/tun", "rw"}, {"/dev/loop3", "rw"}, {"/dev/mapper/control", "rw"},
		{"/sys/fs/cgroup/machine.slice/machine-qemu.scope/cgroup.procs", "w"}, {"/proc/sys/net/ipv4/ip_forward", "rw"},
		{"/sys/kernel/security/apparmor/.replace", "w"},
	},
	mustNotReach: []access{
		{"/dev/sda", "rw"}, {"/dev/mem", "r"}, {"/dev/vfio/vfio", "rw"}, {"/proc/sys/kernel/modprobe", "w"},
		{"/sys/fs/cgroup/system.slice/cgroup.procs", "w"}, {"/sys/kernel/security/apparmor/policy/profiles", "w"},
	},
}}})

// libvirt starts machines under its own profiles with KVM and vhost;
// Neutron keeps namespaces under /run/netns; Cinder uses loop devices.
// Nothing runs unconfined, no other disk is reached, no user namespace
// is made, and no mount lands outside what ip netns does.
func (s *microstackSupportSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("microstack-support")).checkAccesses(c, plugTag, []string{
			"file rw /dev/kvm",
			"file rw /dev/vhost-vsock",
			"file rw /dev/vhost-scsi",
			"file rw /dev/net/tun",
			"file rw /dev/loop-control",
			"file rw /dev/dm-2",
			"exec /usr/sbin/apparmor_parser ix",
			"file w /sys/kernel/security/apparmor/.remove",
			"capability mac_admin",
			"change_profile target=libvirt-0b5a4c1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b",
			"signal send sig=term peer=libvirt-0b5a4c1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b",
			"ptrace trace peer=libvirt-0b5a4c1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b",
			"file w /sys/fs/cgroup/machine.slice/machine-qemu\\x2d1.scope/cpu.max",
			"file w /sys/fs/cgroup/cpuset/machine/qemu-1/cpuset.cpus",
			"capability net_admin",
			"network netlink raw",
			"network packet raw",
			"file w /proc/sys/net/ipv4/conf/all/forwarding",
			"file rw /run/netns/qrouter-1",
			"mount options=rw,bind source=/proc/1234/ns/net /run/netns/qrouter-1",
			"mount options=rw,rshared /run/netns/",
			"umount /run/netns/qrouter-1",
			"mount fstype=sysfs /sys/",
			"capability ipc_lock",
		}, []string{
			"change_profile target=unconfined",
			"change_profile target=snap.other.app",
			"signal send sig=kill peer=unconfined",
			"ptrace trace peer=snap.other.app",
			"file rw /dev/sda",
			"file rw /dev/nvme0n1",
			"file r /dev/mem",
			"file w /proc/sys/kernel/core_pattern",
			"file w /sys/fs/cgroup/system.slice/cgroup.procs",
			"file w /etc/apparmor.d/usr.sbin.cupsd",
			"capability sys_module",
			"capability sys_rawio",
			"mount options=rw,bind source=/etc/ /run/netns/x",
			"mount fstype=ext4 source=/dev/sda1 /mnt/",
			"umount /",
			"pivot_root /var/snap/consumer/common/",
			"userns create",
		})
	}
}

func (s *microstackSupportSuite) TestNotRendered(c *check.C) {
	checkNotRendered(c, s.name, interfaces.BackendKMod, interfaces.BackendUDev)
}
