// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type mountControlSuite struct{}

var _ = check.Suite(&mountControlSuite{})

// mountEntry makes an entry of the "mount" attribute from key, value
// pairs; lists are written as []string.
func mountEntry(kv ...interface{}) attrs {
	e := attrs{}
	for i := 0; i < len(kv); i += 2 {
		v := kv[i+1]
		if l, ok := v.([]string); ok {
			v = listOf(l)
		}
		e[kv[i].(string)] = v
	}
	return e
}

// mounts makes a plug's attributes from entries.
func mounts(entries ...attrs) attrs {
	list := make([]interface{}, len(entries))
	for i, e := range entries {
		list[i] = e
	}
	return attrs{"mount": list}
}

// usbDisk is the entry most tests start from: an ext4 or vfat USB disk
// under /media.
func usbDisk(kv ...interface{}) attrs {
	e := mountEntry("what", "/dev/sd*", "where", "/media/**", "type", []string{"ext4", "vfat"}, "options", []string{"rw", "nosuid", "nodev"})
	for k, v := range mountEntry(kv...) {
		if v == nil {
			delete(e, k)
		} else {
			e[k] = v
		}
	}
	return e
}

// mountControlPlugYaml is the consumer's plug with entries, as
// snap.yaml lines.
const mountControlPlugYaml = `
mount:
  - what: /dev/sd*
    where: /media/**
    type: [ext4, vfat]
    options: [rw, nosuid, nodev]
  - what: none
    where: $SNAP_COMMON/scratch
    type: [tmpfs]
    options: [rw, nosuid, nodev, noexec, size=64M, mode=0755]
  - what: /var/lib/shared-data
    where: $SNAP_DATA/shared
    options: [bind, ro]
  - what: /dev/disk/by-label/BACKUP
    where: /mnt/backup
    type: [btrfs]
    options: [noatime, compress=zstd, subvol=@backups]
    persistent: true
`

func (s *mountControlSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "mount-control", staticInfo{
		summary:           "allows creating transient and persistent mounts",
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
	c.Check(ifaceByName(c, "mount-control").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendSystemd})
}

func (s *mountControlSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "mount-control", mountControlPlugYaml, false)
	checkDecisions(c, "mount-control", []decision{
		{plugAttrs: mountControlPlugYaml, manual: true, auto: false},
		{plugAttrs: mountControlPlugYaml, core: true, manual: true, auto: false},
	})
}

// Each entry is exactly one mount rule and one umount rule.
func (s *mountControlSuite) TestRules(c *check.C) {
	const common = "/var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/common"
	const data = "/var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/@{SNAP_REVISION}"
	const allTypes = "aufs, autofs, btrfs, ext2, ext3, ext4, hfs, iso9660, jfs, msdos, ntfs, ramfs, reiserfs, squashfs, tmpfs, ubifs, udf, ufs, vfat, xfs, zfs"
	for _, t := range []struct {
		entry attrs
		rules []string
	}{
		{usbDisk(), []string{
			"mount fstype=(ext4, vfat) options=(rw, nosuid, nodev) /dev/sd* -> /media/**{,/},",
			"umount /media/**{,/},",
		}},
		{mountEntry("what", "none", "where", "$SNAP_COMMON/scratch", "type", []string{"tmpfs"}, "options", []string{"nosuid", "size=64M", "mode=0755"}), []string{
			"mount fstype=(tmpfs) options=(nosuid) none -> " + common + "/scratch{,/},",
			"umount " + common + "/scratch{,/},",
		}},
		{mountEntry("what", "/var/lib/shared-data", "where", "$SNAP_DATA/shared", "options", []string{"bind", "ro"}), []string{
			"mount options=(bind, ro) /var/lib/shared-data{,/} -> " + data + "/shared{,/},",
			"umount " + data + "/shared{,/},",
		}},
		{mountEntry("what", "/dev/vdb", "where", "$SNAP_DATA", "options", []string{"defaults", "nofail"}), []string{
			"mount fstype=(" + allTypes + ") options=(rw) /dev/vdb -> " + data + "{,/},",
			"umount " + data + "{,/},",
		}},
		{mountEntry("what", "/dev/mmcblk0p?", "where", "/run/media/*/card", "type", []string{"vfat"}, "options", []string{"ro", "uid=1000", "utf8"}), []string{
			"mount fstype=(vfat) options=(ro) /dev/mmcblk0p? -> /run/media/*/card{,/},",
			"umount /run/media/*/card{,/},",
		}},
	} {
		d, err := builtin.DescribeWith(ifaceByName(c, "mount-control"), mounts(t.entry), nil)
		c.Assert(err, check.IsNil)
		got := ruleLines(d.AppArmor.ConnectedPlug)
		// The fixed rules, then the entry's two.
		c.Check(got[len(got)-2:], check.DeepEquals, t.rules, check.Commentf("%v", t.entry))
		c.Check(strings.Count(d.AppArmor.ConnectedPlug, "\nmount "), check.Equals, 1)
		c.Check(strings.Count(d.AppArmor.ConnectedPlug, "\numount "), check.Equals, 1)
		c.Check(ruleLines(d.SecComp.ConnectedPlug), check.DeepEquals, []string{"mount", "umount", "umount2"})
		checkExplained(c, d.AppArmor.ConnectedPlug, d.SecComp.ConnectedPlug)
	}
}

// The mounts the rules allow are exactly the entries': no other type,
// flag, source or target, no remount, no bind where the entry has none,
// no umount elsewhere. Decided on the whole profile, as the kernel
// would.
func (s *mountControlSuite) TestMountAccessesAreExactlyTheEntries(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("mount-control", mountControlPlugYaml))
	cn.checkAccesses(c, plugTag, []string{
		"capability sys_admin",
		"exec /usr/bin/mount ix",
		"exec /bin/umount ix",
		"file rwk /run/mount/utab",
		"file rw /run/mount/utab.lock",
		"file r /proc/filesystems",
		"file r /proc/4242/mountinfo",
		// Entry 0.
		"mount options=rw,nosuid,nodev fstype=ext4 source=/dev/sdb1 /media/usb/",
		"mount options=nosuid,nodev fstype=vfat source=/dev/sdc /media/u/STICK/",
		"umount /media/usb/",
		// Entry 1: tmpfs in SNAP_COMMON.
		"mount options=nosuid,nodev,noexec fstype=tmpfs source=none /var/snap/consumer/common/scratch/",
		"umount /var/snap/consumer/common/scratch/",
		// Entry 2: a read-only bind into SNAP_DATA.
		"mount options=bind,ro source=/var/lib/shared-data/ /var/snap/consumer/x1/shared/",
		"umount /var/snap/consumer/x1/shared/",
		// Entry 3: btrfs on /mnt/backup.
		"mount options=noatime fstype=btrfs source=/dev/disk/by-label/BACKUP /mnt/backup/",
	}, []string{
		// Other types, flags, sources and targets than entry 0's.
		"mount options=rw,nosuid,nodev fstype=btrfs source=/dev/sdb1 /media/usb/",
		"mount options=rw,nosuid,nodev fstype=proc source=proc /media/usb/",
		"mount options=rw,nosuid fstype=ext4 source=/dev/sdb1 /media/usb/",
		"mount options=rw,nosuid,nodev,noexec fstype=ext4 source=/dev/sdb1 /media/usb/",
		"mount options=rw fstype=ext4 source=/dev/sdb1 /media/usb/",
		"mount options=rw,nosuid,nodev fstype=ext4 source=/dev/nvme0n1 /media/usb/",
		"mount options=rw,nosuid,nodev fstype=ext4 source=/dev/sdb1 /mnt/usb/",
		"mount options=rw,nosuid,nodev fstype=ext4 source=/dev/sdb1 /etc/",
		"mount options=rw,nosuid,nodev fstype=ext4 source=/dev/sdb1 /mediax/",
		// No bind, rbind, move or propagation change on entry 0's targets.
		"mount options=bind source=/etc/ /media/usb/",
		"mount options=rbind source=/ /media/usb/",
		"mount options=move source=/media/usb/ /media/other/",
		"mount options=make-shared /media/usb/",
		"remount /media/usb/",
		"remount options=ro /media/usb/",
		// Entry 1's tmpfs only with its flags, only there.
		"mount options=nosuid,nodev fstype=tmpfs source=none /var/snap/consumer/common/scratch/",
		"mount options=nosuid,nodev,noexec fstype=tmpfs source=none /var/snap/consumer/common/other/",
		"mount options=nosuid,nodev,noexec fstype=tmpfs source=none /var/snap/other/common/scratch/",
		"mount options=nosuid,nodev,noexec fstype=tmpfs source=tmpfs /var/snap/consumer/common/scratch/",
		// Entry 2's bind: only from its source, only read-only.
		"mount options=bind source=/etc/ /var/snap/consumer/x1/shared/",
		"mount options=bind source=/var/lib/shared-data/ /var/snap/consumer/x1/shared/",
		"mount options=rbind,ro source=/var/lib/shared-data/ /var/snap/consumer/x1/shared/",
		"mount options=bind,ro source=/var/lib/shared-data/ /var/snap/consumer/x2/shared/",
		// Entry 3 with another source or a flag it lacks.
		"mount options=noatime fstype=btrfs source=/dev/sda1 /mnt/backup/",
		"mount options=noatime,nosuid fstype=btrfs source=/dev/disk/by-label/BACKUP /mnt/backup/",
		"mount options=noatime fstype=btrfs source=/dev/disk/by-label/BACKUP /mnt/other/",
		// Unmounting elsewhere; pivot_root.
		"umount /",
		"umount /etc/",
		"umount /mnt/other/",
		"umount /var/snap/consumer/common/",
		"pivot_root oldroot=/media/usb/old/ /media/usb/",
		// Devices and the mount table stay the business of other interfaces.
		"file r /dev/sdb1",
		"file w /etc/fstab",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{
		"capability sys_admin",
		"mount options=rw,nosuid,nodev fstype=ext4 source=/dev/sdb1 /media/usb/",
		"umount /media/usb/",
	})
	cn.checkCompiles(c, "consumer")
}

// Every kind of entry the sanitizer takes compiles, each in a profile of
// its own and all in one.
func (s *mountControlSuite) TestEntriesCompile(c *check.C) {
	var all []string
	for _, e := range []string{
		`{"what": "/dev/sd*", "where": "/media/**", "type": ["ext4", "vfat"], "options": ["rw", "nosuid", "nodev"]}`,
		`{"what": "none", "where": "$SNAP_COMMON", "type": ["tmpfs"], "options": ["size=1G"]}`,
		`{"what": "/dev/vdb", "where": "$SNAP_DATA/disk", "options": ["defaults", "nofail"]}`,
		`{"what": "/srv/data", "where": "/mnt/data", "options": ["bind"]}`,
		`{"what": "/dev/loop*", "where": "/run/media/*/iso", "type": ["iso9660", "udf"], "options": ["ro", "nosuid", "nodev", "noexec", "utf8"]}`,
		`{"what": "/dev/sdb?", "where": "/mnt/*", "type": ["xfs"], "options": ["async", "atime", "diratime", "dirsync", "iversion", "nodiratime", "noiversion", "nolazytime", "nomand", "norelatime", "nostrictatime", "nouser", "relatime", "strictatime", "sync", "noauto", "nogroup", "noowner", "nousers", "auto"]}`,
		`{"what": "/dev/ubi0_0", "where": "$SNAP_COMMON/ubi", "type": ["ubifs"], "options": ["ro"], "persistent": true, "namespace": "host"}`,
	} {
		line := fmt.Sprintf("  - %s\n", e)
		all = append(all, line)
		cn := connectToSystem(c, builtin.Classic, consumerYaml("mount-control", "mount:\n"+line))
		cn.checkCompiles(c, "consumer")
	}
	cn := connectToSystem(c, builtin.Classic, consumerYaml("mount-control", "mount:\n"+strings.Join(all, "")))
	cn.checkCompiles(c, "consumer")
}

func (s *mountControlSuite) TestSanitizePlug(c *check.C) {
	rows := []attrCase{
		{mounts(usbDisk()), ""},
		{mounts(usbDisk(), mountEntry("what", "none", "where", "$SNAP_COMMON", "type", []string{"tmpfs"}, "options", []string{"rw"})), ""},
		{mounts(usbDisk("where", "$SNAP_DATA/usb", "persistent", false)), ""},
		{mounts(usbDisk("where", "$SNAP_COMMON/usb", "persistent", true, "namespace", "snap")), ""},
		{mounts(usbDisk("where", "/mnt/usb", "persistent", true, "namespace", "host")), ""},
		{mounts(usbDisk("namespace", "auto")), ""},
		{mounts(usbDisk("what", "/dev/disk/by-uuid/*", "where", "/media/*/*")), ""},
		{mounts(usbDisk("type", nil)), ""},

		// The attribute and its entries.
		{nil, `"mount" is required: a list of the mounts the app may make`},
		{attrs{}, `"mount" is required: .*`},
		{attrs{"mount": "/dev/sda"}, `"mount" must be a list of at least one entry`},
		{attrs{"mount": []interface{}{}}, `"mount" must be a list of at least one entry`},
		{attrs{"mount": []interface{}{"/dev/sda"}}, `mount\[0\] must be a map of what, where, type, options, persistent and namespace`},
		{attrs{"mount": listOf([]string{"a"}), "other": "x"}, `"other" is not an attribute of mount-control: its plug has "mount" only`},
		{mounts(usbDisk("source", "/dev/sda")), `mount\[0\] has key "source": an entry holds what, where, type, options, persistent and namespace`},
		{mounts(usbDisk(), usbDisk("what", "/dev/sd*/../../etc")), `mount\[1\] "what" "/dev/sd\*/\.\./\.\./etc" must be clean .*`},

		// what.
		{mounts(usbDisk("what", nil)), `mount\[0\]: "what" is required`},
		{mounts(usbDisk("what", int64(1))), `mount\[0\]: "what" must be a string`},
		{mounts(usbDisk("what", "")), `mount\[0\] "what" cannot be empty`},
		{mounts(usbDisk("what", "dev/sda")), `mount\[0\] "what" "dev/sda" must be absolute`},
		{mounts(usbDisk("what", "/")), `mount\[0\] "what" "/" cannot be the root directory`},
		{mounts(usbDisk("what", "/dev/")), `mount\[0\] "what" "/dev/" must not end with a slash`},
		{mounts(usbDisk("what", "/dev//sda")), `mount\[0\] "what" "/dev//sda" must be clean .*`},
		{mounts(usbDisk("what", "/dev/./sda")), `mount\[0\] "what" .* must be clean .*`},
		{mounts(usbDisk("what", "/**")), `mount\[0\] "what" "/\*\*" has a glob in "\*\*", which must be literal`},
		{mounts(usbDisk("what", "/*/sda")), `mount\[0\] "what" "/\*/sda" has a glob in "\*", which must be literal`},
		{mounts(usbDisk("what", "/d?v/sda")), `mount\[0\] "what" .* has a glob in "d\?v", which must be literal`},
		{mounts(usbDisk("what", "/dev/sd**")), `mount\[0\] "what" "/dev/sd\*\*" has "sd\*\*": "\*\*" must be a whole element`},
		{mounts(usbDisk("what", "/dev/{sda,sdb}")), `mount\[0\] "what" .* has a character AppArmor gives a meaning to, or a control character`},
		{mounts(usbDisk("what", "/dev/sd[ab]")), `mount\[0\] "what" .* has a character AppArmor .*`},
		{mounts(usbDisk("what", "/dev/my disk")), `mount\[0\] "what" "/dev/my disk" has a space`},
		{mounts(usbDisk("what", "none")), `mount\[0\] "what" can be "none" only with type tmpfs alone`},
		{mounts(usbDisk("what", "/dev/sda", "type", []string{"tmpfs"}, "options", []string{"rw"})), `mount\[0\] "what" must be "none" with type tmpfs`},
		{mounts(usbDisk("what", "$SNAP_COMMON/disk.img")), `mount\[0\] "what" "\$SNAP_COMMON/disk.img" must be absolute`},

		// where.
		{mounts(usbDisk("where", nil)), `mount\[0\]: "where" is required`},
		{mounts(usbDisk("where", []string{"/media/x"})), `mount\[0\]: "where" must be a string`},
		{mounts(usbDisk("where", "")), `mount\[0\] "where" "" must be \$SNAP_COMMON or \$SNAP_DATA, optionally followed by a path, or a path under /media, /run/media or /mnt`},
		{mounts(usbDisk("where", "/etc")), `mount\[0\] "where" "/etc" must be \$SNAP_COMMON or \$SNAP_DATA, .*`},
		{mounts(usbDisk("where", "/")), `mount\[0\] "where" "/" must be .*`},
		{mounts(usbDisk("where", "/media")), `mount\[0\] "where" "/media" must be .*`},
		{mounts(usbDisk("where", "/mediax/usb")), `mount\[0\] "where" "/mediax/usb" must be .*`},
		{mounts(usbDisk("where", "/media*/usb")), `mount\[0\] "where" "/media\*/usb" must be .*`},
		{mounts(usbDisk("where", "/run/*/usb")), `mount\[0\] "where" "/run/\*/usb" must be .*`},
		{mounts(usbDisk("where", "/media/")), `mount\[0\] "where" "/media/" must not end with a slash`},
		{mounts(usbDisk("where", "/media/../etc")), `mount\[0\] "where" "/media/\.\./etc" must be clean .*`},
		{mounts(usbDisk("where", "/media/**/../../etc")), `mount\[0\] "where" .* must be clean .*`},
		{mounts(usbDisk("where", "/mnt/{a,b}")), `mount\[0\] "where" .* has a character AppArmor .*`},
		{mounts(usbDisk("where", "$SNAP")), `mount\[0\] "where" "\$SNAP" must be .*`},
		{mounts(usbDisk("where", "$SNAP/x")), `mount\[0\] "where" "\$SNAP/x" must be .*`},
		{mounts(usbDisk("where", "$SNAP_USER_DATA/x")), `mount\[0\] "where" "\$SNAP_USER_DATA/x" must be .*`},
		{mounts(usbDisk("where", "$SNAP_COMMONx")), `mount\[0\] "where" "\$SNAP_COMMONx" must be .*`},
		{mounts(usbDisk("where", "$SNAP_COMMON/")), `mount\[0\] "where" "\$SNAP_COMMON/": its path below \$SNAP_COMMON "/" cannot be the root directory`},
		{mounts(usbDisk("where", "$SNAP_COMMON/../../../etc")), `mount\[0\] "where" .* must be clean .*`},
		{mounts(usbDisk("where", "$SNAP_DATA/$SNAP_COMMON")), `mount\[0\] "where" .* has a character AppArmor .*`},
		{mounts(usbDisk("where", "/media/@{HOME}")), `mount\[0\] "where" .* has a character AppArmor .*`},

		// type.
		{mounts(usbDisk("type", "ext4")), `mount\[0\]: "type" must be a list of strings`},
		{mounts(usbDisk("type", []interface{}{int64(4)})), `mount\[0\]: "type" must be a list of strings`},
		{mounts(usbDisk("type", []string{})), `mount\[0\]: "type" must list at least one type, or be left out`},
		{mounts(usbDisk("type", []string{"ext4", "ext4"})), `mount\[0\]: "type" lists "ext4" twice`},
		{mounts(usbDisk("type", []string{"proc"})), `mount\[0\] type\[0\] "proc" is not a filesystem type mount-control allows \(aufs, .*\)`},
		{mounts(usbDisk("type", []string{"overlay"})), `mount\[0\] type\[0\] "overlay" is not .*`},
		{mounts(usbDisk("type", []string{"nfs"})), `mount\[0\] type\[0\] "nfs" is not .*`},
		{mounts(usbDisk("type", []string{"EXT4"})), `mount\[0\] type\[0\] "EXT4" is not .*`},
		{mounts(usbDisk("type", []string{"tmpfs", "ramfs"}, "what", "none")), `mount\[0\]: "tmpfs" cannot be listed with other types`},
		{mounts(usbDisk("type", []string{"ext4"}, "options", []string{"bind"})), `mount\[0\]: option "bind" cannot go with a type: a bind mount has none`},

		// options.
		{mounts(usbDisk("options", nil)), `mount\[0\]: "options" must list the options the mount may use`},
		{mounts(usbDisk("options", []string{})), `mount\[0\]: "options" must list .*`},
		{mounts(usbDisk("options", "rw")), `mount\[0\]: "options" must be a list of strings`},
		{mounts(usbDisk("options", []string{"rw", "rw"})), `mount\[0\]: "options" lists "rw" twice`},
		{mounts(usbDisk("options", []string{"remount"})), `mount\[0\] options\[0\] "remount" is not an option mount-control allows for ext4, vfat`},
		{mounts(usbDisk("options", []string{"rbind"})), `mount\[0\] options\[0\] "rbind" is not an option .*`},
		{mounts(usbDisk("options", []string{"move"})), `mount\[0\] options\[0\] "move" is not an option .*`},
		{mounts(usbDisk("options", []string{"make-shared"})), `mount\[0\] options\[0\] "make-shared" is not an option .*`},
		{mounts(usbDisk("options", []string{"suid"})), `mount\[0\] options\[0\] "suid" is not an option .*`},
		{mounts(usbDisk("options", []string{"dev"})), `mount\[0\] options\[0\] "dev" is not an option .*`},
		{mounts(usbDisk("options", []string{"exec"})), `mount\[0\] options\[0\] "exec" is not an option .*`},
		{mounts(usbDisk("options", []string{"user"})), `mount\[0\] options\[0\] "user" is not an option .*`},
		{mounts(usbDisk("options", []string{"lazytime"})), `mount\[0\] options\[0\] "lazytime" cannot be allowed: AppArmor 3.0's mount rules cannot name the flag, so such a mount would always be denied`},
		{mounts(usbDisk("options", []string{"loop"})), `mount\[0\] options\[0\] "loop" is not an option .*`},
		{mounts(usbDisk("options", []string{"uid=1000"})), `mount\[0\] options\[0\] "uid=1000" is not an option mount-control allows for ext4, vfat`},
		{mounts(usbDisk("type", []string{"vfat"}, "options", []string{"uid=1000"})), ""},
		{mounts(usbDisk("type", []string{"vfat"}, "options", []string{"uid"})), `mount\[0\] options\[0\] "uid" is not an option mount-control allows for vfat`},
		{mounts(usbDisk("type", []string{"vfat"}, "options", []string{"utf8=1"})), `mount\[0\] options\[0\] "utf8=1" is not an option .*`},
		{mounts(usbDisk("type", []string{"vfat"}, "options", []string{"uid="})), `mount\[0\] options\[0\] "uid=" has a value that is not letters, digits and \. _ / : \+ @ -, or is not a clean path`},
		{mounts(usbDisk("type", []string{"vfat"}, "options", []string{"uid=1000,gid=0"})), `mount\[0\] options\[0\] "uid=1000,gid=0" has a value .*`},
		{mounts(usbDisk("type", []string{"vfat"}, "options", []string{"uid=1 000"})), `mount\[0\] options\[0\] .* has a value .*`},
		{mounts(usbDisk("type", []string{"ext4"}, "options", []string{"journal_path=/dev/../etc/shadow"})), `mount\[0\] options\[0\] .* has a value .*`},
		{mounts(usbDisk("type", []string{"ext4"}, "options", []string{"journal_path=/dev/sdb2"})), ""},
		{mounts(usbDisk("what", "none", "type", []string{"tmpfs"}, "options", []string{"size=64M", "mode=1777"})), ""},
		{mounts(usbDisk("type", nil, "options", []string{"size=64M"})), `mount\[0\] options\[0\] "size=64M" is not an option mount-control allows for aufs, .*`},
		{mounts(usbDisk("type", []string{"aufs"}, "options", []string{"br:/etc=rw"})), `mount\[0\] options\[0\] "br:/etc=rw" is not an option .*`},
		{mounts(usbDisk("type", []string{"aufs"}, "options", []string{"dirs=/etc"})), `mount\[0\] options\[0\] "dirs=/etc" is not an option .*`},

		// persistent and namespace.
		{mounts(usbDisk("persistent", "true")), `mount\[0\]: "persistent" must be true or false`},
		{mounts(usbDisk("persistent", int64(1))), `mount\[0\]: "persistent" must be true or false`},
		{mounts(usbDisk("where", "$SNAP_DATA/usb", "persistent", true)), `mount\[0\]: "persistent" cannot mount onto \$SNAP_DATA, which belongs to one revision`},
		{mounts(usbDisk("where", "$SNAP_DATA", "persistent", true)), `mount\[0\]: "persistent" cannot mount onto \$SNAP_DATA, .*`},
		{mounts(usbDisk("namespace", "other")), `mount\[0\]: "namespace" must be snap, host or auto, not "other"`},
		{mounts(usbDisk("namespace", true)), `mount\[0\]: "namespace" must be a string`},
	}
	// Injections into each field. A "*" or "?" at the end of what or
	// where is a glob the entry names, which the rule keeps as it is.
	for _, suffix := range injectedSuffixes {
		whatErr, whereErr := `mount\[0\] "what" .*`, `mount\[0\] "where" .*`
		if suffix == "*" || suffix == "?" {
			whatErr, whereErr = "", ""
		}
		rows = append(rows,
			attrCase{mounts(usbDisk("what", "/dev/sdb"+suffix)), whatErr},
			attrCase{mounts(usbDisk("where", "/media/usb"+suffix)), whereErr},
			attrCase{mounts(usbDisk("where", "$SNAP_COMMON/usb"+suffix)), whereErr},
			attrCase{mounts(usbDisk("type", []string{"ext4" + suffix})), `mount\[0\] type\[0\] .*`},
			attrCase{mounts(usbDisk("options", []string{"nosuid" + suffix})), `mount\[0\] options\[0\] .*`},
			attrCase{mounts(usbDisk("type", []string{"vfat"}, "options", []string{"uid=1000" + suffix})), `mount\[0\] options\[0\] .*`},
			attrCase{mounts(usbDisk("namespace", "snap"+suffix)), `mount\[0\]: "namespace" .*`},
		)
	}
	for _, p := range injectedPaths {
		whatErr, whereErr := `mount\[0\] "what" .*`, `mount\[0\] "where" .*`
		if p == "/dev/tty*" || p == "/dev/tty?0" {
			// Patterns of devices, as an entry may name them.
			whatErr, whereErr = "", ""
		}
		rows = append(rows,
			attrCase{mounts(usbDisk("what", p)), whatErr},
			attrCase{mounts(usbDisk("where", strings.Replace(p, "/dev/", "/media/", 1))), whereErr})
	}
	for _, v := range badBools {
		rows = append(rows, attrCase{mounts(usbDisk("persistent", v)), `mount\[0\]: "persistent" must be true or false`})
	}
	checkPlugSanitizer(c, "mount-control", rows)
}

// The shared limits: entries, a path's length, the paths of the plug
// together, an option's and a type's length.
func (s *mountControlSuite) TestSanitizePlugLimits(c *check.C) {
	many := make([]attrs, builtin.AttrListMax+1)
	for i := range many {
		many[i] = usbDisk("where", fmt.Sprintf("/media/usb%d", i))
	}
	long := func(prefix string, n int) string { return longPath(prefix, n) }
	rows := []attrCase{
		{mounts(many...), fmt.Sprintf(`"mount" lists %d entries, more than the %d allowed`, len(many), builtin.AttrListMax)},
		{mounts(many[:builtin.AttrListMax]...), ""},
		{mounts(usbDisk("what", long("/dev/disk/by-label/", builtin.AttrPathMax+1))), `mount\[0\] "what" is 4097 bytes long, more than the 4096 allowed`},
		{mounts(usbDisk("what", long("/dev/disk/by-label/", builtin.AttrPathMax))), ""},
		{mounts(usbDisk("where", long("/media/", builtin.AttrPathMax+1))), `mount\[0\] "where" is 4097 bytes long, more than the 4096 allowed`},
		{mounts(usbDisk("where", long("/media/", builtin.AttrPathMax))), ""},
		{mounts(usbDisk("where", long("$SNAP_COMMON/", builtin.AttrPathMax+1))), `mount\[0\] "where" is 4097 bytes long, more than the 4096 allowed`},
		{mounts(usbDisk("type", []string{strings.Repeat("a", builtin.AttrNameMax+1)})), `mount\[0\] type\[0\] is 256 bytes long, more than the 255 allowed`},
		{mounts(usbDisk("options", []string{strings.Repeat("a", builtin.AttrNameMax+1)})), `mount\[0\] options\[0\] is 256 bytes long, more than the 255 allowed`},
		{mounts(usbDisk("type", []string{"vfat"}, "options", []string{"uid=" + strings.Repeat("1", builtin.AttrNameMax-4)})), ""},
	}
	// Two entries with paths of PATH_MAX each are the budget of the plug;
	// one byte more is refused.
	full := []attrs{
		usbDisk("what", long("/dev/disk/by-id/a", builtin.AttrPathMax), "where", long("/media/a", builtin.AttrPathMax)),
		usbDisk("what", long("/dev/disk/by-id/b", builtin.AttrPathMax), "where", long("/media/b", builtin.AttrPathMax)),
	}
	rows = append(rows,
		attrCase{mounts(full...), ""},
		attrCase{mounts(append(full, usbDisk("what", "/dev/c", "where", "/media/c"))...), `mount\[2\] "what" takes the paths of the plug or slot to 16390 bytes, more than the 16384 allowed`})
	checkPlugSanitizer(c, "mount-control", rows)
}

// A bare plug can never be connected: it is refused when its snap is
// added.
func (s *mountControlSuite) TestBarePlugIsDropped(c *check.C) {
	info, err := snap.InfoFromSnapYaml([]byte(consumerYaml("mount-control")))
	c.Assert(err, check.IsNil)
	dropped, err := newRepo(c, builtin.Core).AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 1)
	c.Check(dropped[0].Reason, check.Matches, `.*"mount" is required: .*`)
}
