// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type blockDevicesSuite struct{ systemSuite }

var _ = check.Suite(&blockDevicesSuite{systemSuite{systemCase{
	name:            "block-devices",
	summary:         "allows reading and writing disks and partitions directly",
	superPrivileged: true,
	appArmor: []string{
		"/dev/sd{,[a-h]}[a-z] rwk,",
		"/dev/nvme{[0-9],[1-9][0-9]}n{[1-9],[1-5][0-9],6[0-3]} rwk,",
		"/sys/devices/**/block/** r,",
		"capability sys_admin,",
		"capability sys_rawio,",
	},
	mustNotGrant: []string{
		`(mount|umount|pivot_root)( .*)?,`,
	},
}}})

// The disks and their drivers, what fdisk, parted, smartctl, nvme-cli,
// mkfs and zpool open; not partitions without allow-partitions, and
// never loop devices, RAID and device-mapper volumes, memory or
// optical drives.
func (s *blockDevicesSuite) TestAccesses(c *check.C) {
	disks := []string{
		"file rwk /dev/sda",
		"file rw /dev/sdab",
		"file rw /dev/sdiv",
		"file rw /dev/nvme0n1",
		"file rw /dev/nvme10n2",
		"file rw /dev/nvme0",
		"file rw /dev/vda",
		"file rw /dev/xvdb",
		"file rw /dev/mmcblk0",
		"file rw /dev/hda",
		"file rw /dev/zd16",
		"file rw /dev/zfs",
		"file rw /dev/megaraid_sas_ioctl_node",
		"file r /dev/disk/by-uuid/0a1b2c3d",
		"file r /dev/disk/by-id/nvme-Samsung_SSD_980_1TB",
		"file r /sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda/size",
		"file rw /sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/state",
		"file r /sys/devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0/nvme0n1/dev",
		"file r /run/udev/data/b8:0",
		"file r /proc/partitions",
		"file r /etc/hostid",
		"exec /usr/sbin/blkid ix",
		"exec /sbin/mke2fs ix",
		"capability sys_rawio",
		"capability sys_admin",
	}
	partitions := []string{
		"file rw /dev/sda1",
		"file rw /dev/sdab3",
		"file rw /dev/nvme0n1p2",
		"file rw /dev/nvme10n2p14",
		"file rw /dev/vda1",
		"file rw /dev/mmcblk0p2",
		"file rw /dev/xvdb1",
	}
	never := []string{
		// Loop devices carry the system's mounted snaps; RAID and
		// device-mapper volumes are not disks.
		"file r /dev/loop0",
		"file r /dev/loop-control",
		"file w /dev/md127",
		"file w /dev/dm-3",
		"file w /dev/mapper/control",
		"file w /dev/sr0",
		"file r /dev/mem",
		"file r /dev/sda1/../mem",
		"file w /dev/disk/by-uuid/0a1b2c3d",
		"mount source=/dev/sda1 /mnt/",
	}
	cn := connectToSystem(c, builtin.Classic, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, disks, append(never, partitions...))
	cn = connectToSystem(c, builtin.Classic, consumerYaml(s.name, "allow-partitions: true"))
	cn.checkAccesses(c, plugTag, append(disks, partitions...), never)
}

func (s *blockDevicesSuite) TestAllowPartitionsIsBool(c *check.C) {
	rows := []attrCase{{nil, ""}, {map[string]interface{}{"allow-partitions": true}, ""}, {map[string]interface{}{"allow-partitions": false}, ""}}
	for _, value := range badBools {
		rows = append(rows, attrCase{map[string]interface{}{"allow-partitions": value}, `"allow-partitions" must be true or false`})
	}
	checkPlugSanitizer(c, s.name, rows)
}

func init() {
	addAccessDifferences("block-devices", accessDifferences{rows: []accessDifference{{
		access: "file rw /dev/loop7",
		ours:   false,
		why:    "loop devices carry the system's own mounted snaps",
	}, {
		access: "file r /dev/loop-control",
		ours:   false,
		why:    "attaching loop devices is not disk access",
	}, {
		access: "file r /dev/disk/by-id/wwn-0x5000c500a1b2c3d4",
		ours:   true,
		why:    "partitioning tools find disks by their stable names",
	}, {
		access: "file r /proc/partitions",
		ours:   true,
		why:    "parted and fdisk -l list disks from it",
	}}})
}
