// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type steamSupportSuite struct{}

var _ = check.Suite(&steamSupportSuite{})

func (s *steamSupportSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "steam-support",
		summary:   "allows running games in the Steam container runtime",
		onClassic: true,
		plugDecl:  declSuperPrivilegedPlug,
		slotDecl:  declSystemSlotNoAutoConnect,
		plugAppArmor: []string{
			"capability sys_admin,",
			"mount fstype=proc proc -> /newroot/proc/,",
			"pivot_root oldroot=/newroot/ /newroot/,",
		},
		plugSecComp: []string{"mount", "umount2", "pivot_root", "unshare", "sched_setaffinity", "ptrace PTRACE_ATTACH"},
	})
}

// The filter stays: steam-support is no way out of seccomp.
func (s *steamSupportSuite) TestKeepsTheFilter(c *check.C) {
	_, sc := connectToSystem(c, builtin.Classic, consumerYaml("steam-support")).snippets(c, plugTag)
	checkGrantsNone(c, sc, "@unrestricted", "ptrace", "ptrace PTRACE_POKE.*", "bpf", "io_uring_setup", "init_module", "perf_event_open")
}

// What bubblewrap does for pressure-vessel, in order, as the kernel
// asks AppArmor (binds carry only their bind flags; propagation changes
// and remounts all of theirs); then what runs inside the container, and
// Steam Input.
var steamContainerAccesses = []string{
	"file rw /proc/4242/uid_map",
	"file w /proc/4242/setgroups",
	"file r /proc/4242/mountinfo",
	"file r /proc/sys/kernel/overflowuid",
	"mount options=rw,silent,rslave /",
	"mount fstype=tmpfs options=rw,nosuid,nodev source=tmpfs /tmp/",
	"mount options=rbind source=/tmp/newroot/ /tmp/newroot/",
	"pivot_root oldroot=/tmp/oldroot/ /tmp/",
	"file w /newroot/usr/",
	"file w /newroot/run/pressure-vessel/ldso/",
	"mount options=rbind source=/oldroot/home/ /newroot/home/",
	"mount options=rbind source=/oldroot/home/u/snap/steam/common/.local/share/Steam/steamapps/common/SteamLinuxRuntime_sniper/var/tmp-ABCD12/usr/ /newroot/usr/",
	"mount options=rbind \"source=/oldroot/home/u/snap/steam/common/.local/share/Steam/steamapps/common/Proton - Experimental/files/\" /newroot/run/pressure-vessel/proton/",
	"mount options=rbind source=/oldroot/usr/ /newroot/run/host/usr/",
	"mount options=rbind source=/oldroot/etc/passwd /newroot/etc/passwd",
	"mount options=rbind source=/oldroot/run/systemd/resolve/stub-resolv.conf /newroot/etc/resolv.conf",
	"mount options=rbind source=/oldroot/run/user/1000/snap.consumer/wayland-0 /newroot/run/user/1000/wayland-0",
	"mount options=rbind source=/oldroot/run/user/1000/pulse/native /newroot/run/pressure-vessel/pulse/native",
	"mount options=rbind source=/oldroot/tmp/.X11-unix/X0 /newroot/tmp/.X11-unix/X0",
	"mount options=rbind source=/oldroot/var/lib/snapd/hostfs/ /newroot/var/lib/snapd/hostfs/",
	"mount options=rbind source=/oldroot/dev/ /newroot/dev/",
	"file rw /bindfile5sKJ2a",
	"mount options=rbind source=/bindfile5sKJ2a /newroot/etc/timezone",
	"mount fstype=tmpfs options=rw,nosuid,nodev source=tmpfs /newroot/run/user/1000/",
	"mount fstype=proc options=rw,nosuid,nodev,noexec source=proc /newroot/proc/",
	"remount options=bind,silent,nosuid,ro /newroot/usr/",
	"remount options=bind,silent,nosuid,nodev,ro /newroot/run/host/usr/",
	"mount options=rw,silent,rprivate /oldroot/",
	"umount /oldroot/",
	"pivot_root oldroot=/newroot/ /newroot/",
	"umount /",
	"capability sys_admin",
	"capability sys_chroot",
	// Inside: the runtime's programs, pressure-vessel's, the host's
	// ldconfig, the loader cache, the host's GPU drivers.
	"exec /usr/bin/python3 ix",
	"exec /usr/lib/x86_64-linux-gnu/steam-runtime-tools-0/srt-bwrap ix",
	"file rm /usr/lib/x86_64-linux-gnu/libvulkan.so.1",
	"exec /run/pressure-vessel/pv-from-host/bin/pressure-vessel-adverb ix",
	"file rw /run/pressure-vessel/ldso/ld.so.cache",
	"exec /run/host/usr/sbin/ldconfig ix",
	"file rm /run/host/usr/lib/x86_64-linux-gnu/libEGL_mesa.so.0",
	"file r /etc/ld.so.cache",
	"file rm /var/lib/snapd/hostfs/usr/share/nvidia/nvoptix.bin",
	// Steam, its web helper and Wine's shared memory.
	"file rw /dev/shm/u1000-ValveIPCSharedObj-Steam",
	"file rw /dev/shm/u1000-Shm_2a3b4c5d",
	"file rw /dev/shm/.org.chromium.Chromium.AbCdEf",
	"file rw /dev/shm/wine-1a2b3c4d5e-fsync",
	// Steam Input.
	"file rw /dev/hidraw3",
	"file rw /dev/uinput",
	"file rw /dev/input/event17",
	"file r /dev/input/by-id/",
	"file r /run/udev/data/c13:81",
	"file r /run/udev/data/+hid:0003:28DE:1205.0004",
	"file r /sys/devices/pci0000:00/0000:00:14.0/usb1/1-4/1-4:1.2/0003:28DE:1205.0004/hidraw/hidraw3/uevent",
	"file r /sys/devices/pci0000:00/0000:00:14.0/usb1/1-4/idVendor",
	"network netlink raw",
	// The crash reporter.
	"ptrace trace peer=snap.consumer.app",
}

// What the container setup must never reach: binds that would show a
// host file under a path the profile opens, writes through /newroot to
// the host's trees, mounts outside the staging paths, set-user-id tools.
var steamContainerNever = []string{
	"mount options=rbind source=/oldroot/home/u/.ssh/ /newroot/tmp/keys/",
	"mount options=rbind source=/oldroot/home/u/.ssh/id_rsa /newroot/usr/share/doc/x",
	"mount options=rbind source=/oldroot/etc/shadow /newroot/etc/passwd",
	"mount options=rbind source=/oldroot/var/lib/snapd/hostfs/home/u/.ssh/ /newroot/var/lib/snapd/hostfs/usr/lib/x86_64-linux-gnu/",
	"mount options=rbind source=/oldroot/run/user/1000/keyring/control /newroot/run/user/1000/snap.steam/x",
	"mount options=rbind source=/newroot/home/u/.ssh/ /newroot/tmp/keys/",
	"mount options=rbind source=/home/u/.ssh/ /tmp/keys/",
	"mount fstype=tmpfs options=rw,nosuid,nodev source=tmpfs /home/u/",
	"mount options=rw,silent,rprivate /",
	"umount /home/",
	"pivot_root oldroot=/var/oldroot/ /var/",
	"file w /newroot/home/u/.bashrc",
	"file w /newroot/tmp/x",
	"file w /newroot/var/lib/snapd/hostfs/etc/passwd",
	"file w /newroot/run/host/usr/bin/x",
	"exec /usr/bin/sudo",
	"exec /usr/bin/passwd",
	"file w /usr/bin/python3",
	"file w /run/host/usr/lib/x86_64-linux-gnu/libc.so.6",
	"file r /etc/shadow",
	"file w /dev/shm/other-app-segment",
	"file rw /dev/sda",
	"capability sys_module",
	"ptrace trace peer=unconfined",
	"ptrace trace peer=snap.other.app",
	"change_profile target=unconfined",
}

func (s *steamSupportSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("steam-support"))
	cn.checkAccesses(c, plugTag, steamContainerAccesses, steamContainerNever)
	aa, _ := cn.specs(c, "consumer")
	c.Check(aa.UsesPtraceTrace(plugTag), check.Equals, true)
}

func init() {
	addAccessDifferences("steam-support", accessDifferences{rows: []accessDifference{{
		access: "mount options=rbind source=/oldroot/home/u/.ssh/ /newroot/tmp/keys/",
		ours:   false,
		why:    "a host directory bound elsewhere would be read under the new path's rules",
	}, {
		access: "file w /newroot/home/u/.bashrc",
		ours:   false,
		why:    "writing the host's trees through /newroot would bypass the rules for their real paths",
	}, {
		access: "capability sys_module",
		ours:   false,
		why:    "the reference grants nearly everything; games need no kernel modules",
	}, {
		access: "file rw /dev/sda",
		ours:   false,
		why:    "the reference grants nearly everything; no game opens disks",
	}}})
}

// bubblewrap creates the container's user namespace: a profile of ABI
// 4.0 allows it, one of ABI 3.0 cannot say it.
func (s *steamSupportSuite) TestUserNSOnABI4(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("steam-support"))
	cn.checkABI4Rules(c, "consumer", plugTag, "steam-support", "userns,")
}
