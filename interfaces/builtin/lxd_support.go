// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
)

// lxd-support lets a snap operate as LXD, the manager of system
// containers and virtual machines. An LXD container is a whole
// operating system: its init mounts, creates namespaces, loads its own
// seccomp filters and runs services as any user, all under the filter
// and the namespaces LXD gives it; its virtual machines get host devices
// and storage. LXD needs root's full power over the host for that,
// which this grants, class by class, so installing the plug needs a
// snap declaration (the LXD snap has one) and it never auto-connects.
// The slot is the system's, on classic and Ubuntu Core.
//
// The seccomp filter is lifted: a container inherits LXD's filter and
// cannot shed it, and LXD gives containers their own filter, with
// syscall interception, in its place.
//
// Under the reference LXD runs unconfined: its plug lets it run aa-exec
// unconfined (ux), and the LXD snap's daemon wrapper re-executes itself
// with "aa-exec -p unconfined" before it starts; the plug attribute
// enable-unconfined-mode asks for the profile's unconfined flag too.
// The 3.0 ABI has no rule that makes a profile unconfined, and the
// flag is not honoured by every kernel that accepts it (see the classic
// template), so here the same is expressed by what the wrapper needs:
// changing to unconfined at exec (change_profile -> unconfined), which
// "aa-exec -p unconfined" asks for. The profile also grants every class
// of rule itself, so that LXD works before the re-exec and in builds
// that do not re-exec. That is no more than the reference gives, which
// is everything: a profile that can load policy (mac_admin and the
// apparmorfs files, granted here) could give itself any other.
// Attribute enable-unconfined-mode is accepted and changes nothing.
//
// LXD runs each instance and each of its helpers (dnsmasq, forkproxy,
// qemu) under a profile it generates and loads, named
// lxd-INSTANCE_<PATH> or lxd_HELPER-..., and changes into those. LXD
// intercepts some syscalls of its containers and reads and writes
// their memory to answer them, so it uses ptrace trace, which no
// suppression by another interface of the same profile turns into a
// denial.
//
// A profile of ABI 4.0 also gets the classes of rules that ABI adds:
// "userns," (unprivileged containers live in user namespaces LXD
// creates, and an AppArmor 4 kernel, which current Ubuntu releases use
// to restrict them, denies that to a profile without the rule) and
// "mqueue," (POSIX message queues, which containers' services use and
// ABI 4.0 mediates). A profile of ABI 3.0 goes without them, which its
// parser does not know: AppArmor mediates neither under that ABI, so
// LXD gets both as the kernel's own settings allow.

const lxdSupportSummary = `allows operating as the LXD service`

const lxdSupportConnectedPlugAppArmor = `
# Description: operate as LXD, the manager of system containers and
# virtual machines. It needs, and gets, root's full power over the
# host, class by class.

# Every capability: LXD sets up instances as root, and hands
# containers the capabilities of their own root.
capability,

# Every file, and running host tools under this profile: instances'
# root filesystems, storage pools and devices may be anywhere the
# administrator puts them (block devices, ZFS, LVM and Ceph volumes,
# host paths shared into instances).
/{,**} rwlk,
/** mix,

# Mounts of every kind, anywhere: root filesystems, storage volumes
# and the mounts inside containers; pivot_root into them.
mount,
remount,
umount,
pivot_root,

# Instance networks: bridges, OVN, firewall rules, and DHCP and DNS for
# instances.
network,

# Start instances and LXD's helpers under the profiles LXD generates
# and loads for them (their names end in LXD's directory, slashes
# included: lxd-c1_</var/snap/lxd/common/lxd>), and re-execute LXD
# itself unconfined, as its wrapper does with "aa-exec -p unconfined"
# (see the interface's doc).
change_profile unsafe /** -> lxd-**,
change_profile unsafe /** -> lxd_**,
change_profile unsafe /** -> unconfined,

# Instances' and helpers' processes: signal them, and trace them to
# answer the syscalls LXD intercepts; consoles, QEMU monitors and the
# guest API (devlxd) over unix sockets; D-Bus for the host's services
# (systemd, udev-driven hotplug).
signal,
ptrace,
unix,
dbus,
`

const lxdSupportConnectedPlugSecComp = `
# Description: operate as LXD. Containers inherit LXD's seccomp filter
# and cannot shed it, and LXD gives each container a filter of its own,
# with syscall interception, in its place: LXD runs without one.
@unrestricted
`

// lxdSupportUserNSAppArmor needs apparmor.FeatureUserNS,
// lxdSupportMqueueAppArmor apparmor.FeatureMqueue.
const (
	lxdSupportUserNSAppArmor = `
# Create the user namespaces of unprivileged containers, which a profile
# of ABI 4.0 must allow.
userns,
`
	lxdSupportMqueueAppArmor = `
# POSIX message queues, of every kind and name, which a profile of ABI
# 4.0 mediates.
mqueue,
`
)

// lxdSupportInterface adds to the common data that it uses ptrace
// trace, and the rules of ABI 4.0.
type lxdSupportInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*lxdSupportInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*lxdSupportInterface)(nil)
)

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *lxdSupportInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	spec.SetUsesPtraceTrace()
	spec.AddFeatureSnippet(apparmor.FeatureUserNS, lxdSupportUserNSAppArmor)
	spec.AddFeatureSnippet(apparmor.FeatureMqueue, lxdSupportMqueueAppArmor)
	return iface.commonInterface.AppArmorConnectedPlug(spec, plug, slot)
}

func init() {
	registerIface(&lxdSupportInterface{commonInterface{
		name:                  "lxd-support",
		summary:               lxdSupportSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: lxdSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  lxdSupportConnectedPlugSecComp,
	}})
}
