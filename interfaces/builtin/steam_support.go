// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// steam-support lets the Steam client run games in its container
// runtime, pressure-vessel, which uses bubblewrap: each game gets new
// user, mount and PID namespaces, a tmpfs root filled with bind mounts of
// a Steam Runtime and of the host's graphics stack, and pivot_root into
// it. Mounting, even inside a new namespace, is a large power, so
// installing the plug needs a snap declaration and it never auto-connects.
// The slot is the system's, on classic only.
//
// The mount rules name bubblewrap's staging paths (a tmpfs base under
// /tmp or the runtime directory, with newroot/ and oldroot/ inside) so
// that the snap's own mount namespace outside the container stays as it
// is.
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

import (
	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
)

const steamSupportSummary = `allows running games in the Steam container runtime`

const steamSupportConnectedPlugAppArmor = `
# Description: run games in the Steam container runtime (pressure-vessel
# and bubblewrap).

# Create the container's user namespace: write its id maps, and read the
# kernel's limits on namespaces.
owner @{PROC}/@{pid}/{uid_map,gid_map,setgroups} rw,
@{PROC}/sys/kernel/unprivileged_userns_clone r,
@{PROC}/sys/user/max_user_namespaces r,

# Inside the new namespaces, mount the container's filesystems, pivot into
# them, and drop the capabilities that took; the capabilities are the
# namespace's, which AppArmor still checks.
capability sys_admin,
capability sys_chroot,
capability setpcap,

# Stop mount events from propagating back out of the new namespace.
mount options=(rw, rslave) -> /,
mount options=(rw, rprivate) -> /,

# Stage the new root on a tmpfs under /tmp or the runtime directory.
mount fstype=tmpfs options=(rw, nosuid, nodev) tmpfs -> /tmp/,
mount fstype=tmpfs options=(rw, nosuid, nodev) tmpfs -> /run/user/[0-9]*/.bubblewrap/,
pivot_root oldroot=/tmp/oldroot/ /tmp/,
pivot_root oldroot=/run/user/[0-9]*/.bubblewrap/oldroot/ /run/user/[0-9]*/.bubblewrap/,

# Fill the new root: bind mounts of the runtime and host directories,
# made read-only or nodev as bubblewrap asks, and its own /proc, /dev,
# /dev/pts, /dev/mqueue and tmpfs directories.
mount options=(rw, rbind) /oldroot/** -> /newroot/**,
mount options=(rw, bind) /oldroot/** -> /newroot/**,
mount options=(rw, rbind) /newroot/** -> /newroot/**,
mount options=(rw, bind) /newroot/** -> /newroot/**,
remount /newroot/**,
mount fstype=tmpfs tmpfs -> /newroot/**,
mount fstype=proc proc -> /newroot/proc/,
mount fstype=devpts devpts -> /newroot/dev/pts/,
mount fstype=mqueue mqueue -> /newroot/dev/mqueue/,

# Switch to the new root and let go of the old one.
pivot_root oldroot=/newroot/ /newroot/,
umount /oldroot/,
umount /newroot/**,
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

// steamSupportInterface adds the rule of ABI 4.0 to the common data.
type steamSupportInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*steamSupportInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*steamSupportInterface)(nil)
)

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *steamSupportInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
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
