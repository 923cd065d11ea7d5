// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// classic-support lets the classic snap open a "classic dimension" on
// Ubuntu Core: a root filesystem of a classic Ubuntu under
// /writable/classic, into which the snap bind-mounts the host's /dev,
// /proc, /sys, /run, /home, the snaps and their data, and in which the
// administrator gets a shell with apt, dpkg and debugging tools and
// full access to the device's hardware and network. The shell runs
// outside every confinement: the snap asks systemd, through
// systemd-run, to start it in a transient unit of its own, and runs
// systemd-run unconfined (Ux) to do so; the seccomp filter, which an
// exec cannot shed, never reaches the shell, which systemd starts. That
// is ownership of the device, so installing the plug needs a snap
// declaration and it never auto-connects. The slot is the system's, on
// classic and Ubuntu Core.
//
// The snap itself, under this profile, builds the environment: it
// unpacks the root filesystem (owners, modes and the set-id programs of
// sudo and passwd included), creates the mount points, and makes and
// removes the bind mounts.
//
// Difference from the reference: the snap's own profile gets the mounts
// of the classic dimension under /writable/classic and nothing else;
// what runs in the dimension runs unconfined anyway, through
// systemd-run.

const classicSupportSummary = `special permissions for the classic snap`

const classicSupportConnectedPlugAppArmor = `
# Description: open the classic dimension of Ubuntu Core: build a
# classic root filesystem under /writable/classic, bind-mount the host
# into it, and start an unconfined shell in it. This is ownership of the
# device.

# The shell of the dimension runs unconfined, in a transient unit that
# systemd starts: systemd-run asks for it over systemd's D-Bus API, and
# runs unconfined to do so. Both paths: on a usr-merged base /bin
# resolves to /usr/bin.
/bin/systemd-run Uxr,
/usr/bin/systemd-run Uxr,

# Unpack the classic root filesystem, keeping its files' owners and
# modes (sudo and passwd are set-user-id root), and keep it up to date.
capability chown,
capability fowner,
capability fsetid,
/writable/classic/ rw,
/writable/classic/** rwlk,

# Bind the host's devices, kernel filesystems, runtime state, homes,
# snaps and their data, and kernel modules into the dimension, and
# remove the mounts when it closes.
capability sys_admin,
mount options=(rw, bind) /{dev,home,lib/modules,media,mnt,proc,run,snap,sys,tmp,var/lib/snapd,var/snap}/ -> /writable/classic/**/,
mount options=(rw, rbind) /{dev,home,lib/modules,media,mnt,proc,run,snap,sys,tmp,var/lib/snapd,var/snap}/ -> /writable/classic/**/,
umount /writable/classic/**/,
`

const classicSupportConnectedPlugSecComp = `
# Description: open the classic dimension of Ubuntu Core.

# Bind-mount the host into the dimension, and unmount it.
mount
umount
umount2

# Unpack the root filesystem with its files' owners, and its set-id
# programs (sudo, passwd), which the base refuses. They land under
# /writable/classic, which only root writes.
` + chownSecComp + `chmod
fchmod
fchmodat
fchmodat2
creat
open
openat
`

func init() {
	registerIface(&commonInterface{
		name:                  "classic-support",
		summary:               classicSupportSummary,
		docURL:                "https://snapcraft.io/docs/classic-support-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: classicSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  classicSupportConnectedPlugSecComp,
	})
}
