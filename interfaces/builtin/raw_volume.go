// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"

	"github.com/snapiface/snapiface/interfaces"
)

// raw-volume lets an app read and write one disk partition directly, as
// a database or a storage appliance does with a partition of its own.
// The slot is the gadget's (or the system's) and names the partition
// with its "path" attribute, the partition's device node:
//
//   - /dev/sdXN: SCSI, SATA and USB disks (sda to sdzzz);
//   - /dev/hdXN: IDE disks (hda to hdt);
//   - /dev/vdXN: virtio disks (vda to vdzz);
//   - /dev/mmcblkMpN: MMC and SD cards and eMMC;
//   - /dev/nvmeMnKpN: NVMe namespaces;
//
// N, the partition, from 1 to 63. The connected plug may read, write and
// lock that node and read its sysfs attributes, and nothing else: never
// the whole disk, which holds the other partitions. Any snap may plug;
// connecting needs a snap declaration and never happens by itself, as
// under the reference: the partition's data is the device owner's.
//
// Stricter than the reference: I2O disks (i2o/hdXN), whose driver left
// the kernel in 4.2, are refused; SCSI partitions up to 63 are accepted
// where the reference stops at 15, since disks with extended device
// numbers have more.
//
// Not rendered here: udev. The app's device cgroup admits the partition
// only once a udev rule tags it for the app's security tag; a daemon
// using this library writes that rule itself.

const rawVolumeSummary = `allows read/write access to specific disk partition`

const rawVolumeBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - core
    - gadget
deny-connection: true
deny-auto-connection: true
`

const rawVolumeConnectedPlugAppArmor = `
# Description: read and write the partition %[1]s directly: make a
# filesystem on it, image it, or keep data on it raw.

# The partition's node, locked (flock) while a tool changes it so that
# udev does not probe it meanwhile.
%[1]s rwk,

# Its size, offset and alignment, in its directory under its disk's in
# sysfs.
@{sys}/devices/**/block/*/%[2]s/ r,
@{sys}/devices/**/block/*/%[2]s/** r,
`

// rawVolumePartition is a partition's device node; the name after
// /dev/ is its name in sysfs.
var rawVolumePartition = regexp.MustCompile(`^/dev/(` +
	`sd[a-z]{1,3}` + `|` +
	`hd[a-t]` + `|` +
	`vd[a-z]{1,2}` + `|` +
	`mmcblk(?:[0-9]|[1-9][0-9]{1,2})p` + `|` +
	`nvme(?:[0-9]|[1-9][0-9])n(?:[1-9]|[1-5][0-9]|6[0-3])p` +
	`)(?:[1-9]|[1-5][0-9]|6[0-3])$`)

func rawVolumePlugRules(attrs map[string]interface{}) (string, error) {
	path, err := devicePathAttr(attrs, rawVolumePartition, "a partition's device node, such as /dev/sda1, /dev/mmcblk0p2 or /dev/nvme0n1p3")
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(rawVolumeConnectedPlugAppArmor, path, path[len("/dev/"):]), nil
}

// rawVolumeAttributes describes the slot's "path" (rawVolumePlugRules).
var rawVolumeAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: "path", Type: interfaces.AttrTypeString, Required: true,
		Description: "The device node of one partition, numbered 1 to 63: /dev/sdXN (sda to sdzzz), /dev/hdXN (hda to hdt), /dev/vdXN (vda to vdzz), /dev/mmcblkMpN or /dev/nvmeMnKpN. Never a whole disk. " + attrDocDevicePath,
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "the third partition of an eMMC", Slot: map[string]interface{}{"path": "/dev/mmcblk0p3"}},
	},
}

func init() {
	registerIface(&gadgetDeviceInterface{
		commonInterface: commonInterface{
			name:                 "raw-volume",
			summary:              rawVolumeSummary,
			docURL:               "https://snapcraft.io/docs/raw-volume-interface",
			implicitOn:           notImplicit,
			baseDeclarationSlots: rawVolumeBaseDeclarationSlots,
			notRendered:          []string{interfaces.BackendUDev},
		},
		plugRules: rawVolumePlugRules,
		attrDoc:   rawVolumeAttributes,
	})
}
