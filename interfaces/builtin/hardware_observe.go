// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// hardware-observe lets an app inspect the machine's hardware without
// changing it: buses, devices and their drivers, memory blocks, power
// supplies, sensors, firmware tables, the udev database and the
// hypervisor, as lspci, lsusb, lshw, lsblk, lscpu, lsmem, sensors,
// dmidecode, systemd-detect-virt and udevadm info do, and follow device
// events as udevadm monitor does. The slot is the system's; the plug
// installs anywhere and is connected by hand.
//
// Differences from the reference: it grants neither sys_admin nor
// sys_rawio, which the reference gives lspci (the extended PCI
// configuration space, and raw port access with -A intel-conf1) and
// lscpu: with them an app could do far more than observe, and without
// them lspci shows the standard configuration header and lscpu reads
// sysfs and cpuinfo. Of the firmware directory it reads the DMI tables,
// the device tree and the ACPI and memory maps' listings, not the rest
// (EFI variables hold boot secrets on some machines).

const hardwareObserveSummary = `allows inspecting the hardware, its drivers and sensors read-only`

const hardwareObserveConnectedPlugAppArmor = `
# Description: inspect the hardware read-only: buses, devices, drivers,
# sensors, firmware tables and the udev database, and follow device
# events.

# The kernel's device model: block devices, buses, device classes,
# devices with their attributes, drivers and sensors (hwmon), memory
# blocks (lsmem), power supplies. Read-only: no device setting changes.
/sys/{block,bus,class,dev,devices,power}/{,**} r,
/sys/kernel/mm/{hugepages,transparent_hugepage}/{,**} r,

# Firmware tables that describe the machine: DMI/SMBIOS (dmidecode),
# the device tree of boards that have one, and the firmware's memory
# map.
/sys/firmware/ r,
/sys/firmware/dmi/{,**} r,
/sys/firmware/devicetree/base/{,**} r,
/sys/firmware/memmap/{,**} r,
@{PROC}/device-tree/{,**} r,

# What the kernel lists in /proc: PCI (lspci -A linux-proc), input,
# IDE and SCSI devices (lshw), device numbers, interrupts, I/O
# resources, loaded modules, CPUs, and the ABI settings lshw reads.
@{PROC}/bus/pci/{,**} r,
@{PROC}/bus/input/devices r,
@{PROC}/ide/{,**} r,
@{PROC}/scsi/{,**} r,
@{PROC}/{cpuinfo,devices,dma,interrupts,iomem,ioports,modules} r,
@{PROC}/sys/abi/{,*} r,
/sys/kernel/debug/usb/devices r,

# Device properties from the udev database (udevadm info), its
# configuration, and vendor and product names from the hardware
# databases; module options lspci shows with -k.
/run/udev/data/{,**} r,
/etc/udev/udev.conf r,
/etc/udev/hwdb.bin r,
/{usr/,}lib/udev/hwdb.bin r,
/usr/share/hwdata/{,**} r,
/usr/share/misc/{pci,usb}.ids r,
/var/lib/usbutils/usb.ids r,
/etc/modprobe.d/{,*} r,
/{usr/,}lib/modprobe.d/{,*} r,

# USB devices as lsusb lists them: the device directories, not the
# devices themselves.
/dev/ r,
/dev/bus/usb/{,**/} r,

# Sensors: libsensors' configuration.
/etc/sensors3.conf r,
/etc/sensors.d/{,*} r,

# The tools of the base that read the above.
/{,usr/}bin/{lsblk,lscpu,lsmem,lsusb,systemd-detect-virt} ixr,

# What systemd-detect-virt looks at: CPU flags, the hypervisor's
# identity, the container manager's marker, and the scheduler line of
# PID 1 (which differs in some containers).
@{PROC}/sysinfo r,
@{PROC}/xen/capabilities r,
/sys/hypervisor/{properties/features,type} r,
/run/systemd/container r,
@{PROC}/1/sched r,

# Device events as the kernel and udev announce them (udevadm monitor),
# on a kobject-uevent netlink socket; seccomp narrows the protocol.
network netlink raw,
`

const hardwareObserveConnectedPlugSecComp = `
# Description: inspect the hardware read-only, and follow device events.

# Device events arrive on a kobject-uevent netlink socket, bound (as
# the base allow-list lets any socket be) to the kernel's or udev's
# multicast group.
socket AF_NETLINK - NETLINK_KOBJECT_UEVENT

# Generic netlink: ethtool, iw and lshw read link, wireless and device
# details over it (changing them takes net_admin, not granted here).
socket AF_NETLINK - NETLINK_GENERIC

# lspci -A intel-conf1 reads PCI configuration through I/O ports, for
# which it asks iopl; the kernel then asks for sys_rawio, which AppArmor
# decides and this interface does not grant, so the call fails there
# rather than here, as under the reference.
iopl
`

func init() {
	registerIface(&commonInterface{
		name:                  "hardware-observe",
		summary:               hardwareObserveSummary,
		docURL:                "https://snapcraft.io/docs/hardware-observe-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: hardwareObserveConnectedPlugAppArmor,
		connectedPlugSecComp:  hardwareObserveConnectedPlugSecComp,
	})
}
