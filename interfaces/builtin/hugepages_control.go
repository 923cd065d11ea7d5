// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// hugepages-control lets an app size the kernel's pools of huge pages,
// system-wide and per NUMA node, and tune transparent huge pages, as the
// memory-hungry services that use them (packet processing, databases,
// virtual machines) do at start. Mapping huge pages through files of a
// hugetlbfs mount is left out: the files there are shared by every user
// of the mount, and anonymous huge page mappings need no file access.
// The slot is the system's; the plug installs anywhere and is connected
// by hand.

const hugepagesControlSummary = `allows sizing the huge page pools and tuning transparent huge pages`

const hugepagesControlConnectedPlugAppArmor = `
# Description: size the huge page pools and tune transparent huge pages.

# The pool of each huge page size: how many pages to reserve and how many
# to allow beyond that, system-wide.
/sys/kernel/mm/hugepages/ r,
/sys/kernel/mm/hugepages/hugepages-*/ r,
/sys/kernel/mm/hugepages/hugepages-*/* rw,
@{PROC}/sys/vm/{nr_hugepages,nr_hugepages_mempolicy,nr_overcommit_hugepages} rw,
@{PROC}/meminfo r,

# The same pools per NUMA node.
/sys/devices/system/node/ r,
/sys/devices/system/node/node[0-9]*/ r,
/sys/devices/system/node/node[0-9]*/hugepages/ r,
/sys/devices/system/node/node[0-9]*/hugepages/hugepages-*/ r,
/sys/devices/system/node/node[0-9]*/hugepages/hugepages-*/* rw,

# Transparent huge pages: whether and how the kernel uses them, and how
# hard its background collapsing thread works.
/sys/kernel/mm/transparent_hugepage/ r,
/sys/kernel/mm/transparent_hugepage/** r,
/sys/kernel/mm/transparent_hugepage/{defrag,enabled,shmem_enabled} w,
/sys/kernel/mm/transparent_hugepage/khugepaged/* w,
`

func init() {
	registerIface(&commonInterface{
		name:                  "hugepages-control",
		summary:               hugepagesControlSummary,
		docURL:                "https://snapcraft.io/docs/hugepages-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: hugepagesControlConnectedPlugAppArmor,
	})
}
