// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// system-backup lets a backup tool read the whole host filesystem. A
// snap runs on its base snap's root, and its mount namespace shows the
// host's root at /var/lib/snapd/hostfs; the grant is read access to
// everything there except the host's /dev, /proc and /sys, which hold
// devices, processes and kernel state rather than files to back up. A
// backup tool reads every user's files whatever their modes, so the
// plug also gets dac_read_search; it writes nothing of the host's and
// runs nothing from it. Nothing here makes the system ready for a
// consistent backup: that is the tool's business. The slot is the
// system's; the plug installs anywhere and is connected by hand.

const systemBackupSummary = `allows reading the whole host filesystem for backups`

const systemBackupConnectedPlugAppArmor = `
# Description: read the whole host filesystem, as a backup tool does.

# The host's root and everything under it, read-only, but for its /dev,
# /proc and /sys: a top-level entry is read unless its name is exactly
# one of those three (/devel, /process or /system are read).
/var/lib/snapd/hostfs/ r,
/var/lib/snapd/hostfs/{[^dps],d[^e],de[^v],dev?,p[^r],pr[^o],pro[^c],proc?,s[^y],sy[^s],sys?}** r,
/var/lib/snapd/hostfs/{d,de,p,pr,pro,s,sy}{,/**} r,

# Read and list files whatever their owner and mode, as backups must;
# AppArmor's rules above still bound what is read.
capability dac_read_search,
`

func init() {
	registerIface(&commonInterface{
		name:                  "system-backup",
		summary:               systemBackupSummary,
		docURL:                "https://snapcraft.io/docs/system-backup-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: systemBackupConnectedPlugAppArmor,
	})
}
