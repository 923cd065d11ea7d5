// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// empty is an interface that grants nothing. It exists for testing: a
// snap can carry a plug or a slot of it, and connect them, to exercise
// the machinery of plugs, slots and connections (declarations,
// connection and disconnection, hooks) without any policy changing. Only
// app snaps carry its slot, the system has none, and nothing
// auto-connects to it.

const emptySummary = `allows testing without granting anything`

// emptyBaseDeclarationSlots: an app snap may offer the slot; the plug
// is connected to it by hand.
const emptyBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - app
deny-auto-connection: true
`

func init() {
	registerIface(&commonInterface{
		name:                 "empty",
		summary:              emptySummary,
		docURL:               "https://snapcraft.io/docs/empty-interface",
		implicitOn:           notImplicit,
		baseDeclarationSlots: emptyBaseDeclarationSlots,
	})
}
