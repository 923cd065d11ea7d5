// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type hardwareObserveSuite struct{ systemSuite }

var _ = check.Suite(&hardwareObserveSuite{systemSuite{systemCase{
	name:    "hardware-observe",
	summary: "allows inspecting the hardware, its drivers and sensors read-only",
	appArmor: []string{
		"/sys/{block,bus,class,dev,devices,power}/{,**} r,",
		"/run/udev/data/{,**} r,",
		"network netlink raw,",
	},
	secComp: []string{"socket AF_NETLINK - NETLINK_KOBJECT_UEVENT", "socket AF_NETLINK - NETLINK_GENERIC", "iopl"},
	mustNotGrant: []string{
		writesFiles,
		anyCapability,
		`socket AF_NETLINK - NETLINK_(ROUTE|AUDIT|NETFILTER).*`,
		`ioperm`,
	},
}}})

// What lspci, lsusb, lshw, lsblk, lscpu, lsmem, sensors, dmidecode,
// systemd-detect-virt and udevadm info read; never a write to a device
// setting, the devices themselves, EFI variables, or the capabilities
// that would let it reprogram hardware.
func (s *hardwareObserveSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		// lspci
		"file r /sys/bus/pci/devices/",
		"file r /sys/devices/pci0000:00/0000:00:02.0/vendor",
		"file r /sys/devices/pci0000:00/0000:00:02.0/config",
		"file r /proc/bus/pci/00/02.0",
		"file r /usr/share/misc/pci.ids",
		"file r /etc/modprobe.d/blacklist.conf",
		// lsusb
		"exec /usr/bin/lsusb ix",
		"file r /dev/bus/usb/",
		"file r /dev/bus/usb/001/",
		"file r /sys/bus/usb/devices/1-1/idVendor",
		"file r /var/lib/usbutils/usb.ids",
		// lshw
		"file r /proc/devices",
		"file r /proc/scsi/scsi",
		"file r /proc/sys/abi/vsyscall32",
		"file r /sys/firmware/devicetree/base/model",
		// lsblk, lscpu, lsmem
		"exec /bin/lsblk ix",
		"exec /usr/bin/lscpu ix",
		"file r /sys/block/",
		"file r /sys/devices/system/cpu/cpu0/topology/core_id",
		"file r /sys/devices/system/memory/memory32/state",
		"file r /sys/devices/system/memory/block_size_bytes",
		"file r /proc/cpuinfo",
		// sensors
		"file r /sys/class/hwmon/hwmon0/temp1_input",
		"file r /etc/sensors3.conf",
		"file r /sys/class/power_supply/BAT0/capacity",
		// dmidecode
		"file r /sys/firmware/dmi/tables/DMI",
		"file r /sys/firmware/dmi/tables/smbios_entry_point",
		// udevadm info and monitor
		"file r /run/udev/data/c189:1",
		"file r /run/udev/data/+pci:0000:00:02.0",
		"file r /etc/udev/udev.conf",
		"network netlink raw",
		// systemd-detect-virt
		"exec /usr/bin/systemd-detect-virt ix",
		"file r /sys/hypervisor/type",
		"file r /run/systemd/container",
		"file r /proc/1/sched !owner",
		"file r /proc/interrupts",
		"file r /proc/modules",
	}, []string{
		"file w /sys/devices/pci0000:00/0000:00:02.0/remove",
		"file w /sys/bus/pci/rescan",
		"file w /sys/class/backlight/intel_backlight/brightness",
		"file r /sys/firmware/efi/efivars/Boot0000-8be4df61-93ca-11d2-aa0d-00e098032b8c",
		"file r /dev/bus/usb/001/002",
		"file r /dev/mem",
		"file r /dev/sda",
		"file r /proc/2/sched !owner",
		"capability sys_admin",
		"capability sys_rawio",
	})
}

func init() {
	addAccessDifferences("hardware-observe", accessDifferences{rows: []accessDifference{{
		access: "capability sys_admin",
		ours:   false,
		why:    "lspci's extended configuration space is not worth most of root's power",
	}, {
		access: "capability sys_rawio",
		ours:   false,
		why:    "raw port and MSR access reprograms hardware, it does not observe it",
	}, {
		access: "file r /sys/firmware/efi/efivars/Boot0000-8be4df61-93ca-11d2-aa0d-00e098032b8c",
		ours:   false,
		why:    "EFI variables hold boot secrets on some machines; no listed tool reads them",
	}}})
}
