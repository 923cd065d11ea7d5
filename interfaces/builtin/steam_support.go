// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
)

// steam-support lets the Steam client run games in its container
// runtime, pressure-vessel, which uses bubblewrap: each game (and
// Proton, the Windows compatibility layer) runs in a container of the
// Steam Linux Runtime (scout, soldier, sniper), with new user and mount
// namespaces, a tmpfs root filled with bind mounts of the runtime, of
// the host's graphics stack and of the user's files, and pivot_root
// into it. Mounting, even inside a new namespace, is a large power, so
// installing the plug needs a snap declaration and it never
// auto-connects. The slot is the system's, on classic only.
//
// What bubblewrap does, step by step, and what the rules allow for it:
// it makes the whole tree a slave of the host's (silently), mounts a
// tmpfs on /tmp (or, set-user-id, the runtime directory's .bubblewrap),
// binds newroot/ onto itself and pivots so that the old root is at
// /oldroot; it fills /newroot with bind mounts from /oldroot, tmpfs
// directories, /proc, /dev/pts and /dev/mqueue, and files it writes
// itself (/bindfileXXXXXX), remounting binds with the flags it wants;
// then it makes /oldroot private, unmounts it, pivots into /newroot and
// unmounts the old root. Inside, pressure-vessel and the game run the
// runtime's programs (/usr), pressure-vessel's own (/run/pressure-vessel,
// from the runtime's directory) and a few of the host's (/run/host),
// rebuild the loader cache, and find the GPU drivers.
//
// The binds are where the container could reach files the profile keeps
// from it: a bind of a file to another path makes it readable under
// that path. So the host's trees are bound to themselves only (/home to
// /home, /var/lib/snapd/hostfs to itself...), a few host files to their
// usual places in the container (passwd, machine-id, resolv.conf, the
// sockets of the display, sound and bus servers), the host's /usr and
// /etc under /run/host, and only the runtime's and the games' files
// (directories named usr, and steamapps/common) anywhere in the new
// root; writes through /newroot to the host's trees bound there are
// denied. The reference, which grants Steam nearly everything, lets
// any of that happen.
//
// Beyond bubblewrap: Steam Input's devices (game controllers' hidraw
// nodes and evdev nodes, which udev gives the logged-in user, and
// uinput for virtual controllers) with their udev records and sysfs
// attributes and hotplug events, Steam's and its web helper's shared
// memory, Wine's fsync shared memory, and the crash reporter's ptrace
// of the snap's own processes (which no suppression by another
// interface turns into a denial).
//
// A profile of ABI 4.0 also gets "userns,": an AppArmor 4 kernel, which
// current Ubuntu releases use to restrict unprivileged user namespaces,
// denies creating them to a profile without it, and bubblewrap fails.
// A profile of ABI 3.0 goes without the rule, which its parser does not
// know: AppArmor does not mediate creating user namespaces under that
// ABI, so bubblewrap gets them as the kernel's own settings allow.
//
// Seccomp: the reference lifts the filter for this interface, so that
// no Steam or game update ever meets a denial. Here the filter stays,
// as a wall behind AppArmor, and grants what the documented parts do:
// bubblewrap's namespaces, mounts and pivot_root; Steam's crash
// reporter reading a crashed process; and what games under Proton and
// native game engines do to their own threads (affinity and nice values
// by thread id, which the base allows for the caller only). What stays
// shut, as for any snap: kernel modules, kexec, bpf, perf events,
// io_uring, keyrings, the clock. A game that needs one of them fails
// with EPERM where under the reference it would run: say which, and it
// is added here.

const steamSupportSummary = `allows running games in the Steam container runtime`

const steamSupportConnectedPlugAppArmor = `
# Description: run games in the Steam container runtime (pressure-vessel
# and bubblewrap).

# Create the container's user namespace: write its id maps, and read the
# kernel's limits and the ids it maps the rest to; pressure-vessel reads
# the mount table to know what to share, and the pressure it is under.
owner @{PROC}/@{pid}/{uid_map,gid_map,setgroups} rw,
owner @{PROC}/@{pid}/{mounts,mountinfo} r,
@{PROC}/sys/kernel/unprivileged_userns_clone r,
@{PROC}/sys/kernel/{overflowuid,overflowgid,sched_autogroup_enabled} r,
@{PROC}/sys/user/max_user_namespaces r,
@{PROC}/pressure/{cpu,io,memory} r,
/sys/kernel/ r,

# Inside the new namespaces, mount the container's filesystems, pivot into
# them, and drop the capabilities that took; the capabilities are the
# namespace's, which AppArmor still checks.
capability sys_admin,
capability sys_chroot,
capability setpcap,

# Stop mount events from propagating back out of the new namespace.
mount options=(rw, rslave) -> /,
mount options=(rw, silent, rslave) -> /,

# Stage the new root on a tmpfs under /tmp or the runtime directory,
# bind its newroot/ onto itself, and pivot, the old root going to
# oldroot/.
mount fstype=tmpfs options=(rw, nosuid, nodev) tmpfs -> /tmp/,
mount fstype=tmpfs options=(rw, nosuid, nodev) tmpfs -> /run/user/[0-9]*/.bubblewrap/,
mount options=(rw, rbind) /tmp/newroot/ -> /tmp/newroot/,
mount options=(rw, rbind) /run/user/[0-9]*/.bubblewrap/newroot/ -> /run/user/[0-9]*/.bubblewrap/newroot/,
pivot_root oldroot=/tmp/oldroot/ /tmp/,
pivot_root oldroot=/run/user/[0-9]*/.bubblewrap/oldroot/ /run/user/[0-9]*/.bubblewrap/,

# Fill the new root. The host's trees, each bound to its own path (see
# the interface's doc for why not elsewhere).
mount options=(rw, rbind) /oldroot/ -> /newroot/,
mount options=(rw, rbind) /oldroot/dev/ -> /newroot/dev/,
mount options=(rw, rbind) /oldroot/etc/ -> /newroot/etc/,
mount options=(rw, rbind) /oldroot/proc/ -> /newroot/proc/,
mount options=(rw, rbind) /oldroot/sys/ -> /newroot/sys/,
mount options=(rw, rbind) /oldroot/tmp/ -> /newroot/tmp/,
mount options=(rw, rbind) /oldroot/var/ -> /newroot/var/,
mount options=(rw, rbind) /oldroot/var/tmp/ -> /newroot/var/tmp/,
mount options=(rw, rbind) /oldroot/opt/ -> /newroot/opt/,
mount options=(rw, rbind) /oldroot/srv/ -> /newroot/srv/,
mount options=(rw, rbind) /oldroot/mnt/ -> /newroot/mnt/,
mount options=(rw, rbind) /oldroot/media/ -> /newroot/media/,
mount options=(rw, rbind) /oldroot/run/media/ -> /newroot/run/media/,
mount options=(rw, rbind) /oldroot/run/udev/ -> /newroot/run/udev/,
mount options=(rw, rbind) /oldroot/home/ -> /newroot/home/,
mount options=(rw, rbind) /oldroot/home/*/ -> /newroot/home/*/,
mount options=(rw, rbind) /oldroot/snap/ -> /newroot/snap/,
mount options=(rw, rbind) /oldroot/var/lib/snapd/hostfs/ -> /newroot/var/lib/snapd/hostfs/,
mount options=(rw, rbind) /oldroot/etc/nvidia/ -> /newroot/etc/nvidia/,

# The host's files the container uses at their usual places: users and
# groups, the machine id, name resolution, the time zone, and the
# sockets of the journal, the system bus and the resolver.
mount options=(rw, rbind) /oldroot/etc/{machine-id,group,passwd,host.conf,hosts} -> /newroot/etc/{machine-id,group,passwd,host.conf,hosts},
mount options=(rw, rbind) /oldroot/{etc,run/systemd/resolve}/{,stub-}resolv.conf -> /newroot/etc/resolv.conf,
mount options=(rw, rbind) /oldroot/usr/share/zoneinfo/** -> /newroot/etc/localtime,
mount options=(rw, rbind) /oldroot/run/systemd/journal/{socket,stdout} -> /newroot/run/systemd/journal/{socket,stdout},
mount options=(rw, rbind) /oldroot/run/dbus/system_bus_socket -> /newroot/run/dbus/system_bus_socket,
mount options=(rw, rbind) /oldroot/run/systemd/resolve/io.systemd.Resolve -> /newroot/run/systemd/resolve/io.systemd.Resolve,

# The display, sound and session bus servers' sockets, from the user's
# runtime directory (the snap's or the user's own) to the container's,
# and the X server's.
mount options=(rw, rbind) /oldroot/run/user/[0-9]*/{,snap.@{SNAP_INSTANCE_NAME}/}{wayland-[0-9]*,pulse/native,bus,pipewire-[0-9]*} -> /newroot/run/{user/[0-9]*,pressure-vessel}/**,
mount options=(rw, rbind) /oldroot/tmp/.X11-unix/X[0-9]* -> /newroot/tmp/.X11-unix/X[0-9]*,

# The host's /usr, /etc, os-release, fonts and icons, under /run/host,
# where pressure-vessel finds the host's graphics drivers and tools.
mount options=(rw, rbind) /oldroot/usr/ -> /newroot/run/host/usr/,
mount options=(rw, rbind) /oldroot/etc/ -> /newroot/run/host/etc/,
mount options=(rw, rbind) /oldroot/{etc,usr/lib}/os-release -> /newroot/run/host/os-release,
mount options=(rw, rbind) /oldroot/usr/share/fonts/ -> /newroot/run/host/fonts/,
mount options=(rw, rbind) /oldroot/usr/local/share/fonts/ -> /newroot/run/host/local-fonts/,
mount options=(rw, rbind) /oldroot/{var/cache/fontconfig,usr/lib/fontconfig/cache}/ -> /newroot/run/host/fonts-cache/,
mount options=(rw, rbind) /oldroot/home/*/{,snap/@{SNAP_INSTANCE_NAME}/*/}.cache/fontconfig/ -> /newroot/run/host/user-fonts-cache/,
mount options=(rw, rbind) /oldroot/usr/share/icons/ -> /newroot/run/host/share/icons/,
mount options=(rw, rbind) /oldroot/home/*/{,snap/@{SNAP_INSTANCE_NAME}/*/}.local/share/icons/ -> /newroot/run/host/user-share/icons/,
mount options=(rw, rbind) /oldroot/var/lib/snapd/hostfs/usr/share/** -> /newroot/**,

# The runtime's and the games' files, anywhere in the new root: the
# runtime's /usr (or its writable copy) and its configuration, and the
# games and Proton in any Steam library.
mount options=(rw, rbind) /oldroot/{home,media,mnt,run/media,opt,srv,snap}/**/usr/ -> /newroot/usr/,
mount options=(rw, rbind) /oldroot/{home,media,mnt,run/media,opt,srv,snap}/**/usr/{etc/**,lib/os-release} -> /newroot/**,
mount options=(rw, rbind) /oldroot/{home,media,mnt,run/media,opt,srv}/**/steamapps/common/** -> /newroot/**,

# Files bubblewrap writes itself (generated passwd, time zone, sound
# and font settings), bound into place.
/bindfile* rw,
mount options=(rw, rbind) /bindfile* -> /newroot/**,

# Its own /proc, /dev/pts, /dev/mqueue and tmpfs directories, and
# remounts of what it bound with the flags it asks for (read-only,
# nosuid, nodev, noexec, atime).
mount fstype=tmpfs tmpfs -> /newroot/**,
mount fstype=proc proc -> /newroot/proc/,
mount fstype=devpts devpts -> /newroot/dev/pts/,
mount fstype=mqueue mqueue -> /newroot/dev/mqueue/,
remount /newroot/{,**},

# The mount points and files it creates in the new root, except in the
# host's trees bound there: writing those through /newroot would reach
# past the profile's rules for their real paths.
/newroot/ rw,
/newroot/** rw,
deny /newroot/{home,root,snap,media,mnt,opt,srv,tmp,dev,proc,sys}/** w,
deny /newroot/{run/media,run/host,var/tmp,var/lib/snapd}/** w,

# Switch to the new root and let go of the old one.
mount options=(rw, silent, rprivate) -> /oldroot/,
umount /oldroot/,
pivot_root oldroot=/newroot/ /newroot/,
umount /,

# Inside the container: the runtime's programs and libraries (never its
# set-user-id tools), pressure-vessel's helpers and state, the host's
# files under /run/host (and its loader cache tool and locale compiler),
# the loader cache, and what the runtime reads of its configuration.
/usr/** mrix,
deny /usr/bin/{chfn,chsh,gpasswd,mount,newgrp,passwd,su,sudo,umount} x,
/run/pressure-vessel/ rw,
/run/pressure-vessel/** mrwk,
/run/pressure-vessel/pv-from-host/{bin,libexec}/** ix,
/run/host/ r,
/run/host/** mr,
/run/host/{usr/,}{,s}bin/{ldconfig*,localedef} ix,
/var/cache/ldconfig/{,**} rw,
/etc/ld.so.{cache,conf} r,
/etc/ld.so.conf.d/{,*} r,
/etc/{alternatives,vulkan,glvnd,OpenCL,fonts,xdg,pulse,alsa}/{,**} r,
/etc/{os-release,debian_version,debian_chroot,locale.alias,timezone,localtime,asound.conf,host.conf,hosts,resolv.conf,machine-id} r,
/var/lib/snapd/hostfs/usr/share/nvidia/** mr,
/sys/module/nvidia/version r,

# Steam's own inter-process shared memory and its web helper's
# (Chromium's), and Wine's fsync objects under Proton.
owner /{dev,run}/shm/u[0-9]*-{Shm_*,ValveIPCSharedObj-*} mrw,
owner /{dev,run}/shm/ValveIPCSHM_* mrw,
owner /{dev,run}/shm/{,.}org.chromium.* mrw,
owner /{dev,run}/shm/wine-*-fsync mrw,

# Steam Input: game controllers through hidraw and evdev, which udev
# gives the logged-in user, and uinput for the virtual controllers
# Steam creates; found through udev's records and sysfs, and followed
# as they come and go (kobject uevents).
/dev/hidraw[0-9]* rw,
/dev/uinput rw,
/dev/input/ r,
/dev/input/{by-id,by-path}/{,*} r,
/dev/input/event[0-9]* rw,
/dev/input/js[0-9]* rw,
/run/udev/data/{c*,+input:*,+hid:*,+usb:*} r,
/sys/class/{input,hidraw,misc}/ r,
/sys/devices/**/{input,hidraw}/{,**} r,
/sys/devices/**/usb[0-9]*/** r,
/sys/devices/virtual/misc/uinput/{,**} r,
network netlink raw,

# The crash reporter reads a crashed process of the snap's; processes
# in the container are in namespaces of their own.
capability sys_ptrace,
ptrace (read, trace) peer=snap.@{SNAP_INSTANCE_NAME}.*,
`

// steamSupportUserNSAppArmor needs apparmor.FeatureUserNS.
const steamSupportUserNSAppArmor = `
# Create the container's user namespace, which a profile of ABI 4.0 must
# allow.
userns,
`

const steamSupportConnectedPlugSecComp = `
# Description: run games in the Steam container runtime (pressure-vessel
# and bubblewrap).

# Create the container's namespaces (bubblewrap unshares user, mount,
# PID, IPC, UTS, network and cgroup namespaces), mount its filesystems,
# and pivot into its root (the base has chroot).
unshare
mount
umount
umount2
pivot_root

# Games and Proton's Wine name their threads by id to pin them to
# processors and set their nice values and I/O priorities (the kernel
# lets a process do so to its own user's threads, and raising a priority
# needs sys_nice, which AppArmor decides).
sched_setaffinity
setpriority PRIO_PROCESS
ioprio_set IOPRIO_WHO_PROCESS

# 32-bit games built against the Steam Runtime's old glibc (scout, 2.15)
# open and use sockets through socketcall, as i386 programs did before
# Linux 4.3 gave them direct calls: the family then lies in memory, out
# of seccomp's sight, and AppArmor's network rules decide alone.
socketcall
` + crashReporterPtraceSecComp

// steamSupportInterface adds to the common data that it uses ptrace
// trace, for the crash reporter, and the rule of ABI 4.0.
type steamSupportInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*steamSupportInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*steamSupportInterface)(nil)
)

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *steamSupportInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	spec.SetUsesPtraceTrace()
	spec.AddFeatureSnippet(apparmor.FeatureUserNS, steamSupportUserNSAppArmor)
	return iface.commonInterface.AppArmorConnectedPlug(spec, plug, slot)
}

func init() {
	registerIface(&steamSupportInterface{commonInterface{
		name:                  "steam-support",
		summary:               steamSupportSummary,
		docURL:                "https://snapcraft.io/docs/steam-support-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: steamSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  steamSupportConnectedPlugSecComp,
	}})
}
