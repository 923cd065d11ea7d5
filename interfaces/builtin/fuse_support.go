// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// fuse-support lets an app mount filesystems it serves itself through
// FUSE (sshfs, rclone mount and the like) and unmount them again. As
// under the reference, the mounts are FUSE filesystems with a subtype
// (fuse.sshfs...), read-write or read-only but never with set-user-id
// programs or device files, and go only on the snap's own data
// directories, per revision and common, system-wide and per user; no
// other kind of filesystem can be mounted. /etc/fuse.conf is denied, as
// there: its settings (user_allow_other, mount_max) are the host's to
// give, and the mount rules hold the safe defaults. The slot is the
// system's; the plug installs anywhere and is connected by hand.
//
// Differences from the reference: fusermount, which mounts for users
// other than root (a set-user-id program of the base, which reads
// fuse.conf and carries on with its defaults when it may not), runs
// under the app's profile; and the app may unmount what it mounted, on
// the same directories, which the reference leaves to the kernel at
// the daemon's exit.
//
// Not rendered here: udev. The app's device cgroup admits /dev/fuse only
// once a udev rule tags it for the app's security tag; a daemon using
// this library writes that rule itself.

const fuseSupportSummary = `allows mounting FUSE filesystems on the snap's own directories`

const fuseSupportConnectedPlugAppArmor = `
# Description: mount FUSE filesystems on the snap's own data directories
# and unmount them.

# The FUSE device, through which the app serves the filesystem, and the
# FUSE control filesystem's view of its connections.
/dev/fuse rw,
/sys/fs/fuse/ r,
/sys/fs/fuse/** r,

# fusermount, which mounts for users other than root. The host's FUSE
# settings are not the app's to read: the rules below hold the defaults.
/{,usr/}bin/fusermount{,3} ixr,
deny /etc/fuse.conf r,

# Mount FUSE filesystems, read-write or read-only but always without
# set-user-id programs or device files, on the snap's data directories
# (per revision and common) only; mounting needs sys_admin.
mount fstype=fuse.* options=(rw,nosuid,nodev) ** -> /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/{,**/},
mount fstype=fuse.* options=(ro,nosuid,nodev) ** -> /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/{,**/},
mount fstype=fuse.* options=(rw,nosuid,nodev) ** -> @{HOME}/snap/@{SNAP_INSTANCE_NAME}/{@{SNAP_REVISION},common}/{,**/},
mount fstype=fuse.* options=(ro,nosuid,nodev) ** -> @{HOME}/snap/@{SNAP_INSTANCE_NAME}/{@{SNAP_REVISION},common}/{,**/},
capability sys_admin,

# Unmount them again, from the same places only.
umount /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/{,**/},
umount @{HOME}/snap/@{SNAP_INSTANCE_NAME}/{@{SNAP_REVISION},common}/{,**/},
`

const fuseSupportConnectedPlugSecComp = `
# Description: mount FUSE filesystems and unmount them.

# Mount and unmount; the AppArmor rules say what and where.
mount
umount
umount2
`

func init() {
	registerIface(&commonInterface{
		name:                  "fuse-support",
		notRendered:           []string{interfaces.BackendUDev},
		summary:               fuseSupportSummary,
		docURL:                "https://snapcraft.io/docs/fuse-support-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: fuseSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  fuseSupportConnectedPlugSecComp,
	})
}
