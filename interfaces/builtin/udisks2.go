// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// udisks2 lets an app manage storage through the UDisks2 daemon's D-Bus
// API: list drives and block devices, mount and unmount, format,
// unlock, power off; the daemon asks polkit about each request. The
// slot is the host's udisksd on classic, or an app snap that runs
// UDisks2, which gets the daemon's policy; connecting to an app's slot
// off classic needs a snap declaration, and nothing auto-connects.
//
// Not rendered here: dbus. An app snap serving the slot owns UDisks2's
// well-known name on the system bus only if a bus policy file lets it; a
// daemon using this library installs that file itself.

const udisks2Summary = `allows managing storage devices through the UDisks2 service`

const udisks2ConnectedPlugAppArmor = `
# Description: manage storage through the UDisks2 daemon over its D-Bus
# API on the system bus: drives, block devices, file systems, encrypted
# devices and jobs.

# The system bus.
#include <abstractions/dbus-strict>

# Call UDisks2's manager, drives, block devices and jobs, read their
# properties, and list them through the object manager.
dbus (send)
    bus=system
    path=/org/freedesktop/UDisks2{,/**}
    interface=org.freedesktop.{UDisks2.*,DBus.Properties,DBus.ObjectManager,DBus.Introspectable}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Receive its signals: devices and jobs that come, change and go.
dbus (receive)
    bus=system
    path=/org/freedesktop/UDisks2{,/**}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const udisks2ConnectedSlotAppArmor = `
# Description: serve UDisks2's D-Bus API to a connected client.

# Receive the client's calls, and send it signals.
dbus (receive)
    bus=system
    path=/org/freedesktop/UDisks2{,/**}
    interface=org.freedesktop.{UDisks2.*,DBus.Properties,DBus.ObjectManager,DBus.Introspectable}
    peer=(label=###PLUG_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/org/freedesktop/UDisks2{,/**}
    peer=(label=###PLUG_SECURITY_TAGS###),
`

const udisks2PermanentSlotAppArmor = `
# Description: operate as the UDisks2 daemon: own its name on the
# system bus, inspect and manage block devices, and mount file systems
# for users under /media and /run/media.

# The system bus, UDisks2's name on it, and polkit, which says whether
# a caller may do what it asks.
#include <abstractions/dbus-strict>
dbus (bind)
    bus=system
    name=org.freedesktop.UDisks2,
` + polkitCheckAuthorizationAppArmor + `
# Block devices: identify, partition, format, set up loop devices and
# unlock encrypted ones; sysfs and udev describe them.
/dev/{sd,hd,vd,sr,nvme,mmcblk,loop,dm-,md}* rw,
/dev/loop-control rw,
/dev/mapper/ r,
/dev/mapper/* rw,
/dev/disk/ r,
/dev/disk/** r,
@{sys}/block/ r,
@{sys}/class/block/ r,
@{sys}/devices/**/block/** rw,
@{run}/udev/data/* r,
capability sys_admin,
capability sys_rawio,

# Mount and unmount under /media and /run/media, making the mount
# points and giving them to their users; libmount keeps its record of
# user mount options under /run/mount.
mount -> /{,run/}media/**,
umount /{,run/}media/**,
/{,run/}media/ rw,
/{,run/}media/** rw,
@{run}/mount/ rw,
@{run}/mount/utab{,.*} rwk,
@{PROC}/@{pid}/mountinfo r,
/etc/fstab r,
/etc/crypttab r,
capability chown,
capability fowner,

# Its runtime state.
@{run}/udisks2/ rw,
@{run}/udisks2/** rwk,
`

const udisks2PermanentSlotSecComp = `
# Description: operate as the UDisks2 daemon.

# Mount and unmount file systems.
mount
umount2

# Give mount points to the users who mounted them.
chown
fchown
fchownat
lchown

# Follow device events over kobject uevent netlink, bound before use.
socket AF_NETLINK - NETLINK_KOBJECT_UEVENT
bind
`

func init() {
	registerIface(&commonInterface{
		name:                  "udisks2",
		notRendered:           []string{interfaces.BackendDBus},
		summary:               udisks2Summary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlotNoAutoConnect,
		connectedPlugAppArmor: udisks2ConnectedPlugAppArmor,
		connectedSlotAppArmor: udisks2ConnectedSlotAppArmor,
		permanentSlotAppArmor: udisks2PermanentSlotAppArmor,
		permanentSlotSecComp:  udisks2PermanentSlotSecComp,
	})
}
