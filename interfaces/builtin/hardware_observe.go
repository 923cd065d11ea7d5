// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// hardware-observe lets an app inspect the machine's hardware without
// changing it: buses, devices and their drivers, sensors, firmware
// tables and the udev database, as lspci, lsusb, lshw, sensors and
// udevadm info do, and follow device events as udevadm monitor does. The
// slot is the system's; the plug installs anywhere and is connected by
// hand.

const hardwareObserveSummary = `allows inspecting the hardware, its drivers and sensors read-only`

const hardwareObserveConnectedPlugAppArmor = `
# Description: inspect the hardware read-only: buses, devices, drivers,
# sensors, firmware tables and the udev database, and follow device
# events.

# The kernel's device model: buses, device classes, devices with their
# attributes, drivers and sensors. Read-only: no device setting changes.
/sys/bus/ r,
/sys/bus/** r,
/sys/class/ r,
/sys/class/** r,
/sys/dev/ r,
/sys/dev/** r,
/sys/devices/ r,
/sys/devices/** r,

# Firmware tables that describe the machine: DMI/SMBIOS (dmidecode) and
# the device tree of boards that have one.
/sys/firmware/dmi/tables/{DMI,smbios_entry_point} r,
/sys/firmware/devicetree/base/ r,
/sys/firmware/devicetree/base/** r,

# Bus, interrupt and I/O resource listings the kernel keeps in /proc.
@{PROC}/bus/pci/ r,
@{PROC}/bus/pci/** r,
@{PROC}/bus/input/devices r,
@{PROC}/{dma,interrupts,iomem,ioports} r,
@{PROC}/scsi/scsi r,

# Device properties from the udev database, and vendor and product
# names from the hardware databases.
/run/udev/data/ r,
/run/udev/data/* r,
/etc/udev/hwdb.bin r,
/{usr/,}lib/udev/hwdb.bin r,
/usr/share/hwdata/ r,
/usr/share/hwdata/** r,
/usr/share/misc/{pci,usb}.ids r,

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
