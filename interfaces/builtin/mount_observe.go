// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// mount-observe lets an app read what is mounted where, with which
// options, how full each filesystem is and what disk quotas apply, as
// df, findmnt and quota show them. It changes nothing. The slot is the
// system's; the plug installs anywhere and is connected by hand.
//
// Syscalls as in the reference, with its quota rules corrected: the
// reference compares quotactl's command with the bare sub-command
// (Q_GETQUOTA), which no call passes (the kernel takes QCMD(cmd, type)),
// so its rules match nothing; these mask the type byte. Q_GETNEXTQUOTA,
// the XFS statistics' v2 and quotactl_fd are read too.

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
` + quotaReadSecComp + `
# List mounts and read one mount's attributes by its id (Linux 6.8:
# findmnt, libmount and systemd use them when the kernel has them),
# what /proc's mountinfo holds.
listmount
statmount
`

// quotaReadSecComp lets quota, repquota and quota managers read disk
// quotas: the commands that read, for user, group and project quotas of
// the VFS and of XFS. quotactl's command is QCMD(cmd, type), the
// sub-command shifted left by 8 over the quota type, so the rules mask
// the type byte: 0x80000400 Q_GETFMT, 0x80000500 Q_GETINFO, 0x80000700
// Q_GETQUOTA, 0x80000900 Q_GETNEXTQUOTA, 0x580300 Q_XGETQUOTA, 0x580500
// Q_XGETQSTAT, 0x580800 Q_XGETQSTATV, 0x580900 Q_XGETNEXTQUOTA. The
// upper half of the argument is not compared, so the sign-extended form
// of a command passes too. quotactl_fd (Linux 5.14) takes the command
// second.
const quotaReadSecComp = `
# Read disk quotas (quota, repquota): the reading commands only, of any
# quota type. Turning quotas on or off, and setting them, are not.
quotactl &0xffffff00=0x80000400
quotactl &0xffffff00=0x80000500
quotactl &0xffffff00=0x80000700
quotactl &0xffffff00=0x80000900
quotactl &0xffffff00=0x580300
quotactl &0xffffff00=0x580500
quotactl &0xffffff00=0x580800
quotactl &0xffffff00=0x580900
quotactl_fd - &0xffffff00=0x80000400
quotactl_fd - &0xffffff00=0x80000500
quotactl_fd - &0xffffff00=0x80000700
quotactl_fd - &0xffffff00=0x80000900
quotactl_fd - &0xffffff00=0x580300
quotactl_fd - &0xffffff00=0x580500
quotactl_fd - &0xffffff00=0x580800
quotactl_fd - &0xffffff00=0x580900
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
