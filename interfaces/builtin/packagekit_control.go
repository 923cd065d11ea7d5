// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// packagekit-control lets an app install, remove and update the host's
// packages through the PackageKit daemon's D-Bus API (software centres
// do). That is control over the whole host, so the plug needs a snap
// declaration to install and nothing auto-connects. The slot is the
// system's, on classic only.

const packagekitControlSummary = `allows managing the host's packages through PackageKit`

const packagekitControlConnectedPlugAppArmor = `
# Description: install, remove and update the host's packages through
# the PackageKit daemon over its D-Bus API on the system bus.

# The system bus.
#include <abstractions/dbus-strict>

# Call PackageKit and the transactions it creates for the client (at
# paths such as /42_abcdefgh), and read their properties.
dbus (send)
    bus=system
    path={/org/freedesktop/PackageKit,/[0-9]*_*}
    interface=org.freedesktop.{PackageKit{,.*},DBus.Properties,DBus.Introspectable}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Receive the progress and results of transactions, and the daemon's
# signals.
dbus (receive)
    bus=system
    path={/org/freedesktop/PackageKit,/[0-9]*_*}
    interface=org.freedesktop.{PackageKit{,.*},DBus.Properties}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

func init() {
	registerIface(&commonInterface{
		name:                  "packagekit-control",
		summary:               packagekitControlSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: packagekitControlConnectedPlugAppArmor,
	})
}
