// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// dm-crypt lets an app set up, open and close encrypted volumes with the
// kernel's device mapper, as cryptsetup does for LUKS volumes. The disks
// or partitions behind the volumes come from another interface (such as
// block-devices): this one grants the device mapper, the mapped volumes
// and the kernel key and crypto facilities the volumes need. Opened
// volumes hold decrypted data, so the plug needs a snap declaration to
// install and is connected by hand; the slot is the system's.
//
// Not rendered here: udev. The app's device cgroup admits the device-
// mapper and loop nodes only once udev rules tag them for the app's
// security tag; a daemon using this library writes those rules itself.

const dmCryptSummary = `allows setting up and opening encrypted volumes with the device mapper`

const dmCryptConnectedPlugAppArmor = `
# Description: set up, open and close encrypted volumes with the device
# mapper.

# The device mapper's control device, and the volumes it maps. The
# /dev/mapper names are links udev makes to the dm devices.
/dev/mapper/ r,
/dev/mapper/control rw,
/dev/dm-[0-9]* rwk,

# The mapped volumes as sysfs and udev describe them.
/sys/devices/virtual/block/dm-[0-9]*/ r,
/sys/devices/virtual/block/dm-[0-9]*/** r,
/run/udev/data/b[0-9]*:[0-9]* r,

# cryptsetup's locks, which keep two runs from changing one volume.
/run/cryptsetup/ rw,
/run/cryptsetup/* rwk,

# Device-mapper requests need sys_admin; keys are locked in memory so
# that they never reach swap.
capability sys_admin,
capability ipc_lock,

# The kernel's crypto API, to check which ciphers it offers.
network alg seqpacket,
`

const dmCryptConnectedPlugSecComp = `
# Description: set up, open and close encrypted volumes with the device
# mapper.

# Volume keys are handed to the kernel through its keyring.
add_key
keyctl
request_key

# The kernel's crypto API. Locking keys in memory and the SysV
# semaphores libdevmapper waits on udev with are in the base allow-list.
socket AF_ALG
`

func init() {
	registerIface(&commonInterface{
		name:                  "dm-crypt",
		notRendered:           []string{interfaces.BackendUDev},
		summary:               dmCryptSummary,
		docURL:                "https://snapcraft.io/docs/dm-crypt-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: dmCryptConnectedPlugAppArmor,
		connectedPlugSecComp:  dmCryptConnectedPlugSecComp,
	})
}
