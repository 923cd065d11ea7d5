// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// intel-qat lets an app offload cryptography and compression to Intel
// QuickAssist (QAT) devices with Intel's user-space library, qatlib, as
// the QAT engine of OpenSSL and QATzip do. qatlib drives the devices'
// virtual functions, which the host binds to vfio-pci: it asks the QAT
// manager (qatmgr, a host service) over its socket which functions and
// instances it may use, opens their VFIO groups, and checks in sysfs
// that a group's device is a QAT function. The kernel driver's control
// node answers the devices' state. The slot is the system's; the plug
// installs anywhere and is connected by hand: a VFIO group hands the
// app a PCI function to drive from user space.
//
// Not rendered here: udev. The app's device cgroup admits /dev/vfio/vfio,
// the group nodes and /dev/qat_adf_ctl only once udev rules tag them for
// the app's security tag; a daemon using this library writes those
// rules itself.

const intelQATSummary = `allows access to Intel QuickAssist Technology devices`

const intelQATConnectedPlugAppArmor = `
# Description: offload cryptography and compression to Intel
# QuickAssist devices through qatlib.

# The VFIO container and groups of the QAT virtual functions: qatlib
# lists the groups, opens each to find the QAT ones, and maps its
# buffers for the device through the container.
/dev/vfio/ r,
/dev/vfio/vfio rw,
/dev/vfio/[0-9]* rw,

# Whether a group's device is a QAT virtual function: its vendor and
# device ids, read through the group's directory in sysfs.
@{sys}/kernel/iommu_groups/ r,
@{sys}/kernel/iommu_groups/[0-9]*/devices/ r,
@{sys}/devices/pci[0-9]*/**/{vendor,device} r,

# The QAT driver's control node, which reports the devices and their
# state.
/dev/qat_adf_ctl rw,

# The QAT manager's socket, through which qatlib is given its devices
# and instances.
@{run}/qat/qatmgr.sock rw,
`

func init() {
	registerIface(&commonInterface{
		name:                  "intel-qat",
		summary:               intelQATSummary,
		docURL:                "https://snapcraft.io/docs/intel-qat-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: intelQATConnectedPlugAppArmor,
	})
}
