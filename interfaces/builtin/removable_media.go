// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// removable-media gives an app the files of mounted removable storage
// (USB sticks, memory cards, external disks) under /media, /run/media
// (where udisks2 mounts them per user) and /mnt, to read and write them
// as their file permissions allow. The slot is the system's. It never
// auto-connects: such media often hold private data (photos,
// documents, keys) that a user plugs in long after installing an app.

const removableMediaSummary = `allows access to mounted removable storage`

const removableMediaConnectedPlugAppArmor = `
# Description: read and write the files of mounted removable storage.

# List the mount points, to find what is mounted; udisks2 mounts under
# a directory per user in /run/media.
/{media,mnt}/ r,
/run/media/ r,
/run/media/*/ r,

# The files on the mounted media; their own permissions decide the
# rest.
/{media,mnt}/** rwkl,
/run/media/*/** rwkl,
`

func init() {
	registerIface(&commonInterface{
		name:                  "removable-media",
		summary:               removableMediaSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: removableMediaConnectedPlugAppArmor,
	})
}
