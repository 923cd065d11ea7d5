// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// block-devices lets an app read and write whole disks and their
// partitions, as partitioning, formatting, imaging and disk health tools
// do, and tell the kernel about a changed partition table. Raw access to
// any disk is access to every file on it, so the plug needs a snap
// declaration to install and is connected by hand; the slot is the
// system's.
//
// Loop devices are left out, since they carry the system's own mounted
// snaps, and so is mounting: writing a disk is not mounting it.

const blockDevicesSummary = `allows reading and writing disks and partitions directly`

const blockDevicesConnectedPlugAppArmor = `
# Description: read and write whole disks and their partitions.

# Disks and partitions: SCSI, SATA and USB disks (sd), NVMe namespaces,
# virtio (vd) and Xen (xvd) disks, old IDE disks (hd), MMC and SD cards,
# software RAID (md) and device-mapper volumes. Loop devices are left
# out: they carry the system's own mounted snaps. Tools lock a disk
# (k) to keep udev from probing it mid-change.
/dev/sd[a-z]{,[a-z]}{,[0-9]*} rwk,
/dev/nvme[0-9]*n[0-9]*{,p[0-9]*} rwk,
/dev/vd[a-z]{,[a-z]}{,[0-9]*} rwk,
/dev/xvd[a-z]{,[a-z]}{,[0-9]*} rwk,
/dev/hd[a-t]{,[0-9]*} rwk,
/dev/mmcblk[0-9]*{,p[0-9]*} rwk,
/dev/md[0-9]* rwk,
/dev/dm-[0-9]* rwk,

# The disks' stable names: by id, label, path and UUID.
/dev/disk/ r,
/dev/disk/** r,

# The disks as sysfs and udev describe them: sizes, partitions, queue
# limits and properties.
/sys/block/ r,
/sys/class/block/ r,
/sys/dev/block/ r,
/sys/devices/**/block/ r,
/sys/devices/**/block/** r,
@{PROC}/partitions r,
/run/udev/data/b[0-9]*:[0-9]* r,

# Re-reading and changing a partition table (BLKRRPART, BLKPG) needs
# sys_admin; raw commands to a disk (health data, secure erase) need
# sys_rawio.
capability sys_admin,
capability sys_rawio,
`

func init() {
	registerIface(&commonInterface{
		name:                  "block-devices",
		summary:               blockDevicesSummary,
		docURL:                "https://snapcraft.io/docs/block-devices-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: blockDevicesConnectedPlugAppArmor,
	})
}
