// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// apparmor-observe lets an app see the host's AppArmor policy, as
// aa-status and security dashboards do: whether AppArmor is on, which
// profiles are loaded and in which mode, what the kernel mediates, and
// which processes run confined by which profile. It changes nothing:
// loading, replacing or removing policy is a write to the kernel's
// AppArmor filesystem and needs mac_admin, neither of which it grants.
// The slot is the system's; the plug installs anywhere and is connected
// by hand.

const apparmorObserveSummary = `allows reading the AppArmor policy the kernel holds and the labels of processes`

const apparmorObserveConnectedPlugAppArmor = `
# Description: observe the host's AppArmor policy and which processes it
# confines.

# The kernel's AppArmor filesystem, read-only: the loaded profiles and
# their modes, policy namespaces, and the features the kernel mediates.
@{sys}/kernel/security/apparmor/ r,
@{sys}/kernel/security/apparmor/** r,

# Whether AppArmor is enabled, and the module's settings (mode, audit,
# hash of policy).
@{sys}/module/apparmor/parameters/ r,
@{sys}/module/apparmor/parameters/* r,

# Each process's label, to list confined processes by profile and mode,
# and its name (the base policy lists the processes and reads their
# command lines). aa-status names a process by its executable, whose
# link the kernel resolves only for a ptrace reader.
@{PROC}/@{pids}/attr/{,apparmor/}current r,
@{PROC}/@{pids}/comm r,
ptrace (read),
`

func init() {
	registerIface(&commonInterface{
		name:                  "apparmor-observe",
		summary:               apparmorObserveSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: apparmorObserveConnectedPlugAppArmor,
	})
}
