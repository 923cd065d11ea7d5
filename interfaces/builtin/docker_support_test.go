// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/testutil"
)

type dockerSupportSuite struct{}

var _ = check.Suite(&dockerSupportSuite{})

func (s *dockerSupportSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "docker-support", staticInfo{
		summary:           "allows operating as the Docker daemon",
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
}

// What Docker keeps from ordinary containers whatever their
// capabilities, and so the daemon's filter keeps from them without
// privileged-containers; and the new mount API, which AppArmor 3 does
// not mediate.
var dockerUnprivilegedSyscalls = []string{
	"init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load",
	"swapon", "swapoff", "clock_settime", "clock_adjtime",
	"syslog", "open_by_handle_at", "quotactl", "lookup_dcookie", "userfaultfd", "@unrestricted",
	"fsopen", "fsmount", "move_mount", "open_tree", "mount_setattr",
}

func (s *dockerSupportSuite) TestConnectedPlug(c *check.C) {
	aa, sc := connectToSystem(c, builtin.Core, consumerYaml("docker-support")).plugSide(c)
	checkRules(c, aa,
		"capability sys_admin,",
		"capability mac_admin,",
		"mount,",
		"pivot_root,",
		"change_profile unsafe /** -> docker-default,",
		"signal (send) peer=docker-default,",
		"@{sys}/fs/cgroup/{,*/}docker/{,**} rw,",
		"@{run}/containerd/** rwk,")
	checkRules(c, sc, "mount", "unshare", "setns", "bpf", "keyctl", "setgroups", "mknod - &S_ISUID|S_ISGID=0", "socket !AF_VSOCK", "listen",
		"chmod", "openat", "kcmp", "acct", "settimeofday", "reboot", "perf_event_open", "fanotify_init", "iopl")
	// No set-id device nodes.
	checkGrantsNone(c, sc, "mknod", "mknodat")
	// What containers may not reach is in TestAccesses.
	checkGrantsNone(c, sc, startingWith(dockerUnprivilegedSyscalls...)...)
	checkExplained(c, aa, sc)
}

// What dockerd, containerd, its shims and runc do: serve the API
// socket, keep their state, run containers under docker-default, set
// up their cgroups and networks; never write other cgroups, the host's
// network devices' settings, or change to another profile.
func (s *dockerSupportSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("docker-support"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/docker.sock",
		"file rw /var/run/docker.sock",
		"file rwk /run/docker/containerd/containerd.sock",
		"file rw /run/containerd/containerd.sock",
		"file rw /run/containerd/s/4f8a1b2c3d4e5f60",
		"file rwk /run/containerd/io.containerd.runtime.v2.task/moby/0123abcd/config.json",
		"unix bind stream addr=@/containerd-shim/moby/0123abcd/shim.sock",
		"unix listen stream addr=@/containerd-shim/moby/0123abcd/shim.sock",
		"file rw /run/runc/0123abcd/state.json",
		"file r /sys/module/apparmor/parameters/enabled",
		"exec /sbin/apparmor_parser ix",
		"file w /sys/kernel/security/apparmor/.replace",
		"change_profile exec=/docker-entrypoint.sh target=docker-default",
		"change_profile exec=/pause target=cri-containerd.apparmor.d",
		"signal send sig=kill peer=docker-default",
		"ptrace read peer=docker-default",
		"file w /proc/4242/attr/exec",
		"file rw /proc/4242/uid_map",
		// cgroup v2 with the cgroupfs driver, v1, and the systemd driver.
		"file rw /sys/fs/cgroup/docker/0123abcd/memory.max",
		"file w /sys/fs/cgroup/docker/0123abcd/cgroup.procs",
		"file rw /sys/fs/cgroup/memory/docker/0123abcd/memory.limit_in_bytes",
		"file w /sys/fs/cgroup/system.slice/docker-0123abcd.scope/cgroup.procs",
		"file rw /sys/fs/cgroup/kubepods.slice/kubepods-burstable.slice/cpu.max",
		"file r /sys/fs/cgroup/system.slice/ssh.service/memory.current",
		"file r /sys/devices/virtual/net/docker0/address",
		"network netlink raw",
		"mount fstype=overlay source=overlay /var/snap/docker/common/var-lib-docker/overlay2/0123abcd/merged/",
		"pivot_root /var/snap/docker/common/var-lib-docker/overlay2/0123abcd/merged/",
		"capability sys_admin",
		"capability net_admin",
		"file r /run/flannel/subnet.env",
	}, []string{
		"file w /sys/fs/cgroup/system.slice/ssh.service/cgroup.procs",
		"file w /sys/fs/cgroup/user.slice/memory.max",
		"file w /sys/fs/cgroup/cgroup.subtree_control",
		"file w /sys/devices/virtual/net/docker0/bridge/stp_state",
		"file w /sys/class/net/eth0/mtu",
		"change_profile exec=/bin/sh target=unconfined",
		"change_profile exec=/bin/sh target=snap.other.app",
		"ptrace trace peer=docker-default",
		"ptrace trace peer=unconfined",
		"capability sys_module",
		"capability sys_rawio",
		"capability sys_time",
		"capability sys_boot",
		"capability syslog",
		"file rw /dev/sda",
		"file rw /dev/mapper/control",
		"unix bind stream addr=@/tmp/.X11-unix/X0",
	})
}

func init() {
	addAccessDifferences("docker-support", accessDifferences{rows: []accessDifference{{
		access: "capability sys_module",
		ours:   false,
		why:    "Docker's containers never get to load modules; the reference grants every capability",
	}, {
		access: "file rw /dev/mapper/control",
		ours:   false,
		why:    "the devicemapper storage driver is gone from Docker 25",
	}, {
		access: "file rw /proc/sys/net/ipv4/ip_forward",
		ours:   true,
		why:    "container networks and docker run --sysctl; the reference leaves it to network-control",
	}, {
		access: "ptrace trace peer=docker-default",
		ours:   false,
		why:    "dockerd and runc inspect containers (read), they do not trace them",
	}, {
		access: "file r /proc/4242/environ !owner",
		ours:   false,
		why:    "the reference reads all of /proc; the daemon needs its containers' state files only",
	}}})
}

func (s *dockerSupportSuite) TestPrivilegedContainers(c *check.C) {
	aa, sc := connectToSystem(c, builtin.Core, consumerYaml("docker-support", "privileged-containers: true")).plugSide(c)
	checkRules(c, aa,
		"change_profile unsafe /** -> docker-default,",
		"change_profile unsafe /** -> unconfined,",
		"/dev/**/ r,")
	checkRules(c, sc, "@unrestricted")
	checkExplained(c, aa, sc)

	// false is the same as leaving it out.
	aa, sc = connectToSystem(c, builtin.Core, consumerYaml("docker-support", "privileged-containers: false")).plugSide(c)
	checkGrantsNone(c, aa, startingWith("change_profile unsafe /** -> unconfined")...)
	checkGrantsNone(c, sc, startingWith("@unrestricted")...)
}

func (s *dockerSupportSuite) TestSanitizePlug(c *check.C) {
	checkPlugSanitizer(c, "docker-support", []attrCase{
		{map[string]interface{}{}, ""},
		{map[string]interface{}{"privileged-containers": true}, ""},
		{map[string]interface{}{"privileged-containers": false}, ""},
		{map[string]interface{}{"privileged-containers": "true"}, `"privileged-containers" must be true or false`},
		{map[string]interface{}{"privileged-containers": "yes,\nchange_profile,"}, `"privileged-containers" must be true or false`},
		{map[string]interface{}{"privileged-containers": int64(1)}, `"privileged-containers" must be true or false`},
		{map[string]interface{}{"privileged-containers": []interface{}{true}}, `"privileged-containers" must be true or false`},
	})
}

// The Docker snap of the shared corpus plugs docker-support twice, once
// with privileged-containers; its daemon gets both, its CLI neither.
func (s *dockerSupportSuite) TestDockerSnap(c *check.C) {
	info := corpusSnap(c, "docker-snap__docker-snap.yaml")
	repo := builtin.NewRepository()
	_, err := repo.AddSnap(builtin.SystemSnap(builtin.Classic))
	c.Assert(err, check.IsNil)
	dropped, err := repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	for _, d := range dropped {
		c.Check(d.Interface, check.Not(check.Matches), "docker(-support)?", check.Commentf("%s", d))
	}
	for _, plug := range []string{"support", "privileged"} {
		_, err := repo.Connect(interfaces.ConnRef{
			PlugRef: interfaces.PlugRef{Snap: "docker", Name: plug},
			SlotRef: interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: "docker-support"},
		}, nil, nil)
		c.Assert(err, check.IsNil)
	}
	aa := &apparmor.Specification{}
	c.Assert(repo.SnapSpecification(aa, "docker"), check.IsNil)
	sc := &seccomp.Specification{}
	c.Assert(repo.SnapSpecification(sc, "docker"), check.IsNil)
	checkRules(c, aa.SnippetForTag("snap.docker.dockerd"),
		"change_profile unsafe /** -> docker-default,",
		"change_profile unsafe /** -> unconfined,")
	checkRules(c, sc.SnippetForTag("snap.docker.dockerd"), "@unrestricted", "socket !AF_VSOCK")
	c.Check(aa.SnippetForTag("snap.docker.docker"), check.Not(testutil.Contains), "change_profile")
	c.Check(sc.SnippetForTag("snap.docker.docker"), check.Not(testutil.Contains), "@unrestricted")
}

// runc creates containers' user namespaces, privileged containers or
// not: a profile of ABI 4.0 allows it, one of ABI 3.0 cannot say it.
func (s *dockerSupportSuite) TestUserNSOnABI4(c *check.C) {
	for _, attrs := range []string{"", "privileged-containers: true"} {
		cn := connectToSystem(c, builtin.Core, consumerYaml("docker-support", attrs))
		cn.checkABI4Rules(c, "consumer", plugTag, "docker-support", "userns,")
	}
}
