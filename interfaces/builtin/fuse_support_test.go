// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type fuseSupportSuite struct{ systemSuite }

var _ = check.Suite(&fuseSupportSuite{systemSuite{systemCase{
	name:    "fuse-support",
	summary: "allows mounting FUSE filesystems on the snap's own directories",
	appArmor: []string{
		"/dev/fuse rw,",
		"deny /etc/fuse.conf r,",
		"capability sys_admin,",
	},
	secComp: []string{"mount", "umount2"},
	mustNotGrant: []string{
		`pivot_root.*`,
		`/dev/(sd|nvme|loop|mapper).*`,
	},
}}})

// What sshfs and rclone mount do, as root and through fusermount, on
// the snap's directories; never another filesystem type, set-user-id
// programs or devices, other places, or the host's FUSE settings.
func (s *fuseSupportSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml(s.name))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/fuse",
		"file r /sys/fs/fuse/connections/42/waiting",
		"exec /usr/bin/fusermount3 ix",
		"exec /bin/fusermount ix",
		"mount fstype=fuse.sshfs options=rw,nosuid,nodev source=user@host:/srv /var/snap/consumer/common/remote/",
		"mount fstype=fuse.rclone options=ro,nosuid,nodev source=drive: /var/snap/consumer/x1/drive/",
		"mount fstype=fuse.sshfs options=rw,nosuid,nodev source=user@host: /var/snap/consumer/common/",
		"mount fstype=fuse.sshfs options=rw,nosuid,nodev source=user@host: /home/u/snap/consumer/common/mnt/",
		"mount fstype=fuse.sshfs options=ro,nosuid,nodev source=user@host: /root/snap/consumer/x1/mnt/",
		"umount /var/snap/consumer/common/remote/",
		"umount /home/u/snap/consumer/x1/mnt/",
		"capability sys_admin",
	}, []string{
		"file r /etc/fuse.conf",
		"file r /dev/loop0",
		"mount fstype=fuse.sshfs options=rw,nodev source=user@host: /var/snap/consumer/common/remote/",
		"mount fstype=fuse.sshfs options=rw,nosuid source=user@host: /var/snap/consumer/common/remote/",
		"mount fstype=fuse options=rw,nosuid,nodev source=x /var/snap/consumer/common/remote/",
		"mount fstype=fuseblk options=rw,nosuid,nodev source=/dev/sdb1 /var/snap/consumer/common/remote/",
		"mount fstype=ext4 options=rw,nosuid,nodev source=/dev/sdb1 /var/snap/consumer/common/remote/",
		"mount fstype=fuse.sshfs options=rw,nosuid,nodev source=user@host: /var/snap/consumer/",
		"mount fstype=fuse.sshfs options=rw,nosuid,nodev source=user@host: /var/snap/consumer/current/x/",
		"mount fstype=fuse.sshfs options=rw,nosuid,nodev source=user@host: /var/snap/other/common/",
		"mount fstype=fuse.sshfs options=rw,nosuid,nodev source=user@host: /home/u/snap/consumer/",
		"mount fstype=fuse.sshfs options=rw,nosuid,nodev source=user@host: /home/u/Documents/",
		"mount fstype=fuse.sshfs options=rw,nosuid,nodev source=user@host: /tmp/mnt/",
		"umount /home/u/",
		"umount /var/snap/other/common/x/",
		"remount /var/snap/consumer/common/remote/",
		"pivot_root /var/snap/consumer/common/remote/",
	})
}

func init() {
	addAccessDifferences("fuse-support", accessDifferences{rows: []accessDifference{{
		access: "exec /usr/bin/fusermount3",
		ours:   true,
		why:    "users other than root mount through fusermount, which keeps nosuid,nodev itself",
	}, {
		access: "umount /var/snap/consumer/common/remote/",
		ours:   true,
		why:    "unmounting what the app mounted, on the same directories",
	}}})
}
