// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type cifsMountSuite struct {
	systemSuite
}

var _ = check.Suite(&cifsMountSuite{systemSuite{systemCase{
	name:    "cifs-mount",
	summary: "allows mounting and unmounting CIFS filesystems",
	secComp: []string{"mount", "umount", "umount2"},
	appArmor: []string{
		"capability sys_admin,",
		"umount /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/{,**},",
	},
	mustNotGrant: append(startingWith("pivot_root", "remount", "change_profile", "mount options=", "mount ->", "mount fstype=(nfs"),
		"capability (?:dac_override|dac_read_search|setuid|net_admin).*", containing("keyctl"), containing("add_key")),
}}})

// A share mounts in the snap's data directories only, under the CIFS
// types only, with the ordinary flags only; it unmounts there only.
func (s *cifsMountSuite) TestMountAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("cifs-mount"))
	cn.checkAccesses(c, plugTag, []string{
		"mount fstype=cifs source=//nas/backup /var/snap/consumer/common/backup/",
		"mount options=ro,nosuid,nodev fstype=cifs source=//nas/media /var/snap/consumer/x1/media/",
		"mount options=nosuid,nodev,noexec,noatime fstype=smb3 source=//10.0.0.2/share /var/snap/consumer/common/",
		"umount /var/snap/consumer/common/backup/",
		"exec /sbin/mount.cifs ix",
		"exec /usr/bin/mount ix",
		"file rwk /run/mount/utab",
	}, []string{
		"mount fstype=cifs source=//nas/backup /mnt/backup/",
		"mount fstype=cifs source=//nas/backup /var/snap/other/common/backup/",
		"mount fstype=cifs source=//nas/backup /home/u/backup/",
		"mount fstype=cifs source=//nas/backup /var/snap/consumer/",
		"mount fstype=nfs source=nas:/backup /var/snap/consumer/common/backup/",
		"mount fstype=ext4 source=/dev/sdb1 /var/snap/consumer/common/backup/",
		"mount fstype=cifs source=/dev/sdb1 /var/snap/consumer/common/backup/",
		"mount options=bind source=/etc/ /var/snap/consumer/common/etc/",
		"mount options=rbind fstype=cifs source=//nas/x /var/snap/consumer/common/x/",
		"mount options=make-shared /var/snap/consumer/common/backup/",
		"mount options=mand fstype=cifs source=//nas/x /var/snap/consumer/common/x/",
		"remount /var/snap/consumer/common/backup/",
		"umount /mnt/backup/",
		"umount /var/snap/other/common/x/",
		"capability dac_read_search",
	})
	cn.checkCompiles(c, "consumer")
}
