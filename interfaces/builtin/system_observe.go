// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
)

// system-observe lets an app watch the system without changing it: every
// process with its state and resource use (what ps, top and system
// monitors show), system-wide load, memory and pressure statistics, the
// kernel's identity and limits, and the service manager's units, read
// over D-Bus (joining the system bus with the shared rules,
// dbusSystemBusAppArmor, which, unlike the reference's, let the app
// hear the bus daemon's NameOwnerChanged, so that it notices the
// service manager restarting). What it grants is what ps, top, htop,
// pstree, free, vmstat, iostat, mpstat and ipcs read. Environments,
// memory maps and open files of other processes stay private. The slot
// is the system's; the plug installs anywhere and is connected by hand.
//
// The kernel shows another process's /proc entries only to a reader with
// ptrace read access to it, so the plug gets ptrace read. Some tools
// also ask for ptrace trace, which this interface does not need: the
// hook asks the specification to deny trace explicitly (keeping the
// audit log quiet) unless another interface of the same profile uses it,
// as multipass-support does.

const systemObserveSummary = `allows watching processes, system statistics and services read-only`

const systemObserveConnectedPlugAppArmor = `
# Description: watch the system read-only: every process and its
# resource use, system-wide statistics, the kernel's identity and limits,
# and the service manager's units.

# The kernel shows other processes' /proc entries only to a reader with
# ptrace read access to them.
ptrace (read),

# The process list, and each process's and thread's identity, state,
# scheduling and resource use, as ps, top, htop and pstree read them.
# Environments, memory maps and open files are left out: they are the
# process's own business.
@{PROC}/ r,
@{PROC}/@{pids}/ r,
@{PROC}/@{pids}/{autogroup,cgroup,cmdline,comm,cpuset,io,limits,loginuid,oom_adj,oom_score,oom_score_adj,sched,schedstat,sessionid,stat,statm,status,wchan} r,
@{PROC}/@{pids}/task/ r,
@{PROC}/@{pids}/task/@{tid}/ r,
@{PROC}/@{pids}/task/@{tid}/{cmdline,comm,io,sched,schedstat,stat,statm,status,wchan} r,
@{PROC}/tty/drivers r,

# System-wide statistics: load, memory (free, vmstat), CPU time and
# interrupts (top, mpstat), disks and partitions (iostat, vmstat -d),
# pressure stall information, and System V IPC (ipcs).
@{PROC}/{cpuinfo,diskstats,interrupts,loadavg,meminfo,partitions,schedstat,softirqs,stat,swaps,uptime,version,vmstat,zoneinfo,buddyinfo,cgroups} r,
@{PROC}/pressure/{cpu,io,memory,irq} r,
@{PROC}/sysvipc/{msg,sem,shm} r,

# The kernel's identity and the limits monitors compare usage with.
@{PROC}/sys/kernel/{hostname,osrelease,ostype,pid_max,threads-max,version} r,
@{PROC}/sys/fs/{file-max,file-nr,inode-nr} r,
@{PROC}/sys/vm/{overcommit_memory,overcommit_ratio,swappiness} r,

# Processor topology and frequencies, memory nodes, block devices'
# statistics as sysfs shows them (iostat, and monitors' disk graphs),
# and the control groups' resource accounting (per-service usage, as
# systemd-cgtop shows it).
/sys/devices/system/cpu/ r,
/sys/devices/system/cpu/** r,
/sys/devices/system/node/ r,
/sys/devices/system/node/** r,
/sys/block/ r,
/sys/class/block/ r,
/sys/devices/**/{stat,size,inflight} r,
/sys/devices/**/queue/{rotational,hw_sector_size,logical_block_size,physical_block_size,scheduler} r,
/sys/fs/cgroup/ r,
/sys/fs/cgroup/** r,

# The kernel's build configuration, to tell which features it has.
/boot/config-* r,
@{PROC}/config.gz r,

# The service manager's units and the host's identity, read over D-Bus:
# properties and unit lists only, no method that starts or stops
# anything.
dbus (send)
    bus=system
    path=/org/freedesktop/systemd1{,/**}
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/org/freedesktop/systemd1
    interface=org.freedesktop.systemd1.Manager
    member={GetUnit,GetUnitByPID,ListUnits,ListUnitsByNames,ListUnitsByPatterns,ListUnitsFiltered,ListUnitFiles}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/org/freedesktop/hostname1
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
` + dbusSystemBusAppArmor

const systemObserveConnectedPlugSecComp = `
# Description: watch the system read-only.

# Read another process's I/O scheduling class and priority, which iotop
# and process monitors show (the base allow-list has it for the app's
# own processes; watching others is this interface's purpose). Changing
# it is process-control's.
ioprio_get
`

// systemObserveInterface adds to the common data that it asks for ptrace
// trace to be suppressed in the plugging app's profiles.
type systemObserveInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*systemObserveInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*systemObserveInterface)(nil)
)

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *systemObserveInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	spec.SetSuppressPtraceTrace()
	return iface.commonInterface.AppArmorConnectedPlug(spec, plug, slot)
}

func init() {
	registerIface(&systemObserveInterface{commonInterface{
		name:                  "system-observe",
		summary:               systemObserveSummary,
		docURL:                "https://snapcraft.io/docs/system-observe-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: systemObserveConnectedPlugAppArmor,
		connectedPlugSecComp:  systemObserveConnectedPlugSecComp,
	}})
}
