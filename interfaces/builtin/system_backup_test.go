// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type systemBackupSuite struct{ systemSuite }

var _ = check.Suite(&systemBackupSuite{systemSuite{systemCase{
	name:         "system-backup",
	summary:      "allows reading the whole host filesystem for backups",
	appArmor:     []string{"/var/lib/snapd/hostfs/ r,", "capability dac_read_search,"},
	mustNotGrant: []string{writesFiles, `capability (dac_override|sys_admin|fowner).*`},
}}})

// A backup tool reads every file of the host's root, whoever owns it,
// and lists every directory; it writes none, runs none, and reads
// nothing of the host's /dev, /proc and /sys, nor the snap's own root.
func (s *systemBackupSuite) TestAccesses(c *check.C) {
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		connectToSystem(c, sys, consumerYaml("system-backup")).checkAccesses(c, plugTag, []string{
			"capability dac_read_search",
			"file r /var/lib/snapd/hostfs/",
			"file r /var/lib/snapd/hostfs/etc/ !owner",
			"file r /var/lib/snapd/hostfs/etc/shadow !owner",
			"file r /var/lib/snapd/hostfs/home/u/Documents/report.odt !owner",
			"file r /var/lib/snapd/hostfs/root/.bashrc !owner",
			"file r /var/lib/snapd/hostfs/var/lib/postgresql/16/main/base/1/112 !owner",
			"file r /var/lib/snapd/hostfs/srv/www/index.html !owner",
			"file r /var/lib/snapd/hostfs/snap/core22/current/etc/os-release !owner",
			"file r /var/lib/snapd/hostfs/data/x !owner",
			"file r /var/lib/snapd/hostfs/d !owner",
			"file r /var/lib/snapd/hostfs/devel/notes !owner",
			"file r /var/lib/snapd/hostfs/process/x !owner",
			"file r /var/lib/snapd/hostfs/system/x !owner",
			"file r /var/lib/snapd/hostfs/sy/x !owner",
			"file r /var/lib/snapd/hostfs/p !owner",
			"file r /var/lib/snapd/hostfs/.snapshots/1/info.xml !owner",
		}, []string{
			"file w /var/lib/snapd/hostfs/etc/shadow",
			"file w /var/lib/snapd/hostfs/home/u/new",
			"file l /var/lib/snapd/hostfs/home/u/link",
			"exec /var/lib/snapd/hostfs/usr/bin/bash",
			"file m /var/lib/snapd/hostfs/usr/lib/x86_64-linux-gnu/libc.so.6",
			"file r /var/lib/snapd/hostfs/dev/sda",
			"file r /var/lib/snapd/hostfs/dev/",
			"file r /var/lib/snapd/hostfs/proc/1/environ !owner",
			"file r /var/lib/snapd/hostfs/proc/ !owner",
			"file r /var/lib/snapd/hostfs/sys/firmware/efi/efivars/x !owner",
			"file r /var/lib/snapd/hostfs/sys/",
			"file r /etc/shadow",
			"capability dac_override",
			"capability fowner",
		})
	}
}
