// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// cifs-mount lets an app mount the SMB/CIFS shares of file servers
// (Samba, Windows, NAS appliances) with the kernel's CIFS client, and
// unmount them, in its snap's own writable data directories: a backup
// tool mounting its target share, a media server mounting a NAS. Shares
// are mounted at any directory of SNAP_DATA or SNAP_COMMON, under the
// kernel's "cifs" or "smb3" type, with the ordinary mount flags only
// (read-only, nosuid, nodev, noexec, the time and sync flags): no bind,
// move, remount or propagation change. The slot is the system's, on
// classic and Ubuntu Core; any snap may plug it, and it never
// auto-connects.
//
// The app's mount.cifs (cifs-utils, which the snap ships, or the base
// snap's) runs under its profile and passes credentials to the kernel in
// the mount's options; it needs no key of the kernel's keyrings. With
// Kerberos (sec=krb5) the kernel asks the host's request-key and
// cifs.upcall for the ticket, outside the snap. cifscreds, which puts
// the passwords of multiuser mounts in the user's keyring, is not
// served: a user's keyring holds the keys of all the user's programs,
// not only the snap's.
//
// Where it differs from the reference: the reference's mount rule takes
// any mount flags; these name the ordinary ones. As in the reference,
// the umount rule cannot name the type under AppArmor 3, so the app may
// also unmount whatever else is mounted in its data directories (a
// content interface's bind mounts).

const cifsMountSummary = `allows mounting and unmounting CIFS filesystems`

const cifsMountConnectedPlugAppArmor = `
# Description: mount and unmount CIFS (SMB) shares in the snap's own
# data directories.

# Mounting and unmounting need sys_admin; the rules below say which.
capability sys_admin,

# A share (//server/share) with the kernel's CIFS client, under either
# of its type names, on a directory of SNAP_DATA or SNAP_COMMON, with the
# ordinary flags only. The data directories of a parallel install are
# mounted at its snap name in its mount namespace: both names.
mount fstype=(cifs, smb3) options in (ro, rw, nosuid, nodev, noexec, sync, dirsync, noatime, nodiratime, relatime, strictatime, silent) //** -> /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/{,**},

# Unmount them: AppArmor 3 cannot tell a CIFS mount from another one
# there.
umount /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/{,**},

# mount(8), umount(8) and mount.cifs of the base snap run under this
# profile (the snap's own from its tree, too). They read the mount table
# of their own process (to find and check the mounts they make and
# remove) and the fstab, and libmount records a mount's userspace
# options in /run/mount/utab (through a lock and a temporary file
# beside it).
/{,usr/}bin/{mount,umount} ixr,
/{,usr/}sbin/mount.{cifs,smb3} ixr,
/etc/fstab r,
owner @{PROC}/@{pid}/{mountinfo,mounts} r,
/run/mount/ rw,
/run/mount/utab* rwk,
`

const cifsMountConnectedPlugSecComp = `
# Description: mount and unmount CIFS (SMB) shares.

# The calls themselves; AppArmor's mount rules say which mounts.
mount
umount
umount2
`

func init() {
	registerIface(&commonInterface{
		name:                  "cifs-mount",
		summary:               cifsMountSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: cifsMountConnectedPlugAppArmor,
		connectedPlugSecComp:  cifsMountConnectedPlugSecComp,
	})
}
