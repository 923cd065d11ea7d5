// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type nfsMountSuite struct {
	systemSuite
}

var _ = check.Suite(&nfsMountSuite{systemSuite{systemCase{
	name:    "nfs-mount",
	summary: "allows mounting and unmounting NFS filesystems",
	secComp: []string{"mount", "umount", "umount2"},
	appArmor: []string{
		"capability sys_admin,",
		"capability net_bind_service,",
		"umount /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/{,**},",
		"/etc/rpc r,",
	},
	mustNotGrant: append(startingWith("pivot_root", "remount", "change_profile", "mount options=", "mount ->", "mount fstype=(cifs", "network"),
		"capability (?:dac_override|dac_read_search|setuid|net_admin|net_raw).*"),
	reaches:      []access{{"/etc/netconfig", "r"}, {"/etc/nfs.conf.d/local.conf", "r"}, {"/run/mount/utab", "rw"}},
	mustNotReach: []access{{"/etc/exports", "w"}, {"/var/lib/nfs/etab", "w"}, {"/etc/rpc", "w"}},
}}})

// An export mounts in the snap's data directories only, under the NFS
// types only, with the ordinary flags only.
func (s *nfsMountSuite) TestMountAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("nfs-mount"))
	cn.checkAccesses(c, plugTag, []string{
		"mount fstype=nfs source=nas:/srv/backup /var/snap/consumer/common/backup/",
		"mount options=ro,nosuid,nodev fstype=nfs4 source=10.0.0.2:/ /var/snap/consumer/x1/media/",
		"umount /var/snap/consumer/common/backup/",
		"exec /sbin/mount.nfs ix",
		"exec /usr/sbin/mount.nfs4 ix",
		"capability net_bind_service",
	}, []string{
		"mount fstype=nfs source=nas:/srv/backup /mnt/backup/",
		"mount fstype=nfs source=nas:/srv/backup /var/snap/other/common/x/",
		"mount fstype=nfs source=/srv/backup /var/snap/consumer/common/x/",
		"mount fstype=cifs source=//nas/x /var/snap/consumer/common/x/",
		"mount fstype=tmpfs source=tmpfs /var/snap/consumer/common/x/",
		"mount options=bind source=/etc/ /var/snap/consumer/common/etc/",
		"mount options=move source=/var/snap/consumer/common/x/ /var/snap/consumer/common/y/",
		"remount /var/snap/consumer/common/backup/",
		"umount /media/x/",
	})
	cn.checkCompiles(c, "consumer")
}
