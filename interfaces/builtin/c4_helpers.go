// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// Base-declaration rules shared by the system interfaces (observe and
// control of the host: processes, logs, modules, time, disks...). Their
// slots are the system's alone, and none of them auto-connects: what
// they grant is more than an app gets without its user's say.

// manualSystemSlotRule is the slot rule of a system interface that is
// connected by hand: only the system snap (type core, snapd or os) may
// carry the slot, and no plug auto-connects to it.
const manualSystemSlotRule = `
allow-installation:
  slot-snap-type:
    - core
deny-auto-connection: true
`

// declaredPlugOnlyRule is the plug rule of a super-privileged interface:
// a snap needs a snap declaration of its own to carry the plug. Being
// the plug rule, it is the rule that decides connections too, so it
// repeats that the plug never auto-connects; a manual connection stays
// allowed.
const declaredPlugOnlyRule = `
allow-installation: false
deny-auto-connection: true
`
