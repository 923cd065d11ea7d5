// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// microstack-support lets the MicroStack snap run OpenStack on one
// host: libvirt starts each virtual machine as a QEMU process under an
// AppArmor profile it generates and loads (libvirt-UUID), with KVM and
// the kernel's vhost back ends (vhost-net, vhost-vsock, vhost-scsi),
// and keeps it in the machine slice of the cgroup tree; Open vSwitch
// and Neutron build the networks from the kernel's datapath, TAP
// devices and a network namespace for each router and DHCP server, in
// which dnsmasq serves the instances; Cinder keeps volumes in LVM on
// loop devices. That is root's power over the host, so installing the
// plug needs a snap declaration (the MicroStack snap has one) and it
// never auto-connects. The slot is the system's, on classic and Ubuntu
// Core.
//
// Not rendered here: udev and kernel modules. The app's device cgroup
// admits /dev/kvm, the vhost and TUN devices, loop and device-mapper
// devices only once udev rules tag them for the app's security tag, and
// the vhost_net, vhost_vsock, vhost_scsi, tun and openvswitch modules
// must be loaded; a daemon using this library does both itself.

const microstackSupportSummary = `allows operating as the MicroStack service`

const microstackSupportConnectedPlugAppArmor = `
# Description: operate as MicroStack, OpenStack in one snap: virtual
# machines through libvirt, QEMU and KVM, networks through Open vSwitch
# and Neutron, volumes through Cinder. This is root's power over the
# host.

# Virtual machines: KVM, the vhost back ends of their network, vsock
# and SCSI devices, and the TAP devices of their network ports. QEMU
# locks guest memory (ipc_lock) and libvirt raises its limits
# (sys_resource) and pins its threads to CPUs (sys_nice).
/dev/kvm rw,
/dev/vhost-net rw,
/dev/vhost-vsock rw,
/dev/vhost-scsi rw,
/dev/net/tun rw,
capability ipc_lock,
capability sys_resource,
capability sys_nice,

# libvirt generates an AppArmor profile for each machine and loads it
# with apparmor_parser, which reads its configuration, and starts QEMU
# under it; it stops, reads and traces the machines' processes.
/sbin/apparmor_parser ixr,
/usr/sbin/apparmor_parser ixr,
/etc/apparmor/ r,
/etc/apparmor/** r,
/etc/apparmor.d/ r,
/etc/apparmor.d/** r,
/sys/kernel/security/apparmor/ r,
/sys/kernel/security/apparmor/** r,
/sys/kernel/security/apparmor/.remove w,
/sys/kernel/security/apparmor/.replace w,
capability mac_admin,
change_profile -> libvirt-[0-9a-f]*,
signal (send) peer=libvirt-[0-9a-f]*,
ptrace (read, trace) peer=libvirt-[0-9a-f]*,
capability sys_ptrace,

# libvirt and QEMU run with their own ids and groups, give images and
# sockets to them, and drop capabilities before QEMU starts.
capability setuid,
capability setgid,
capability setpcap,
capability chown,
capability fowner,
capability fsetid,
capability dac_override,
capability dac_read_search,
capability kill,

# Machines' cgroups, in the machine slice (cgroup v2) or the machine
# group of each controller (cgroup v1).
/sys/fs/cgroup/machine.slice/ rw,
/sys/fs/cgroup/machine.slice/** rw,
/sys/fs/cgroup/*/machine/ rw,
/sys/fs/cgroup/*/machine/** rw,

# Networks: Open vSwitch's kernel datapath (generic netlink), links,
# addresses and routes, firewall rules, and DHCP from dnsmasq (packet
# sockets, privileged ports); the networking sysctls Neutron sets.
capability net_admin,
capability net_raw,
capability net_bind_service,
network netlink raw,
network netlink dgram,
network packet raw,
network packet dgram,
@{PROC}/sys/net/ r,
@{PROC}/sys/net/** rw,

# Neutron's routers and DHCP servers live in network namespaces, kept
# as "ip netns" keeps them: files under /run/netns that a namespace is
# bind-mounted onto, /run/netns being a shared mount point; "ip netns
# exec" remounts /sys in a mount namespace of its own. Creating and
# entering namespaces and mounting need sys_admin.
capability sys_admin,
@{run}/netns/ rw,
@{run}/netns/* rw,
@{PROC}/@{pid}/{,task/@{pid}/}ns/net r,
mount options=(rw, bind) /{,var/}run/netns/ -> @{run}/netns/,
mount options=(rw, rshared) -> @{run}/netns/,
mount options=(rw, bind) /proc/@{pid}/{,task/@{pid}/}ns/net -> @{run}/netns/*,
umount @{run}/netns/*,
mount options=(rw, rslave) -> /,
umount /sys/,
mount fstype=sysfs -> /sys/,

# Cinder's volumes: LVM on loop devices backed by files in the snap's
# data, through device-mapper.
/dev/loop-control rw,
/dev/loop[0-9]* rw,
/dev/mapper/control rw,
/dev/dm-[0-9]* rw,
`

const microstackSupportConnectedPlugSecComp = `
# Description: operate as MicroStack.

# Network namespaces of Neutron's routers and DHCP servers, and the
# mount namespace of "ip netns exec"; never a user namespace.
unshare &CLONE_NEWUSER=0
setns
mount
umount2

# Open vSwitch's datapath and the firewall's rules over netlink.
socket AF_NETLINK - NETLINK_GENERIC
socket AF_NETLINK - NETLINK_NETFILTER

# dnsmasq's DHCP on the instances' networks.
socket AF_PACKET

# libvirt pins QEMU's threads to CPUs; QEMU and libvirt run with
# supplementary groups, and own images and sockets whoever they are.
sched_setaffinity
setgroups
setgroups32
` + chownSecComp

func init() {
	registerIface(&commonInterface{
		name:                  "microstack-support",
		summary:               microstackSupportSummary,
		docURL:                "https://snapcraft.io/docs/microstack-support-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: microstackSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  microstackSupportConnectedPlugSecComp,
		notRendered:           []string{interfaces.BackendKMod, interfaces.BackendUDev},
	})
}
