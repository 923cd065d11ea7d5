// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// io-ports-control lets an app read and write the x86 I/O ports: through
// /dev/port, or directly with in and out instructions once ioperm or
// iopl has opened the ports to it, as tools for legacy hardware, super
// I/O chips and embedded boards' watchdogs and LEDs (superiotool,
// flashrom, vendor tools) do. The slot is the system's; the plug
// installs anywhere and is connected by hand: I/O ports reach the
// chipset, the firmware's controllers and the PCI configuration space
// around every driver.
//
// Not rendered here: udev. The app's device cgroup admits /dev/port
// only once a udev rule tags it for the app's security tag; a daemon
// using this library writes that rule itself.

const ioPortsControlSummary = `allows access to all I/O ports`

const ioPortsControlConnectedPlugAppArmor = `
# Description: read and write the x86 I/O ports.

# Ports as a file, each byte offset a port; the kernel opens it, and
# grants ioperm and iopl, only to holders of sys_rawio.
/dev/port rw,
capability sys_rawio,
`

const ioPortsControlConnectedPlugSecComp = `
# Description: read and write the x86 I/O ports.

# Open ranges of ports (ioperm) or all of them (iopl) to the in and out
# instructions of the process.
ioperm
iopl
`

func init() {
	registerIface(&commonInterface{
		name:                  "io-ports-control",
		summary:               ioPortsControlSummary,
		docURL:                "https://snapcraft.io/docs/io-ports-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: ioPortsControlConnectedPlugAppArmor,
		connectedPlugSecComp:  ioPortsControlConnectedPlugSecComp,
	})
}
