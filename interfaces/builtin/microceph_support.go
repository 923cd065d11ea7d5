// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// microceph-support lets the MicroCeph snap's daemons and tools do what
// their other plugs do not cover: put OSDs on every kind of block
// device ceph-osd accepts (block-devices, which the snap plugs too,
// grants whole disks; this adds their partitions, device-mapper
// volumes such as LVM and dm-crypt ones, and bcache devices), and map
// RBD images as kernel block devices with "rbd device map" (krbd),
// which goes through the rbd bus in sysfs and then waits for udev to
// announce the new device. The slot is the system's, on classic and
// Ubuntu Core; raw access to disks is access to every file on them, so
// installing the plug needs a snap declaration and it never
// auto-connects.
//
// Differences from the reference: mapping and unmapping images needs
// sys_admin, which is granted here rather than left to another plug
// (MicroCeph's rbd command plugs only network besides this); krbd
// waits for the mapped device through libudev's uevent socket, which
// this base allow-list, unlike the reference's, leaves out, so the
// plug opens it and reads the device's udev data; IDE (hd) partitions,
// which no kernel of a supported release names any more, are left out;
// and partitions are numbered as GPT allows (up to 128), not up to 999.
// Loading the rbd module, which "rbd device map" asks modprobe for when
// the bus is missing, is kernel-module-load's.
//
// Not rendered here: udev. The app's device cgroup admits the
// partitions and volumes only once udev rules tag them for the app's
// security tag; a daemon using this library writes those rules itself.

const microcephSupportSummary = `allows operating as the MicroCeph service`

const microcephSupportConnectedPlugAppArmor = `
# Description: operate as MicroCeph: put OSDs on partitions,
# device-mapper and bcache volumes, and map RBD images as kernel block
# devices. Raw access to a volume is access to every file on it.

# OSDs on a partition of a disk: SCSI, SATA and USB (sd), virtio (vd),
# Xen (xvd), NVMe and MMC. ceph-osd locks its device (k).
/dev/sd{,[a-h]}[a-z]{[1-9],[1-9][0-9],1[01][0-9],12[0-8]} rwk,
/dev/sdi[a-v]{[1-9],[1-9][0-9],1[01][0-9],12[0-8]} rwk,
/dev/vd{,[a-z]}[a-z]{[1-9],[1-9][0-9],1[01][0-9],12[0-8]} rwk,
/dev/xvd{,[a-h]}[a-z]{[1-9],[1-9][0-9],1[01][0-9],12[0-8]} rwk,
/dev/nvme{[0-9],[1-9][0-9]}n{[1-9],[1-5][0-9],6[0-3]}p{[1-9],[1-9][0-9],1[01][0-9],12[0-8]} rwk,
/dev/mmcblk[0-9]{,[0-9],[0-9][0-9]}p[1-9]{,[0-9]} rwk,

# OSDs on device-mapper volumes (LVM, dm-crypt, multipath) and on
# bcache devices, which cache a slow disk on a fast one.
/dev/dm-[0-9]{,[0-9],[0-9][0-9],[0-9][0-9][0-9]} rwk,
/dev/bcache[0-9]{,[0-9],[0-9][0-9],[0-9][0-9][0-9]} rwk,

# Kernel RBD: map and unmap images through the rbd bus (the kernel asks
# for sys_admin), read which features the kernel supports, and list and
# refresh the mapped images (rbd device list), whose entries link to
# /sys/devices/rbd.
capability sys_admin,
/sys/bus/rbd/{add,add_single_major,remove,remove_single_major} w,
/sys/bus/rbd/supported_features r,
/sys/bus/rbd/devices/ r,
/sys/devices/rbd/ r,
/sys/devices/rbd/[0-9]*/ r,
/sys/devices/rbd/[0-9]*/* r,
/sys/devices/rbd/[0-9]*/refresh w,

# Once it asked for an image, rbd waits for udev to announce its block
# device (rbdN) on libudev's uevent netlink socket, and reads what udev
# and sysfs say of it.
network netlink raw,
/sys/devices/virtual/block/rbd[0-9]*/ r,
/sys/devices/virtual/block/rbd[0-9]*/** r,
/run/udev/data/b[0-9]*:[0-9]* r,
`

const microcephSupportConnectedPlugSecComp = `
# Description: operate as MicroCeph.
` + udevMonitorSocketSecComp

func init() {
	registerIface(&commonInterface{
		name:                  "microceph-support",
		summary:               microcephSupportSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: microcephSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  microcephSupportConnectedPlugSecComp,
		notRendered:           []string{interfaces.BackendUDev},
	})
}
