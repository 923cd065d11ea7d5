// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// gpio-control lets an app drive every GPIO pin of the machine, through
// both of the kernel's user-space interfaces: the sysfs GPIO interface
// (export any pin, set its direction and edge detection, read and write
// its value) and the GPIO character devices that libgpiod uses. Where
// gpio and gpio-chardev hand an app the pins a gadget names, this hands
// it all of them, including pins that drive other hardware of the
// board, so the plug needs a snap declaration to install and is
// connected by hand. The slot is the system's, on classic and Ubuntu
// Core.
//
// Not rendered here: udev. The app's device cgroup admits the
// /dev/gpiochipN nodes only once a udev rule tags them (subsystem gpio)
// for the app's security tag; a daemon using this library writes that
// rule itself.

const gpioControlSummary = `allows control of all aspects of GPIO pins`

const gpioControlConnectedPlugAppArmor = `
# Description: drive every GPIO pin, through sysfs and through the GPIO
# character devices.

# The sysfs GPIO interface: export and unexport any pin, then set its
# direction, edge detection and logic level, and read, write and poll
# its value. /sys/class/gpio/gpioN links to the pin's directory under
# its controller, where AppArmor checks the access.
@{sys}/class/gpio/ r,
@{sys}/class/gpio/{export,unexport} w,
@{sys}/devices/**/gpio/gpio[0-9]*/ r,
@{sys}/devices/**/gpio/gpio[0-9]*/{active_low,direction,edge,value} rw,

# The controllers: which global numbers their pins have (base, ngpio)
# and what they are (label), for the sysfs interface; and, for libgpiod,
# the device numbers through which it checks that a node is a GPIO
# chip.
@{sys}/bus/gpio/devices/ r,
@{sys}/devices/**/gpiochip[0-9]*/ r,
@{sys}/devices/**/gpiochip[0-9]*/{base,dev,label,ngpio,uevent} r,

# The character devices of every controller: request lines, configure
# their direction, bias, drive and edge detection, read and set them,
# and wait for their events, all through ioctls on the open node.
/dev/gpiochip[0-9]* rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "gpio-control",
		summary:               gpioControlSummary,
		docURL:                "https://snapcraft.io/docs/gpio-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: gpioControlConnectedPlugAppArmor,
	})
}
