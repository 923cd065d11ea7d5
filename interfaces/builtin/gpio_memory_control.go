// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// gpio-memory-control lets an app program the GPIO block of a
// Raspberry Pi directly, through /dev/gpiomem: the kernel maps the
// GPIO registers, and nothing else of physical memory, into the app,
// which is how RPi.GPIO, pigpio and WiringPi drive pins fast. Any pin
// of the board is then in reach, so the plug is connected by hand. The
// slot is the system's, on classic and Ubuntu Core.
//
// Not rendered here: udev. The app's device cgroup admits the gpiomem
// nodes only once a udev rule tags them for the app's security tag; a
// daemon using this library writes that rule itself.

const gpioMemoryControlSummary = `allows write access to all gpio memory`

const gpioMemoryControlConnectedPlugAppArmor = `
# Description: program the GPIO registers directly through the gpiomem
# device.

# Map the GPIO block's registers into the app (mmap of the open node)
# and read and write them. The Raspberry Pi 5 has one node per GPIO
# block (gpiomem0 to gpiomem4), earlier boards one for all.
/dev/gpiomem rw,
/dev/gpiomem[0-9]* rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "gpio-memory-control",
		summary:               gpioMemoryControlSummary,
		docURL:                "https://snapcraft.io/docs/gpio-memory-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: gpioMemoryControlConnectedPlugAppArmor,
	})
}
