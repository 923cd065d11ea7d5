// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// fwupd lets an app update device firmware through the fwupd daemon's
// D-Bus API: list devices and releases, install, verify and activate
// firmware. The slot is the host's fwupd on classic, or the app snap
// that runs fwupd, which gets the daemon's policy. Firmware reaches
// below the operating system, so every connection, even to the host's
// daemon, needs a snap declaration, and nothing auto-connects.
//
// fwupdmgr downloads metadata and firmware from the vendor firmware
// service itself, and hands them to the daemon: the plug gets the
// shared name-service and certificate rules (client_rules.go), and the
// shared system-bus rules on both sides. The sockets to download over
// come with the name-service rules; network must be connected too for
// the seccomp side.
//
// Not rendered here: dbus. An app snap serving the slot owns fwupd's
// well-known name on the system bus only if a bus policy file lets it; a
// daemon using this library installs that file itself.

const fwupdSummary = `allows updating firmware through the fwupd service`

const fwupdBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - app
    - core
deny-connection: true
deny-auto-connection: true
`

const fwupdConnectedPlugAppArmor = `
# Description: update device firmware through the fwupd daemon over its
# D-Bus API on the system bus.

# Call fwupd, whose API is one object at "/", and read its properties.
dbus (send)
    bus=system
    path=/
    interface=org.freedesktop.{fwupd,DBus.Properties,DBus.Introspectable}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Receive its signals: devices added, removed and changed, progress,
# and requests for the user.
dbus (receive)
    bus=system
    path=/
    interface=org.freedesktop.{fwupd,DBus.Properties}
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSystemBusAppArmor + nameServiceAppArmor + tlsCertificatesAppArmor

const fwupdConnectedPlugSecComp = `
# Description: update device firmware through the fwupd daemon.

# libfwupd hands firmware and metadata to the daemon as in-memory files.
memfd_create
`

const fwupdConnectedSlotAppArmor = `
# Description: serve fwupd's D-Bus API to a connected client.

# Receive the client's calls, and send it signals.
dbus (receive)
    bus=system
    path=/
    interface=org.freedesktop.{fwupd,DBus.Properties,DBus.Introspectable}
    peer=(label=###PLUG_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/
    interface=org.freedesktop.{fwupd,DBus.Properties}
    peer=(label=###PLUG_SECURITY_TAGS###),
`

const fwupdPermanentSlotAppArmor = `
# Description: operate as the fwupd daemon: own its name on the system
# bus, identify the machine and its devices, and write firmware: UEFI
# capsules, and devices on USB, PCI, NVMe, Thunderbolt and flash.

# fwupd's name on the system bus, polkit, which says whether a caller
# may do what it asks, and UDisks2, which finds and mounts the EFI
# system partition.
dbus (bind)
    bus=system
    name=org.freedesktop.fwupd,
` + polkitCheckAuthorizationAppArmor + `dbus (send)
    bus=system
    path=/org/freedesktop/UDisks2{,/**}
    interface=org.freedesktop.{UDisks2.*,DBus.Properties,DBus.ObjectManager}
    peer=(label=unconfined),
` + dbusSystemBusAppArmor + `

# The machine's identity (SMBIOS) and its devices as sysfs and udev
# describe them.
@{sys}/firmware/dmi/tables/* r,
@{sys}/class/dmi/id/* r,
@{sys}/bus/ r,
@{sys}/bus/** r,
@{sys}/devices/** r,
@{run}/udev/data/* r,

# UEFI: the variables that schedule a capsule update, the firmware
# resource table, and capsules on the EFI system partition.
@{sys}/firmware/efi/ r,
@{sys}/firmware/efi/esrt/** r,
@{sys}/firmware/efi/efivars/ r,
@{sys}/firmware/efi/efivars/** rw,
/boot/efi/ r,
/boot/efi/EFI/ r,
/boot/efi/EFI/** rw,
capability linux_immutable,

# Devices it updates directly, and Thunderbolt controllers' flash.
/dev/bus/usb/ r,
/dev/bus/usb/** rw,
/dev/hidraw* rw,
/dev/nvme* rw,
/dev/mtd* rw,
/dev/mei* rw,
@{sys}/devices/**/nvm_{,non_}active*/nvmem rw,
capability sys_rawio,
`

const fwupdPermanentSlotSecComp = `
# Description: operate as the fwupd daemon.

# Follow device events over kobject uevent netlink, bound before use.
socket AF_NETLINK - NETLINK_KOBJECT_UEVENT
bind
`

func init() {
	registerIface(&commonInterface{
		name:                  "fwupd",
		notRendered:           []string{interfaces.BackendDBus},
		summary:               fwupdSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  fwupdBaseDeclarationSlots,
		connectedPlugAppArmor: fwupdConnectedPlugAppArmor,
		connectedPlugSecComp:  fwupdConnectedPlugSecComp,
		connectedSlotAppArmor: fwupdConnectedSlotAppArmor,
		permanentSlotAppArmor: fwupdPermanentSlotAppArmor,
		permanentSlotSecComp:  fwupdPermanentSlotSecComp,
	})
}
