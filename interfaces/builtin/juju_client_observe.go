// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// juju-client-observe lets an app read the Juju client's data in the
// user's home: the controllers, models and accounts it knows, and the
// cloud credentials it holds (JUJU_DATA, by default
// ~/.local/share/juju). Tools that drive Juju on the user's behalf
// (deployers, dashboards) use it. The slot is the system's, on classic
// only: Ubuntu Core has no Juju client. Any snap may plug; it never
// auto-connects, since the credentials give access to the user's
// clouds.

const jujuClientObserveSummary = `allows read access to the juju client configuration`

const jujuClientObserveConnectedPlugAppArmor = `
# Description: read the Juju client's data: controllers, models,
# accounts and cloud credentials.

# JUJU_DATA at its default place, read-only and only the user's own.
owner @{HOME}/.local/share/juju/ r,
owner @{HOME}/.local/share/juju/** r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "juju-client-observe",
		summary:               jujuClientObserveSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: jujuClientObserveConnectedPlugAppArmor,
	})
}
