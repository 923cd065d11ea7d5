// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// nfs-mount lets an app mount the exports of NFS servers, and unmount
// them, in its snap's own writable data directories: a backup tool or a
// media server mounting its share. Exports (host:/path) are mounted at
// any directory of SNAP_DATA or SNAP_COMMON, under the kernel's "nfs"
// or "nfs4" type, with the ordinary mount flags only (read-only, nosuid,
// nodev, noexec, the time and sync flags): no bind, move, remount or
// propagation change. The slot is the system's, on classic and Ubuntu
// Core; any snap may plug it, and it never auto-connects.
//
// The app's mount.nfs (nfs-common, which the snap ships) runs under its
// profile. It resolves the server's name and, for NFSv3, asks the
// server's rpcbind and mountd for the export: sockets, which the
// network interface grants; the app plugs both. File locks over NFSv3
// need the host's rpc.statd; mount with "nolock" where the host has
// none.
//
// Where it differs from the reference: the reference's mount rule takes
// any mount flags; these name the ordinary ones. mount.nfs may bind a
// reserved port (net_bind_service), as servers refuse requests from
// other ports by default ("secure" exports), where the reference
// leaves it out; and it reads its own configuration (nfs.conf,
// nfsmount.conf, netconfig). As in the reference, the umount rule cannot
// name the type under AppArmor 3, so the app may also unmount whatever
// else is mounted in its data directories.

const nfsMountSummary = `allows mounting and unmounting NFS filesystems`

const nfsMountConnectedPlugAppArmor = `
# Description: mount and unmount NFS exports in the snap's own data
# directories.

# Mounting and unmounting need sys_admin; the rules below say which.
capability sys_admin,

# An export (host:/path) with the kernel's NFS client, version 2 or 3
# (nfs) or 4 (nfs4), on a directory of SNAP_DATA or SNAP_COMMON, with the
# ordinary flags only. The data directories of a parallel install are
# mounted at its snap name in its mount namespace: both names.
mount fstype=(nfs, nfs4) options in (ro, rw, nosuid, nodev, noexec, sync, dirsync, noatime, nodiratime, relatime, strictatime, silent) *:** -> /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/{,**},

# Unmount them: AppArmor 3 cannot tell an NFS mount from another one
# there.
umount /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/{,**},

# mount(8), umount(8) and mount.nfs of the base snap run under this
# profile (the snap's own from its tree, too). They read the mount table
# of their own process (to find and check the mounts they make and
# remove) and the fstab, and libmount records a mount's userspace
# options in /run/mount/utab (through a lock and a temporary file
# beside it).
/{,usr/}bin/{mount,umount} ixr,
/{,usr/}sbin/mount.nfs{,4} ixr,
/etc/fstab r,
owner @{PROC}/@{pid}/{mountinfo,mounts} r,
/run/mount/ rw,
/run/mount/utab* rwk,

# mount.nfs reads its settings, the RPC program numbers and libtirpc's
# transports.
/etc/nfs.conf r,
/etc/nfs.conf.d/ r,
/etc/nfs.conf.d/*.conf r,
/etc/nfsmount.conf r,
/etc/rpc r,
/etc/netconfig r,

# It talks to the server's rpcbind and mountd from a reserved port
# (below 1024), as NFS servers require by default.
capability net_bind_service,
`

const nfsMountConnectedPlugSecComp = `
# Description: mount and unmount NFS exports.

# The calls themselves; AppArmor's mount rules say which mounts.
mount
umount
umount2
`

func init() {
	registerIface(&commonInterface{
		name:                  "nfs-mount",
		summary:               nfsMountSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: nfsMountConnectedPlugAppArmor,
		connectedPlugSecComp:  nfsMountConnectedPlugSecComp,
	})
}
