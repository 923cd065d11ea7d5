// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// fuse-support lets an app mount filesystems it serves itself through
// FUSE (sshfs, rclone mount and the like) and unmount them again. The
// mounts go only on the snap's own data directories, system-wide and
// per user, and never allow set-user-id programs or device files; no
// other kind of filesystem can be mounted. The slot is the system's; the
// plug installs anywhere and is connected by hand.

const fuseSupportSummary = `allows mounting FUSE filesystems on the snap's own directories`

const fuseSupportConnectedPlugAppArmor = `
# Description: mount FUSE filesystems on the snap's own data directories
# and unmount them.

# The FUSE device, through which the app serves the filesystem.
/dev/fuse rw,

# fusermount, which mounts for users other than root, and its settings.
/{,usr/}bin/fusermount{,3} ixr,
/etc/fuse.conf r,

# Mount FUSE filesystems, read-write or read-only but always without
# set-user-id programs or device files, on the snap's data directories
# only; mounting needs sys_admin.
mount fstype={fuse,fuse.*} options=(rw,nosuid,nodev) ** -> /var/snap/@{SNAP_INSTANCE_NAME}/**,
mount fstype={fuse,fuse.*} options=(ro,nosuid,nodev) ** -> /var/snap/@{SNAP_INSTANCE_NAME}/**,
mount fstype={fuse,fuse.*} options=(rw,nosuid,nodev) ** -> @{HOME}/snap/@{SNAP_INSTANCE_NAME}/**,
mount fstype={fuse,fuse.*} options=(ro,nosuid,nodev) ** -> @{HOME}/snap/@{SNAP_INSTANCE_NAME}/**,
capability sys_admin,

# Unmount them again, from the same places only.
umount /var/snap/@{SNAP_INSTANCE_NAME}/**,
umount @{HOME}/snap/@{SNAP_INSTANCE_NAME}/**,
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
		summary:               fuseSupportSummary,
		docURL:                "https://snapcraft.io/docs/fuse-support-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: fuseSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  fuseSupportConnectedPlugSecComp,
	})
}
