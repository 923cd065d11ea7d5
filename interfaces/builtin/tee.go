// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// tee lets an app use a trusted execution environment (OP-TEE, AMD's
// TEE, ...) through the kernel's TEE subsystem: open sessions with
// trusted applications and invoke them through /dev/teeN, as
// GlobalPlatform client libraries (libteec) do, and serve the secure
// world's requests for files and memory through /dev/teeprivN, as the
// supplicant (tee-supplicant) does. The slot is the system's; the plug
// may be installed only with a snap declaration, and is connected by
// hand: a supplicant answers the secure world's storage and RPC
// requests, so a rogue one can feed trusted applications what it likes,
// and a client reaches whatever trusted applications the secure world
// holds.
//
// Not rendered here: udev. The app's device cgroup admits the TEE
// nodes only once a udev rule tags them (subsystem tee) for the app's
// security tag; a daemon using this library writes that rule itself.

const teeSummary = `allows access to the trusted execution environment devices`

const teeConnectedPlugAppArmor = `
# Description: use the trusted execution environment: talk to trusted
# applications, and serve the secure world as its supplicant.

# Clients open sessions and invoke trusted applications through the
# TEE's node; the supplicant takes the secure world's requests from its
# private node. Shared memory is registered and mapped with ioctls on
# them.
/dev/tee[0-9]* rw,
/dev/teepriv[0-9]* rw,

# Find the TEE devices and read their attributes (implementation id).
@{sys}/class/tee/ r,
@{sys}/devices/**/tee/tee{,priv}[0-9]*/ r,
@{sys}/devices/**/tee/tee{,priv}[0-9]*/** r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "tee",
		summary:               teeSummary,
		docURL:                "https://snapcraft.io/docs/tee-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendUDev},
		connectedPlugAppArmor: teeConnectedPlugAppArmor,
	})
}
