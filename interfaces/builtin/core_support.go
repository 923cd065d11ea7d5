// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// core-support is a plug of the system snap itself (the core snap of
// old, of type os): only a snap the constraint language counts as
// "core" may carry it, and no app snap can. It once gave the core
// snap's configure hook the files and services that hook changed to
// apply system settings ("snap set system ..."); the snap daemon
// applies those itself now, in its own unconfined process, and the
// reference keeps the interface only so that snaps and scripts that
// look for it still find it, granting nothing. It grants nothing here
// either, on either side: there is no program left that needs it.
//
// The plug's rule is the one that decides its connections, and it says
// nothing of them, so a core-support plug auto-connects to the
// system's slot as it does under the reference; the slot's own
// denial of auto-connection is never consulted.

const coreSupportSummary = `formerly special permissions for the core snap`

// coreSupportBaseDeclarationPlugs: only the system snap carries the
// plug.
const coreSupportBaseDeclarationPlugs = `
allow-installation:
  plug-snap-type:
    - core
`

func init() {
	registerIface(&commonInterface{
		name:                 "core-support",
		summary:              coreSupportSummary,
		implicitOn:           implicitOnAllSystems,
		baseDeclarationPlugs: coreSupportBaseDeclarationPlugs,
		baseDeclarationSlots: systemSlotNoAutoConnect,
	})
}
