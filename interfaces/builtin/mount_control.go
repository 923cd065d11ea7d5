// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// mount-control lets an app mount and unmount the filesystems its plug
// describes, with mount(2), mount(8) or snapctl mount: a storage
// appliance mounting the disks it manages under /media or /mnt, a
// service mounting a tmpfs or an image in its own data directory. The
// plug's "mount" attribute lists entries, each with:
//
//   - "what": what is mounted: an absolute path or pattern (a device
//     such as /dev/sd*, or a directory for a bind mount), or "none" for
//     a tmpfs, and only then;
//   - "where": the mount point: $SNAP_COMMON or $SNAP_DATA, optionally
//     followed by a path, or a path under /media, /run/media or /mnt;
//   - "type": the filesystem types allowed, from the reference's
//     documented list (aufs, autofs, btrfs, ext2, ext3, ext4, hfs,
//     iso9660, jfs, msdos, ntfs, ramfs, reiserfs, squashfs, tmpfs,
//     ubifs, udf, ufs, vfat, xfs, zfs), tmpfs alone; all of them when
//     left out; none with "bind";
//   - "options" (required): the mount options allowed: the kernel's
//     flags the reference vetted (ro, rw, nosuid, nodev, noexec, sync,
//     bind, noatime, ...; not lazytime, which AppArmor 3.0's mount rules
//     cannot name), mount(8)'s own (defaults, noauto, nofail,
//     ...), and options of the filesystem, valid for every type listed
//     (uid=1000, size=64M, ...);
//   - "persistent": whether snapctl mount may make the mount
//     persistent; not onto $SNAP_DATA, which belongs to one revision;
//   - "namespace": snap, host or auto (the default): where snapctl
//     mount makes it; the rules below are the same for each.
//
// A path or pattern is clean and absolute, without "..", and uses no
// character AppArmor gives a meaning to but the globs "*", "?" and "**"
// (a whole element), never in the element that names the root (the
// first one of "what"; the directory after /media, /run/media or /mnt
// may be one). Each entry becomes one mount rule naming exactly its
// filesystem types, its kernel flags (options=, which the kernel's flags
// must equal), what and where, and one umount rule of where. The slot
// is the system's. Installing the plug needs a snap declaration, and it
// never auto-connects.
//
// Where it differs from the reference: where must be under
// $SNAP_COMMON, $SNAP_DATA, /media, /run/media or /mnt (the reference
// takes any absolute path); a type outside the documented list is
// refused (the reference's code takes any type it does not deny); glob
// characters other than "*", "?" and "**", aufs options that name
// branches (br:, add:, dirs=, xino=, ...), and lazytime are refused; a
// plug without entries is refused when its snap is added, where the
// reference refuses to connect it; and, as for every attribute, the
// paths are within the limits of limits.go.
//
// Not rendered here: systemd. A persistent mount (snapctl mount
// --persistent), and in the reference any snapctl mount, is a systemd
// mount unit the daemon writes after checking the request against the
// plug's entries.

const mountControlSummary = `allows creating transient and persistent mounts`

const mountControlConnectedPlugAppArmor = `
# Description: mount and unmount the filesystems the plug's mount entries
# describe, and no others.

# Mounting and unmounting need sys_admin; the mount rules decide which
# mounts.
capability sys_admin,

# mount(8) and umount(8) of the base snap run under this profile. They
# read the mount table of their own process (to find and check the
# mounts they make and remove), the filesystem types the kernel knows
# and the fstab, and libmount records the userspace options of a mount
# in /run/mount/utab (through a lock and a temporary file beside it).
/{,usr/}bin/{mount,umount} ixr,
@{PROC}/filesystems r,
/etc/fstab r,
owner @{PROC}/@{pid}/{mountinfo,mounts} r,
/run/mount/ rw,
/run/mount/utab* rwk,
`

const mountControlConnectedPlugSecComp = `
# Description: mount and unmount the filesystems the plug's mount entries
# describe.

# The calls themselves; AppArmor's mount rules say which mounts.
mount
umount
umount2
`

// mountTypes are the filesystem types an entry may name, the
// reference's documented list, sorted.
var mountTypes = []string{
	"aufs", "autofs", "btrfs", "ext2", "ext3", "ext4", "hfs", "iso9660", "jfs", "msdos", "ntfs",
	"ramfs", "reiserfs", "squashfs", "tmpfs", "ubifs", "udf", "ufs", "vfat", "xfs", "zfs",
}

// mountFlagOptions are the options that are kernel flags, which the
// mount rule names: those the reference vetted, but for the three that
// apparmor_parser 3.0 cannot put in a mount rule (below).
var mountFlagOptions = toStringSet(
	"async", "atime", "bind", "diratime", "dirsync", "iversion", "noatime", "nodev",
	"nodiratime", "noexec", "noiversion", "nomand", "norelatime",
	"nosuid", "nouser", "relatime", "ro", "rw", "strictatime", "sync",
)

// mountUnnamedOptions are options the reference vetted that clear a
// flag ("nolazytime", "nostrictatime"): the kernel's flags are the same
// without them, and apparmor_parser 3.0 refuses them in a mount rule,
// so they are allowed and left out of the rule.
var mountUnnamedOptions = toStringSet("nolazytime", "nostrictatime")

// mountLazytime sets a flag that apparmor_parser 3.0 cannot put in a
// mount rule: a mount with it would always be denied.
const mountLazytime = "lazytime"

// mountUserspaceOptions are mount(8)'s own options, which never reach
// the kernel.
var mountUserspaceOptions = toStringSet("auto", "defaults", "noauto", "nofail", "nogroup", "noowner", "nousers")

// mountTypeOptions are the options of each filesystem type, from the
// filesystems' documentation; a name ending in "=" takes a value.
var mountTypeOptions = map[string]map[string]bool{
	"aufs":     toStringSet("create_policy=", "create=", "copyup_policy=", "copyup=", "cpup=", "verbose", "v", "noverbose", "quiet", "q", "silent", "sum", "nosum", "dirwh=", "plink", "noplink", "clean_plink", "udba=", "diropq=", "warn_perm", "nowarn_perm", "coo=", "dlgt", "nodlgt", "shwh", "noshwh", "noxino", "trunc_xib", "notrunc_xib"),
	"autofs":   toStringSet(),
	"btrfs":    toStringSet("acl", "noacl", "autodefrag", "noautodefrag", "barrier", "nobarrier", "check_int", "check_int_data", "check_int_print_mask=", "clear_cache", "commit=", "compress", "compress=", "compress-force", "compress-force=", "datacow", "nodatacow", "datasum", "nodatasum", "degraded", "device=", "discard", "discard=", "nodiscard", "enospc_debug", "noenospc_debug", "fatal_errors=", "flushoncommit", "noflushoncommit", "fragment=", "nologreplay", "max_inline=", "metadata_ratio=", "norecovery", "rescan_uuid_tree", "rescue", "skip_balance", "space_cache", "space_cache=", "nospace_cache", "ssd", "ssd_spread", "nossd", "nossd_spread", "subvol=", "subvolid=", "thread_pool=", "treelog", "notreelog", "usebackuproot", "user_subvol_rm_allowed", "recovery", "inode_cache", "noinode_cache"),
	"ext2":     toStringSet("acl", "noacl", "bsddf", "minixdf", "check=", "nocheck", "debug", "errors=", "grpid", "bsdgroups", "nogrpid", "sysvgroups", "grpquota", "noquota", "quota", "usrquota", "nouid32", "oldalloc", "orlov", "resgid=", "resuid=", "sb=", "user_xattr", "nouser_xattr"),
	"ext3":     toStringSet("acl", "noacl", "bsddf", "minixdf", "check=", "nocheck", "debug", "errors=", "grpid", "bsdgroups", "nogrpid", "sysvgroups", "grpquota", "noquota", "quota", "usrquota", "nouid32", "oldalloc", "orlov", "resgid=", "resuid=", "sb=", "user_xattr", "nouser_xattr", "journal_dev=", "journal_path=", "norecovery", "noload", "data=", "data_err=", "barrier=", "commit=", "jqfmt=", "usrjquota=", "grpjquota="),
	"ext4":     toStringSet("journal_dev=", "journal_path=", "norecovery", "noload", "data=", "commit=", "orlov", "oldalloc", "user_xattr", "nouser_xattr", "acl", "noacl", "bsddf", "minixdf", "debug", "errors=", "data_err=", "grpid", "bsdgroups", "nogrpid", "sysvgroups", "resgid=", "resuid=", "sb=", "quota", "noquota", "nouid32", "grpquota", "usrquota", "usrjquota=", "grpjquota=", "jqfmt=", "journal_checksum", "nojournal_checksum", "journal_async_commit", "barrier=", "inode_readahead_blks=", "stripe=", "delalloc", "nodelalloc", "max_batch_time=", "min_batch_time=", "journal_ioprio=", "abort", "auto_da_alloc", "noauto_da_alloc", "noinit_itable", "init_itable=", "discard", "nodiscard", "block_validity", "noblock_validity", "dioread_lock", "dioread_nolock", "max_dir_size_kb=", "i_version", "nombcache", "prjquota"),
	"hfs":      toStringSet("creator=", "type=", "uid=", "gid=", "dir_umask=", "file_umask=", "umask=", "session=", "part=", "quiet"),
	"iso9660":  toStringSet("norock", "nojoliet", "check=", "uid=", "gid=", "map=", "mode=", "unhide", "block=", "conv=", "cruft", "session=", "sbsector=", "iocharset=", "utf8"),
	"jfs":      toStringSet("iocharset=", "resize=", "nointegrity", "integrity", "errors=", "noquota", "quota", "usrquota", "grpquota"),
	"msdos":    toStringSet("blocksize=", "uid=", "gid=", "umask=", "dmask=", "fmask=", "allow_utime=", "check=", "codepage=", "conv=", "cvf_format=", "cvf_option", "debug", "discard", "dos1xfloppy", "errors=", "fat=", "iocharset=", "nfs=", "tz=", "time_offset=", "quiet", "rodir", "showexec", "sys_immutable", "flush", "usefree", "dots", "nodots", "dotsOK="),
	"ntfs":     toStringSet("iocharset=", "nls=", "utf8", "uni_xlate=", "posix=", "uid=", "gid=", "umask="),
	"ramfs":    toStringSet(),
	"reiserfs": toStringSet("conv", "hash=", "hashed_relocation", "no_unhashed_relocation", "noborder", "nolog", "notail", "replayonly", "resize=", "user_xattr", "acl", "barrier="),
	"squashfs": toStringSet(),
	"tmpfs":    toStringSet("size=", "nr_blocks=", "nr_inodes=", "mode=", "gid=", "uid=", "huge=", "mpol="),
	"ubifs":    toStringSet("bulk_read", "no_bulk_read", "chk_data_crc", "no_chk_data_crc", "compr="),
	"udf":      toStringSet("uid=", "gid=", "umask=", "mode=", "dmode=", "bs=", "unhide", "undelete", "adinicb", "noadinicb", "shortad", "longad", "nostrict", "iocharset=", "utf8", "novrs", "session=", "anchor=", "lastblock="),
	"ufs":      toStringSet("ufstype=", "onerror="),
	"vfat":     toStringSet("blocksize=", "uid=", "gid=", "umask=", "dmask=", "fmask=", "allow_utime=", "check=", "codepage=", "conv=", "cvf_format=", "cvf_option", "debug", "discard", "dos1xfloppy", "errors=", "fat=", "iocharset=", "nfs=", "tz=", "time_offset=", "quiet", "rodir", "showexec", "sys_immutable", "flush", "usefree", "dots", "uni_xlate", "posix", "nonumtail", "utf8", "shortname="),
	"xfs":      toStringSet("allocsize=", "attr2", "noattr2", "dax=", "discard", "nodiscard", "grpid", "bsdgroups", "nogrpid", "sysvgroups", "filestreams", "ikeep", "noikeep", "inode32", "inode64", "largeio", "nolargeio", "logbufs=", "logbsize=", "logdev=", "rtdev=", "noalign", "norecovery", "nouuid", "noquota", "unquota", "usrquota", "quota", "uqnoenforce", "qnoenforce", "gquota", "grpquota", "gqnoenforce", "pquota", "prjquota", "pqnoenforce", "sunit=", "swidth=", "sqalloc", "wsync"),
	"zfs":      toStringSet("context=", "fscontext=", "defcontext=", "rootcontext=", "xattr", "noxattr"),
}

func toStringSet(items ...string) map[string]bool {
	set := make(map[string]bool, len(items))
	for _, item := range items {
		set[item] = true
	}
	return set
}

// mountOptionValue is the value of a filesystem option ("1000",
// "64M", "@home", "/dev/sdb2"): no comma, which would add an option to
// the mount's data, and no space or character a shell or AppArmor
// reads; a value with slashes is also a clean path.
var mountOptionValue = regexp.MustCompile(`^[A-Za-z0-9._/:+@-]+$`)

// The places a mount point may be.
const (
	mountSnapCommon = "$SNAP_COMMON"
	mountSnapData   = "$SNAP_DATA"
)

// mountRoots are the directories of the system under which a mount
// point may be.
var mountRoots = []string{"/media/", "/run/media/", "/mnt/"}

// mountEntry is a checked entry of the "mount" attribute.
type mountEntry struct {
	what, where string
	types       []string
	// flags are the options that are kernel flags.
	flags      []string
	bind       bool
	persistent bool
}

// mountPattern checks a path or pattern of an entry, from the element
// at index free on (elements before it must be literal): clean,
// absolute, each element literal but for the globs "*" and "?", or the
// element "**".
func mountPattern(what, p string, free int) error {
	if err := checkLength(what, p, AttrPathMax); err != nil {
		return err
	}
	if p == "" {
		return fmt.Errorf("%s cannot be empty", what)
	}
	if !strings.HasPrefix(p, "/") {
		return fmt.Errorf("%s %q must be absolute", what, p)
	}
	if p == "/" {
		return fmt.Errorf("%s %q cannot be the root directory", what, p)
	}
	elems := strings.Split(p[1:], "/")
	for i, elem := range elems {
		switch {
		case elem == "" && i == len(elems)-1:
			return fmt.Errorf("%s %q must not end with a slash", what, p)
		case elem == "" || elem == "." || elem == "..":
			return fmt.Errorf("%s %q must be clean (no \"..\", \".\" or \"//\")", what, p)
		case elem == "**" || strings.ContainsAny(elem, "*?"):
			if i < free {
				return fmt.Errorf("%s %q has a glob in %q, which must be literal", what, p, elem)
			}
			if elem != "**" && strings.Contains(elem, "**") {
				return fmt.Errorf("%s %q has %q: \"**\" must be a whole element", what, p, elem)
			}
		}
		literal := strings.NewReplacer("*", "x", "?", "x").Replace(elem)
		if err := validateLiteral(what, literal); err != nil {
			return fmt.Errorf("%s %q has a character AppArmor gives a meaning to, or a control character", what, p)
		}
		if strings.ContainsAny(elem, " \t") {
			return fmt.Errorf("%s %q has a space", what, p)
		}
	}
	return nil
}

// mountWhere checks "where" and returns it as a rule names it.
func mountWhere(what, where string) (string, error) {
	if err := checkLength(what, where, AttrPathMax); err != nil {
		return "", err
	}
	for _, v := range []struct{ name, dir string }{
		{mountSnapCommon, "/var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/common"},
		{mountSnapData, "/var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/@{SNAP_REVISION}"},
	} {
		if where == v.name {
			return v.dir, nil
		}
		if sub, ok := strings.CutPrefix(where, v.name+"/"); ok {
			if err := mountPattern("its path below "+v.name, "/"+sub, 0); err != nil {
				return "", fmt.Errorf("%s %q: %w", what, where, err)
			}
			return v.dir + "/" + sub, nil
		}
	}
	for _, root := range mountRoots {
		if strings.HasPrefix(where, root) {
			if err := mountPattern(what, where, strings.Count(root, "/")-1); err != nil {
				return "", err
			}
			return where, nil
		}
	}
	return "", fmt.Errorf("%s %q must be $SNAP_COMMON or $SNAP_DATA, optionally followed by a path, or a path under /media, /run/media or /mnt", what, where)
}

// mountOption checks one option against the entry's types (all of
// mountTypes when it names none) and says whether it is a kernel flag.
func mountOption(what, o string, types []string) (flag bool, err error) {
	if err := checkLength(what, o, AttrNameMax); err != nil {
		return false, err
	}
	if mountFlagOptions[o] {
		return true, nil
	}
	if mountUserspaceOptions[o] || mountUnnamedOptions[o] {
		return false, nil
	}
	if o == mountLazytime {
		return false, fmt.Errorf("%s %q cannot be allowed: AppArmor 3.0's mount rules cannot name the flag, so such a mount would always be denied", what, o)
	}
	name, value, hasValue := strings.Cut(o, "=")
	key := name
	if hasValue {
		key += "="
		if !mountOptionValue.MatchString(value) || strings.Contains(value, "..") || path.Clean(value) != value {
			return false, fmt.Errorf("%s %q has a value that is not letters, digits and . _ / : + @ -, or is not a clean path", what, o)
		}
	}
	for _, t := range types {
		if !mountTypeOptions[t][key] {
			return false, fmt.Errorf("%s %q is not an option mount-control allows for %s", what, o, strings.Join(types, ", "))
		}
	}
	return false, nil
}

// mountEntryKeys are the keys of an entry.
var mountEntryKeys = toStringSet("what", "where", "type", "options", "persistent", "namespace")

// mountEntryAttrs checks one entry.
func mountEntryAttrs(i int, raw interface{}, budget *pathBudget) (*mountEntry, error) {
	prefix := fmt.Sprintf("mount[%d]", i)
	m, ok := raw.(map[string]interface{})
	if !ok {
		return nil, fmt.Errorf("%s must be a map of what, where, type, options, persistent and namespace", prefix)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !mountEntryKeys[k] {
			return nil, fmt.Errorf("%s has key %q: an entry holds what, where, type, options, persistent and namespace", prefix, k)
		}
	}
	e := &mountEntry{}
	var err error
	types, err := stringListAttr(m, "type")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", prefix, err)
	}
	for j, t := range types {
		what := fmt.Sprintf("%s type[%d]", prefix, j)
		if err := checkLength(what, t, AttrNameMax); err != nil {
			return nil, err
		}
		if i := sort.SearchStrings(mountTypes, t); i == len(mountTypes) || mountTypes[i] != t {
			return nil, fmt.Errorf("%s %q is not a filesystem type mount-control allows (%s)", what, t, strings.Join(mountTypes, ", "))
		}
		if t == "tmpfs" && len(types) > 1 {
			return nil, fmt.Errorf("%s: \"tmpfs\" cannot be listed with other types", prefix)
		}
	}
	if _, present := m["type"]; present && len(types) == 0 {
		return nil, fmt.Errorf("%s: \"type\" must list at least one type, or be left out", prefix)
	}
	e.types = types
	optionTypes := types
	if len(optionTypes) == 0 {
		optionTypes = mountTypes
	}
	options, err := stringListAttr(m, "options")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", prefix, err)
	}
	if len(options) == 0 {
		return nil, fmt.Errorf("%s: \"options\" must list the options the mount may use", prefix)
	}
	for j, o := range options {
		flag, err := mountOption(fmt.Sprintf("%s options[%d]", prefix, j), o, optionTypes)
		if err != nil {
			return nil, err
		}
		if flag {
			e.flags = append(e.flags, o)
		}
		e.bind = e.bind || o == "bind"
	}
	if e.bind && len(types) > 0 {
		return nil, fmt.Errorf("%s: option \"bind\" cannot go with a type: a bind mount has none", prefix)
	}

	what, ok, err := stringAttr(m, "what")
	if err == nil && !ok {
		err = fmt.Errorf(`"what" is required`)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", prefix, err)
	}
	tmpfs := len(types) == 1 && types[0] == "tmpfs"
	switch {
	case what == "none" && !tmpfs:
		return nil, fmt.Errorf(`%s "what" can be "none" only with type tmpfs alone`, prefix)
	case what != "none" && tmpfs:
		return nil, fmt.Errorf(`%s "what" must be "none" with type tmpfs`, prefix)
	case what != "none":
		if err := mountPattern(prefix+` "what"`, what, 1); err != nil {
			return nil, err
		}
	}
	e.what = what

	where, ok, err := stringAttr(m, "where")
	if err == nil && !ok {
		err = fmt.Errorf(`"where" is required`)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", prefix, err)
	}
	if e.where, err = mountWhere(prefix+` "where"`, where); err != nil {
		return nil, err
	}
	if err := budget.spend(prefix+` "what"`, what); err != nil {
		return nil, err
	}
	if err := budget.spend(prefix+` "where"`, where); err != nil {
		return nil, err
	}

	if e.persistent, err = boolAttr(m, "persistent", false); err != nil {
		return nil, fmt.Errorf("%s: %w", prefix, err)
	}
	if e.persistent && (where == mountSnapData || strings.HasPrefix(where, mountSnapData+"/")) {
		return nil, fmt.Errorf(`%s: "persistent" cannot mount onto $SNAP_DATA, which belongs to one revision`, prefix)
	}
	if ns, ok, err := stringAttr(m, "namespace"); err != nil {
		return nil, fmt.Errorf("%s: %w", prefix, err)
	} else if ok && ns != "snap" && ns != "host" && ns != "auto" {
		return nil, fmt.Errorf(`%s: "namespace" must be snap, host or auto, not %q`, prefix, ns)
	}
	return e, nil
}

// mountEntries checks the plug's "mount" attribute.
func mountEntries(attrs map[string]interface{}) ([]*mountEntry, error) {
	for key := range attrs {
		if key != "mount" {
			return nil, fmt.Errorf("%q is not an attribute of mount-control: its plug has \"mount\" only", key)
		}
	}
	raw, ok := attrs["mount"]
	if !ok {
		return nil, fmt.Errorf(`"mount" is required: a list of the mounts the app may make`)
	}
	list, ok := raw.([]interface{})
	if !ok || len(list) == 0 {
		return nil, fmt.Errorf(`"mount" must be a list of at least one entry`)
	}
	if len(list) > AttrListMax {
		return nil, fmt.Errorf(`"mount" lists %d entries, more than the %d allowed`, len(list), AttrListMax)
	}
	var budget pathBudget
	entries := make([]*mountEntry, 0, len(list))
	for i, raw := range list {
		e, err := mountEntryAttrs(i, raw, &budget)
		if err != nil {
			return nil, err
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// rules renders the mount and umount rules of an entry.
func (e *mountEntry) rules() string {
	var b strings.Builder
	b.WriteString("mount ")
	if !e.bind {
		types := e.types
		if len(types) == 0 {
			types = mountTypes
		}
		b.WriteString("fstype=(" + strings.Join(types, ", ") + ") ")
	}
	flags := e.flags
	if len(flags) == 0 {
		// No flag: "rw", the absence of "ro", says so.
		flags = []string{"rw"}
	}
	b.WriteString("options=(" + strings.Join(flags, ", ") + ") ")
	source := e.what
	if e.bind {
		// The source of a bind mount is a directory, which AppArmor
		// names with a trailing slash.
		source += "{,/}"
	}
	b.WriteString(source + " -> " + e.where + "{,/},\n")
	b.WriteString("umount " + e.where + "{,/},\n")
	return b.String()
}

// mountControlInterface renders a mount and an umount rule per entry of
// the plug.
type mountControlInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*mountControlInterface)(nil)
	_ interfaces.PlugSanitizer      = (*mountControlInterface)(nil)
	_ interfaces.AttributeDescriber = (*mountControlInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*mountControlInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *mountControlInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := mountEntries(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *mountControlInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	entries, err := mountEntries(plug.StaticAttrs())
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	var b strings.Builder
	b.WriteString(iface.connectedPlugAppArmor)
	for i, e := range entries {
		fmt.Fprintf(&b, "\n# Mount entry %d of the plug, exactly, and unmount it.\n", i)
		b.WriteString(e.rules())
	}
	spec.AddSnippet(b.String())
	return nil
}

// mountControlAttributes describes the plug's attribute, which
// mountEntries checks.
var mountControlAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "mount", Type: interfaces.AttrTypeMapList, Required: true,
		Description: fmt.Sprintf("The mounts the app may make, at most %[1]d entries, each one mount rule and one umount rule. An entry is a map of "+
			"\"what\" (required: an absolute path or pattern, a device such as /dev/sd* or a directory to bind, or \"none\" for a tmpfs and only then), "+
			"\"where\" (required: the mount point, $SNAP_COMMON or $SNAP_DATA optionally followed by a path, or a path under /media, /run/media or /mnt), "+
			"\"type\" (the filesystem types, from %[2]s, tmpfs only alone; all of them when left out; none with bind), "+
			"\"options\" (required: the options the mount may use: kernel flags such as ro, nosuid, nodev, noexec, bind and the time flags, which the rule names; mount(8)'s own such as defaults and nofail; options valid for every type listed, such as uid=1000 or size=64M, whose value has no comma or space; never lazytime, rbind, remount or move), "+
			"\"persistent\" (whether snapctl mount may keep the mount across reboots; never onto $SNAP_DATA) and "+
			"\"namespace\" (snap, host or auto, the default: where snapctl mount makes it). "+
			"A path or pattern is clean, without \"..\", and holds no character AppArmor gives a meaning to but the globs \"*\", \"?\" and \"**\" (a whole element), never in the first element of what nor in the directory that roots where. "+
			"Each path is at most %[3]d bytes and all of them at most %[4]d; a type or an option is at most %[5]d bytes.",
			AttrListMax, strings.Join(mountTypes, ", "), AttrPathMax, AttrPathsMax, AttrNameMax),
	}},
	Examples: []interfaces.AttributeExample{{
		Title: "any USB disk, mounted under /media",
		Plug: map[string]interface{}{"mount": []interface{}{
			map[string]interface{}{"what": "/dev/sd*", "where": "/media/**", "type": []interface{}{"ext4", "vfat"}, "options": []interface{}{"rw", "nosuid", "nodev"}},
		}},
	}, {
		Title: "a tmpfs, a read-only bind mount and a persistent backup disk",
		Plug: map[string]interface{}{"mount": []interface{}{
			map[string]interface{}{"what": "none", "where": "$SNAP_COMMON/scratch", "type": []interface{}{"tmpfs"}, "options": []interface{}{"nosuid", "nodev", "size=64M"}},
			map[string]interface{}{"what": "/srv/data", "where": "$SNAP_DATA/data", "options": []interface{}{"bind", "ro"}},
			map[string]interface{}{"what": "/dev/disk/by-label/BACKUP", "where": "/mnt/backup", "type": []interface{}{"btrfs"}, "options": []interface{}{"noatime", "compress=zstd"}, "persistent": true, "namespace": "host"},
		}},
	}},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *mountControlInterface) Attributes() interfaces.AttributeDoc {
	return mountControlAttributes
}

func init() {
	registerIface(&mountControlInterface{commonInterface{
		name:                  "mount-control",
		summary:               mountControlSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendSystemd},
		connectedPlugAppArmor: mountControlConnectedPlugAppArmor,
		connectedPlugSecComp:  mountControlConnectedPlugSecComp,
	}})
}
