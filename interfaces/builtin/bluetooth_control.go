// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// bluetooth-control lets an app manage the host's Bluetooth controllers
// through the kernel, beside or instead of BlueZ's D-Bus API (which is
// bluez's): btmgmt powers controllers and sets their modes and keys on
// the management channel, btmon reads every controller's traffic on the
// monitor channel, hciconfig and hcitool drive raw HCI sockets, and
// rfkill switches the radios. The slot is the system's, on classic and
// Ubuntu Core; any snap may plug, and it is connected by hand.
//
// The seccomp rules open the Bluetooth socket family, which the base
// allow-list leaves out; the AppArmor rule "network bluetooth" lets it
// be used.
//
// Not rendered here: udev. The app's device cgroup admits /dev/rfkill
// only once a udev rule tags the node for the app's security tag; a
// daemon using this library writes that rule itself.

const bluetoothControlSummary = `allows managing the host's Bluetooth controllers through the kernel`

const bluetoothControlConnectedPlugAppArmor = `
# Description: manage the host's Bluetooth controllers through the
# kernel: the management and monitor channels, raw HCI sockets, and the
# radios' switches.

# Bluetooth sockets of every kind: the HCI control channel btmgmt
# manages controllers on, the monitor channel btmon reads, raw HCI
# sockets (hciconfig, hcitool), and L2CAP, RFCOMM and SCO links.
network bluetooth,

# The kernel asks net_admin for the management channel and for
# configuring controllers, and net_raw for the monitor channel and raw
# HCI traffic.
capability net_admin,
capability net_raw,

# Controllers as sysfs shows them (address, type, the connections of
# each).
@{sys}/class/bluetooth/ r,
@{sys}/devices/**/bluetooth/ r,
@{sys}/devices/**/bluetooth/** r,

# Switch the radios on and off (rfkill block and unblock): the rfkill
# node, and each switch's state in sysfs.
/dev/rfkill rw,
@{sys}/class/rfkill/ r,
@{sys}/devices/**/rfkill[0-9]*/ r,
@{sys}/devices/**/rfkill[0-9]*/* r,
@{sys}/devices/**/rfkill[0-9]*/{soft,state} w,
`

const bluetoothControlConnectedPlugSecComp = `
# Description: manage the host's Bluetooth controllers through the
# kernel.

# Bluetooth sockets (HCI, L2CAP, RFCOMM, SCO), bound to a controller
# and a channel (the base allows bind).
socket AF_BLUETOOTH
`

func init() {
	registerIface(&commonInterface{
		name:                  "bluetooth-control",
		summary:               bluetoothControlSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: bluetoothControlConnectedPlugAppArmor,
		connectedPlugSecComp:  bluetoothControlConnectedPlugSecComp,
	})
}
