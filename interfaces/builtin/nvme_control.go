// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// nvme-control lets an app manage NVMe drives as nvme-cli does: identify
// controllers and namespaces, read their logs and health, format and
// sanitize them, update their firmware, manage namespaces, reset and
// rescan controllers, and connect to NVMe over Fabrics targets. Every
// byte on the drives is in reach, so the plug needs a snap declaration
// to install and is connected by hand. The slot is the system's on
// classic only: on Ubuntu Core the system carries none, as under the
// reference.
//
// Not rendered here: udev. The app's device cgroup admits the NVMe
// nodes only once a udev rule tags them for the app's security tag; a
// daemon using this library writes that rule itself.

const nvmeControlSummary = `allows operating NVMe drives`

const nvmeControlConnectedPlugAppArmor = `
# Description: manage NVMe drives: identify them, read their logs,
# format, sanitize and update them, manage namespaces, and connect to
# NVMe over Fabrics targets.

# Commands go through the controllers' character devices (nvmeN), the
# namespaces' block devices (nvmeNnM) and their generic character
# devices (ngNnM). Partitions are left out: commands address the
# namespace.
/dev/nvme[0-9]{,[0-9]} rw,
/dev/nvme[0-9]{,[0-9]}n[0-9]{,[0-9]} rw,
/dev/ng[0-9]{,[0-9]}n[0-9]{,[0-9]} rw,

# Admin and passed-through commands need sys_admin.
capability sys_admin,

# The controllers, namespaces and subsystems in sysfs; reset, rescan or
# delete a controller (a fabrics connection).
@{sys}/class/{nvme,nvme-fabrics,nvme-subsystem}/ r,
@{sys}/devices/**/nvme/nvme[0-9]*/{,**} r,
@{sys}/devices/**/nvme/nvme[0-9]*/{delete_controller,rescan_controller,reset_controller} w,
@{sys}/devices/virtual/nvme-subsystem/{,**} r,
@{sys}/devices/virtual/nvme-fabrics/{,**} r,

# NVMe over Fabrics: connect to targets through the fabrics device, as
# the host identity and discovery configuration say.
/dev/nvme-fabrics rw,
/etc/nvme/ r,
/etc/nvme/* r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "nvme-control",
		summary:               nvmeControlSummary,
		docURL:                "https://snapcraft.io/docs/nvme-control-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: nvmeControlConnectedPlugAppArmor,
	})
}
