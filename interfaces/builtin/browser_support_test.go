// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/testutil"
)

type browserSupportSuite struct{}

var _ = check.Suite(&browserSupportSuite{})

// What only the browser's own sandbox may have.
var browserSandboxAppArmor = []string{
	"capability sys_admin,",
	"capability sys_chroot,",
	"owner @{PROC}/@{pid}/{uid_map,gid_map,setgroups} rw,",
	"ptrace (read, trace) peer=@{profile_name},",
}

var browserSandboxSecComp = []string{"unshare", "sched_setaffinity", "quotactl &0xffffff00=0x80000700", "ptrace PTRACE_ATTACH", "ptrace PTRACE_GETREGSET", "ptrace 12"}

func (s *browserSupportSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "browser-support",
		summary:   "allows running a web browser engine",
		onCore:    true,
		onClassic: true,
		plugDecl:  "deny-auto-connection:\n  plug-attributes:\n    allow-sandbox: \"true\"",
		slotDecl:  declSystemSlot,
		plugAppArmor: []string{
			"owner /{dev,run}/shm/{,.}org.chromium.* mrw,",
			"owner /{dev,run}/shm/org.mozilla.ipc.* mrw,",
			"owner @{PROC}/@{pid}/oom_score_adj rw,",
		},
		plugSecComp: []string{"seccomp", "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT", "bind", "listen", "accept4", "setpriority PRIO_PROCESS"},
	})
}

func (s *browserSupportSuite) TestWithoutSandbox(c *check.C) {
	for _, attrs := range []string{"", "allow-sandbox: false"} {
		comment := check.Commentf("%q", attrs)
		cn := connectToSystem(c, builtin.Core, consumerYaml("browser-support", attrs))
		aaSpec, _ := cn.specs(c, "consumer")
		aa, sc := cn.snippets(c, plugTag)
		for _, rule := range browserSandboxAppArmor {
			c.Check(aa, check.Not(testutil.Contains), rule, comment)
		}
		c.Check(aa, check.Not(testutil.Contains), "capability", comment)
		for _, rule := range browserSandboxSecComp {
			c.Check(lines(sc), check.Not(testutil.Contains), rule, comment)
		}
		// The crash handler's ptrace probes are denied quietly.
		c.Check(aaSpec.DeniesPtraceTrace(plugTag), check.Equals, true, comment)
		c.Check(aa, testutil.Contains, "deny ptrace (trace),", comment)
	}
}

func (s *browserSupportSuite) TestWithSandbox(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("browser-support", "allow-sandbox: true"))
	aaSpec, _ := cn.specs(c, "consumer")
	aa, sc := cn.snippets(c, plugTag)
	for _, rule := range browserSandboxAppArmor {
		c.Check(aa, testutil.Contains, rule)
	}
	for _, rule := range browserSandboxSecComp {
		c.Check(lines(sc), testutil.Contains, rule)
	}
	c.Check(aaSpec.UsesPtraceTrace(plugTag), check.Equals, true)
	c.Check(aa, check.Not(testutil.Contains), "deny ptrace")
	// The crash reporter reads; nothing writes registers or memory, and
	// neither quotas nor device nodes are changed.
	checkGrantsNone(c, sc, "ptrace", "ptrace PTRACE_POKE.*", "ptrace PTRACE_SETREGS.*", "ptrace 13", "ptrace 15", "ptrace PTRACE_TRACEME",
		"quotactl", "quotactl .*=0x80000800", "mknod.*", "mknodat.*")
	// Still nothing of the AppArmor 4 ABI.
	checkNoAppArmor4Rules(c, aa)
}

func (s *browserSupportSuite) TestSanitizeAllowSandbox(c *check.C) {
	checkBoolAttr(c, "browser-support", "allow-sandbox")
}

// The sandbox creates user namespaces: a profile of ABI 4.0 allows it,
// one of ABI 3.0 cannot say it (and does not mediate it). Without the
// sandbox, neither has the rule.
func (s *browserSupportSuite) TestUserNSWithSandboxOnABI4(c *check.C) {
	for _, t := range []struct {
		attrs string
		rules []string
	}{
		{"allow-sandbox: true", []string{"userns,"}},
		{"allow-sandbox: false", nil},
		{"", nil},
	} {
		cn := connectToSystem(c, builtin.Core, consumerYaml("browser-support", t.attrs))
		cn.checkABI4Rules(c, "consumer", plugTag, "browser-support", t.rules...)
	}
}

// What Chromium's and Firefox's sandboxes and their helpers do with
// allow-sandbox, and that none of it comes without.
func (s *browserSupportSuite) TestSandboxAccesses(c *check.C) {
	sandbox := []string{
		"file rw /proc/4242/uid_map",
		"file w /proc/4242/setgroups",
		"capability sys_admin",
		"capability sys_chroot",
		"capability setuid",
		"capability setgid",
		"capability sys_ptrace",
		"ptrace trace peer=snap.consumer.app",
		"file w /proc/4242/fd/17",
		"file w /proc/4242/clear_refs",
		"file rw /dev/shm/shmfd-a1b2c3",
		"file r /run/udev/data/c189:3",
		"file r /run/udev/data/b8:0",
		"file r /run/udev/data/+usb:1-1",
		"file r /sys/devices/pci0000:00/0000:00:14.0/usb1/1-1/manufacturer",
		"file r /sys/devices/virtual/dmi/id/product_name",
		"file rw /run/dbus/system_bus_socket",
		"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined",
		"dbus send bus=system path=/org/freedesktop/RealtimeKit1 interface=org.freedesktop.RealtimeKit1 member=MakeThreadRealtimeWithPID name=org.freedesktop.RealtimeKit1 peer=unconfined",
	}
	never := []string{
		"ptrace trace peer=snap.other.app",
		"ptrace trace peer=unconfined",
		"capability sys_module",
		"capability mknod",
		"file w /proc/4243/clear_refs !owner",
		"file r /sys/devices/virtual/block/loop3/loop/backing_file",
		"file r /sys/devices/virtual/dmi/id/product_serial",
		"dbus send bus=system path=/org/freedesktop/login1 interface=org.freedesktop.login1.Manager member=PowerOff name=org.freedesktop.login1 peer=unconfined",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
	}
	cn := connectToSystem(c, builtin.Core, consumerYaml("browser-support", "allow-sandbox: true"))
	cn.checkAccesses(c, plugTag, sandbox, never)
	// Without the sandbox, none of it, but what the base policy gives
	// every app: chroot (which reaches no new path under AppArmor) and
	// its own descriptors.
	everyApp := map[string]bool{"capability sys_chroot": true, "file w /proc/4242/fd/17": true}
	var sandboxOnly []string
	for _, a := range sandbox {
		if !everyApp[a] {
			sandboxOnly = append(sandboxOnly, a)
		}
	}
	cn = connectToSystem(c, builtin.Core, consumerYaml("browser-support"))
	cn.checkAccesses(c, plugTag, []string{"file rw /dev/shm/.org.chromium.Chromium.a1b2", "file r /run/udev/data/c13:64", "capability sys_chroot", "file w /proc/4242/fd/17"}, append(never, sandboxOnly...))
}

func init() {
	addAccessDifferences("browser-support", accessDifferences{plugAttrs: []string{"allow-sandbox: true"}, rows: []accessDifference{{
		access: "ptrace trace peer=snap.consumer.other",
		ours:   false,
		why:    "the zygote and crash handler trace the browser's own processes, under this profile",
	}, {
		access: "unix bind stream addr=@4A3B._service_x",
		ours:   false,
		why:    "Google Cloud Print, whose local discovery socket this was, closed in 2020",
	}}})
}
