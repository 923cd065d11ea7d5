// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// dm-multipath lets an app manage the host's multipath devices: ask the
// host's multipathd for its maps and paths and have it add, remove,
// resize or reconfigure them (multipathd -k, "multipath -ll"), and list
// and reload the device-mapper maps it made, with their configuration
// and the bindings and WWIDs multipath keeps. It is for storage snaps
// (Ceph, OpenStack's volume services) on hosts whose SAN disks reach
// them over several paths. The slot is the system's, on classic, where
// the host runs multipathd; carrying the plug needs a snap declaration
// (the maps are the host's disks), and it is connected by hand. The
// disks behind the maps, and probing paths without multipathd, are
// block-devices'.

const dmMultipathSummary = `allows managing the host's multipath devices through multipathd and the device mapper`

const dmMultipathConnectedPlugAppArmor = `
# Description: manage the host's multipath devices: ask multipathd, and
# list and reload the device-mapper maps it made.

# multipathd's command socket: the abstract one multipath-tools has
# always used, named, and the socket file of newer releases.
unix (connect, send, receive) type=stream peer=(label=unconfined, addr="@/org/kernel/linux/storage/multipathd"),
@{run}/multipathd.socket rw,

# The device mapper: its control node, through which the maps are
# listed, created and reloaded (the kernel asks sys_admin for each
# request), and the mapped devices and their /dev/mapper names.
/dev/mapper/ r,
/dev/mapper/control rw,
/dev/dm-[0-9]* rw,
capability sys_admin,

# multipath's configuration, and the bindings, WWIDs and reservation
# keys it keeps (multipath -a and -w add and remove WWIDs).
/etc/multipath.conf r,
/etc/multipath/ r,
/etc/multipath/conf.d/ r,
/etc/multipath/conf.d/* r,
/etc/multipath/{bindings,wwids,prkeys} rwk,

# The maps and the paths under them as sysfs and udev describe them
# (names, sizes, holders and slaves, queue limits).
@{sys}/block/ r,
@{sys}/class/block/ r,
@{sys}/devices/**/block/*/ r,
@{sys}/devices/**/block/*/** r,
@{run}/udev/data/b[0-9]*:[0-9]* r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "dm-multipath",
		summary:               dmMultipathSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: dmMultipathConnectedPlugAppArmor,
	})
}
