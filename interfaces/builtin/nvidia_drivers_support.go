// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// nvidia-drivers-support lets the snap that installs NVIDIA's driver on
// Ubuntu Core (which has no udev rules or nvidia-modprobe of the
// driver's) set up its device nodes for every other snap: create
// /dev/nvidia0, /dev/nvidia1, ... (one a GPU), /dev/nvidiactl,
// /dev/nvidia-modeset, /dev/nvidia-uvm and /dev/nvidia-uvm-tools with
// mknod, and open them. The GPUs, the control device and mode setting
// use the driver's major number, 195; unified memory gets a major the
// kernel allocates when its module loads, which the snap reads from
// /proc/devices. The slot is the system's. Installing the plug needs a
// snap declaration, and it never auto-connects.
//
// Seccomp: mknod and mknodat of character devices only, never set-id,
// and only with major 195 or one of the kernel's dynamic majors (234 to
// 254, and 384 to 511), where the reference allows any character
// device. A dynamic major may belong to another driver's device: the
// names the AppArmor rules allow, and the device cgroup, bound what a
// node can reach.
//
// The reference's summary ("NVIDIA drivers userspace system setup
// support") is not lowercase, as the catalogue's summaries are.
//
// Not rendered here: udev. Where the daemon gives the snap's apps a
// device cgroup, it admits the NVIDIA nodes (char 195:* and the
// nvidia-uvm major) itself.

const nvidiaDriversSupportSummary = `allows setting up the device nodes of NVIDIA's driver`

const nvidiaDriversSupportConnectedPlugAppArmor = `
# Description: set up the NVIDIA driver's device nodes for other snaps:
# create them and use them.

# Create the nodes with the base snap's mknod, which runs under this
# profile; making a device node needs mknod.
/{,usr/}bin/mknod ixr,
capability mknod,

# The nodes, by name: the GPUs (up to 1000 of them), the control
# device, mode setting, and unified memory with its tools node; created
# and opened here.
/dev/nvidia[0-9]{,[0-9],[0-9][0-9]} rw,
/dev/nvidiactl rw,
/dev/nvidia-modeset rw,
/dev/nvidia-uvm rw,
/dev/nvidia-uvm-tools rw,

# nvidia-uvm's major number is allocated when its module loads: read it
# from the kernel's list of devices.
@{PROC}/devices r,
`

const nvidiaDriversSupportConnectedPlugSecComp = `
# Description: create the NVIDIA driver's device nodes.

# Character devices only, never set-id. The major is the device
# number's bits 8 to 19 (what the kernel's mknod takes): 195, the
# driver's; or a dynamic one (234-235, 236-239, 240-247, 248-251,
# 252-253, 254; 384-511), which nvidia-uvm gets when it loads.
mknod - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xfff00=0xc300
mknod - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xffe00=0xea00
mknod - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xffc00=0xec00
mknod - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xff800=0xf000
mknod - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xffc00=0xf800
mknod - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xffe00=0xfc00
mknod - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xfff00=0xfe00
mknod - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xf8000=0x18000
mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xfff00=0xc300
mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xffe00=0xea00
mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xffc00=0xec00
mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xff800=0xf000
mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xffc00=0xf800
mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xffe00=0xfc00
mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xfff00=0xfe00
mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFCHR &0xf8000=0x18000
`

func init() {
	registerIface(&commonInterface{
		name:                  "nvidia-drivers-support",
		summary:               nvidiaDriversSupportSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: nvidiaDriversSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  nvidiaDriversSupportConnectedPlugSecComp,
	})
}
