// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// mount-observe lets an app read what is mounted where, with which
// options, how full each filesystem is and what disk quotas apply, as
// df, findmnt and quota show them. It changes nothing. The slot is the
// system's; the plug installs anywhere and is connected by hand.

const mountObserveSummary = `allows reading the mount table, filesystem usage and disk quotas`

const mountObserveConnectedPlugAppArmor = `
# Description: read the mount table, filesystem usage and disk quotas.

# The mount table as the kernel keeps it for each process (another
# process's also needs ptrace read, which this interface does not give),
# and the filesystems and swap areas the kernel knows.
@{PROC}/@{pid}/{mounts,mountinfo,mountstats} r,
@{PROC}/{filesystems,swaps} r,

# The configured mounts, and the options libmount keeps for mounts made
# by users (findmnt shows both).
/etc/fstab r,
/run/mount/utab r,
`

const mountObserveConnectedPlugSecComp = `
# Description: read the mount table, filesystem usage and disk quotas.

# Read disk quotas (quota, repquota). The commands that change quotas
# or turn them on need sys_admin, which this interface does not grant.
quotactl
`

func init() {
	registerIface(&commonInterface{
		name:                  "mount-observe",
		summary:               mountObserveSummary,
		docURL:                "https://snapcraft.io/docs/mount-observe-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: mountObserveConnectedPlugAppArmor,
		connectedPlugSecComp:  mountObserveConnectedPlugSecComp,
	})
}
