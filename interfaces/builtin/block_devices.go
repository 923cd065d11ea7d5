// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// block-devices lets an app read and write whole disks, as
// partitioning, formatting, imaging and disk health tools do, and tell
// the kernel about a changed partition table. Raw access to any disk is
// access to every file on it, so the plug needs a snap declaration to
// install and is connected by hand; the slot is the system's.
//
// As under the reference, it grants whole disks and the character
// devices that drive them (NVMe controllers, SAS and MegaRAID control
// nodes, the ZFS control device and ZFS volumes), not their
// partitions: the plug attribute "allow-partitions: true" adds those.
// Software RAID (md) and device-mapper (dm) volumes are not disks and
// are left out, as there: they carry LVM, LUKS and the system's own
// volumes.
//
// Differences from the reference: loop devices are left out, since they
// carry the system's own mounted snaps; the disks' stable names under
// /dev/disk and the kernel's partition list are read, which partitioning
// tools look up before they open a disk. Mounting is not granted: writing
// a disk is not mounting it.
//
// Not rendered here: udev. The app's device cgroup admits the disks'
// nodes only once udev rules tag them for the app's security tag; a
// daemon using this library writes those rules itself.

const blockDevicesSummary = `allows reading and writing disks and partitions directly`

const blockDevicesConnectedPlugAppArmor = `
# Description: read and write whole disks and the devices that drive
# them.

# Whole disks: IDE (hd), SCSI, SATA and USB (sd), I2O, MMC and SD cards,
# virtio (vd) and Xen (xvd) disks, NVMe namespaces, and ZFS volumes
# (zd). Tools lock a disk (k) to keep udev from probing it mid-change.
/dev/hd[a-t] rwk,
/dev/sd{,[a-h]}[a-z] rwk,
/dev/sdi[a-v] rwk,
/dev/i2o/hd{,[a-c]}[a-z] rwk,
/dev/i2o/hdd[a-x] rwk,
/dev/mmcblk[0-9]{,[0-9],[0-9][0-9]} rwk,
/dev/vd[a-z] rwk,
/dev/xvd{,[a-h]}[a-z] rwk,
/dev/xvdi[a-v] rwk,
/dev/nvme{[0-9],[1-9][0-9]}n{[1-9],[1-5][0-9],6[0-3]} rwk,
/dev/zd[0-9]{,[0-9],[0-9][0-9]} rwk,

# The character devices through which the disks are driven: NVMe
# controllers (formatting, namespaces, firmware), the SAS and MegaRAID
# controllers' ioctl nodes, and ZFS's control device.
/dev/nvme{[0-9],[1-9][0-9]} rwk,
/dev/mpt2ctl{,_wd} rw,
/dev/megaraid_sas_ioctl_node rw,
/dev/zfs rw,

# Raw SCSI commands (health data, secure erase) need sys_rawio;
# re-reading and changing a partition table (BLKRRPART, BLKPG) and
# other block ioctls need sys_admin.
capability sys_rawio,
capability sys_admin,

# The disks as sysfs and udev describe them: sizes, partitions, queue
# limits and properties; a SCSI path's state may be set to take it
# offline or back.
/sys/block/ r,
/sys/class/block/ r,
/sys/dev/block/ r,
/sys/devices/**/block/ r,
/sys/devices/**/block/** r,
/sys/devices/platform/soc/**/mmc_host/** r,
/sys/devices/**/nvme/**/dev r,
/sys/devices/**/host*/**/state rw,
@{PROC}/devices r,
@{PROC}/partitions r,
/run/udev/data/b[0-9]*:[0-9]* r,
/dev/disk/ r,
/dev/disk/** r,

# Identify and format: blkid, mke2fs and mkfs.fat of the base.
/{,usr/}sbin/blkid ixr,
/{,usr/}sbin/mke2fs ixr,
/{,usr/}sbin/mkfs.fat ixr,

# ZFS: the module's features and properties, and the host id that
# marks the pools this machine imported.
/sys/module/zfs/features.*/{,**} r,
/sys/module/zfs/properties.*/{,**} r,
@{PROC}/sys/kernel/spl/hostid r,
/etc/hostid r,
`

const blockDevicesPartitionsAppArmor = `
# Description: with "allow-partitions: true", also read and write the
# disks' partitions.

# Partitions of the disks above.
/dev/hd[a-t][1-9]{,[0-6]} rwk,
/dev/sd{,[a-h]}[a-z][1-9]{,[0-6]} rwk,
/dev/sdi[a-v][1-9]{,[0-6]} rwk,
/dev/i2o/hd{,[a-c]}[a-z][1-9]{,[0-5]} rwk,
/dev/i2o/hdd[a-x][1-9]{,[0-5]} rwk,
/dev/mmcblk[0-9]{,[0-9],[0-9][0-9]}p[1-9]{,[0-9]} rwk,
/dev/vd[a-z][1-9]{,[0-9]} rwk,
/dev/xvd{,[a-h]}[a-z][1-9]{,[0-5]} rwk,
/dev/xvdi[a-v][1-9]{,[0-5]} rwk,
/dev/nvme{[0-9],[1-9][0-9]}n{[1-9],[1-5][0-9],6[0-3]}p[1-9]{,[0-9],[0-9][0-9]} rwk,
`

// blockDevicesPartitions reads the optional boolean "allow-partitions"
// attribute.
func blockDevicesPartitions(attrs map[string]interface{}) (bool, error) {
	return boolAttr(attrs, "allow-partitions", false)
}

// blockDevicesAttributes describes the plug's "allow-partitions"
// (blockDevicesPartitions).
var blockDevicesAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "allow-partitions", Type: interfaces.AttrTypeBool, Default: "false",
		Description: "true also grants the disks' partitions, not only whole disks.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "whole disks", Plug: map[string]interface{}{}},
		{Title: "whole disks and their partitions", Plug: map[string]interface{}{"allow-partitions": true}},
	},
}

func init() {
	registerIface(&optionalRulesInterface{commonInterface: commonInterface{
		name:                  "block-devices",
		notRendered:           []string{interfaces.BackendUDev},
		summary:               blockDevicesSummary,
		docURL:                "https://snapcraft.io/docs/block-devices-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: blockDevicesConnectedPlugAppArmor,
	}, attrSet: blockDevicesPartitions, extraAppArmor: blockDevicesPartitionsAppArmor, attrDoc: blockDevicesAttributes})
}
