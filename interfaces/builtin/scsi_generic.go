// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// scsi-generic lets an app send SCSI commands to any SCSI device
// through the kernel's generic SCSI driver, /dev/sgN: tape drives,
// scanners, optical burners, and disks' own management commands
// (SMART, firmware updates). The slot is the system's, on classic and
// Ubuntu Core. A SCSI command reaches a disk below its filesystems and
// their permissions, so installing the plug needs a snap declaration,
// and it never auto-connects.
//
// Not rendered here: udev. The app's device cgroup admits the sg nodes
// only once udev rules tag them for the app's security tag; a daemon
// using this library writes those rules itself.

const scsiGenericSummary = `allows access to SCSI generic devices`

const scsiGenericConnectedPlugAppArmor = `
# Description: send SCSI commands to any SCSI device through the
# generic SCSI driver.

# One node per SCSI device; commands go through ioctl (SG_IO), or
# write and read on the node, which must be open for writing for
# anything but a few inquiries.
/dev/sg[0-9]* rw,

# Find which device each node stands for.
@{sys}/class/scsi_generic/ r,
@{sys}/devices/**/scsi_generic/** r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "scsi-generic",
		notRendered:           []string{interfaces.BackendUDev},
		summary:               scsiGenericSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: scsiGenericConnectedPlugAppArmor,
	})
}
