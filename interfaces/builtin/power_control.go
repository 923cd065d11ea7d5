// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// power-control lets an app read the power management settings of every
// device and change two of them: whether a device may wake the system
// (wakeup) and whether it is runtime power managed (control, with its
// autosuspend delay), as power tuning daemons (powertop --auto-tune,
// TLP) do through each device's power directory in sysfs. The slot is
// the system's; the plug installs anywhere and is connected by hand.
//
// Suspending or powering off the machine is not part of it (that is
// shutdown's, through logind).

const powerControlSummary = `allows setting system power settings`

const powerControlConnectedPlugAppArmor = `
# Description: read every device's power management settings, and set
# its wake-up and runtime power management.

# Read the power directory of every device: runtime status and
# statistics, wake-up counts, the current settings.
@{sys}/devices/**/power/ r,
@{sys}/devices/**/power/* r,

# Let a device wake the system or not (wakeup), and have it suspended
# when idle (control "auto" or "on", and the delay before it is).
@{sys}/devices/**/power/{autosuspend_delay_ms,control,wakeup} w,
`

func init() {
	registerIface(&commonInterface{
		name:                  "power-control",
		summary:               powerControlSummary,
		docURL:                "https://snapcraft.io/docs/power-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: powerControlConnectedPlugAppArmor,
	})
}
