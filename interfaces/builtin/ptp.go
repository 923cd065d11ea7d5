// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// ptp lets an app use PTP hardware clocks, the clocks of network
// adapters that timestamp packets for the Precision Time Protocol (and
// the virtual ones of KVM and Hyper-V guests): read them, steer their
// frequency and step them as ptp4l and phc2sys do, and use their
// external timestamp and periodic output pins. The slot is the system's,
// on classic and Ubuntu Core; any snap may plug, and it is connected by
// hand. Sending PTP packets (raw sockets, timestamping options) is
// network-control's; setting the system clock from a PHC is
// time-control's.
//
// Where it differs from the reference: a PHC is read and steered with
// the POSIX clock calls on a clock id made from the open node's
// descriptor, and the base allow-list has clock_gettime but not
// clock_adjtime and clock_settime, so the plug gets those two, for
// descriptor clock ids only (the system's clocks stay time-control's).
// The reference gives the plug no seccomp rule.
//
// Not rendered here: udev. The app's device cgroup admits the PHC nodes
// only once a udev rule tags them for the app's security tag; a daemon
// using this library writes that rule itself.

const ptpSummary = `allows access to the PTP hardware clocks`

const ptpConnectedPlugAppArmor = `
# Description: read, steer and step PTP hardware clocks, and use their
# pins.

# The clocks' nodes: opened read-write, a node's descriptor names its
# clock to the POSIX clock calls (read, adjust, step), and its ioctls
# read the clock's capabilities and drive its pins.
/dev/ptp[0-9]* rw,

# The clocks in sysfs: name, capabilities and the external timestamps
# queued; enabling timestamping and periodic output on the pins, and
# assigning the pins' functions.
@{sys}/class/ptp/ r,
@{sys}/devices/**/ptp/ptp[0-9]*/ r,
@{sys}/devices/**/ptp/ptp[0-9]*/* r,
@{sys}/devices/**/ptp/ptp[0-9]*/{extts_enable,period} w,
@{sys}/devices/**/ptp/ptp[0-9]*/pins/ r,
@{sys}/devices/**/ptp/ptp[0-9]*/pins/* rw,
`

// ptpClockFD is the condition on a clock id that it was made from a
// descriptor (FD_TO_CLOCKID: negative, low bits CLOCKFD, 3): the lower
// 32 bits, as the kernel reads the int, with bit 31 set and the bits of
// CLOCKFD_MASK (7) equal to 3. The system's clocks (CLOCK_REALTIME,
// CLOCK_TAI, ...) and the CPU-time clocks of processes do not match.
const ptpClockFD = `&0x80000007=0x80000003`

const ptpConnectedPlugSecComp = `
# Description: steer and step PTP hardware clocks.

# Adjust a PHC's frequency and phase, and step it, through the clock id
# of its open node only: the system's clocks, which time-control sets,
# are left out by the condition.
clock_adjtime ` + ptpClockFD + `
clock_adjtime64 ` + ptpClockFD + `
clock_settime ` + ptpClockFD + `
clock_settime64 ` + ptpClockFD + `
`

func init() {
	registerIface(&commonInterface{
		name:                  "ptp",
		summary:               ptpSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: ptpConnectedPlugAppArmor,
		connectedPlugSecComp:  ptpConnectedPlugSecComp,
	})
}
