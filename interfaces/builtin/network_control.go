// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// network-control lets an app configure the host's networking:
// interfaces, addresses, routes, bridges, tunnels, wireless devices and
// radios, and network namespaces (ip netns). Packet filtering is
// firewall-control. The slot is the system's, on every system; it does
// not auto-connect. Namespaces need sys_admin (unshare, setns and the
// bind mounts under /run/netns); the mount rules are limited to what
// "ip netns" does.
//
// The AppArmor side opens the socket families its seccomp rules name
// (netlink, packet, raw IP, PPPoE), lets the base snap's network tools
// (ip, tc, iw, ethtool...) run under the app's profile, and gives them
// what they read (iproute2's tables), TUN/TAP and PPP devices, and the
// BPF filesystem directories tc and XDP pin maps in. Tools name hosts
// and services: the plug gets the shared name-service, certificate and
// system-bus rules (client_rules.go). Listing the processes of a
// namespace ("ip netns pids") reads every process's ns/net, which
// needs ptrace read on them: that is system-observe's.
//
// Not rendered here: udev. The app's device cgroup admits /dev/net/tun
// and the rfkill node only once udev rules tag them for the app's
// security tag; a daemon using this library writes those rules itself.

const networkControlSummary = `allows configuring networking and network namespaces`

const networkControlConnectedPlugAppArmor = `
# Description: configure the host's networking: interfaces, addresses,
# routes, neighbours, bridges, tunnels, wireless devices and radios, and
# network namespaces.

# Changing network configuration needs net_admin; tools that send
# packets of their own (arping, DHCP clients) need raw sockets.
capability net_admin,
capability net_raw,

# The socket families the seccomp rules open: netlink (route, generic,
# xfrm, socket diagnostics, FIB lookups, iSCSI, RDMA, uevents), packet
# sockets (DHCP clients, arping, packet capture), raw IP sockets, the
# datagram sockets that interface ioctls go through (ifconfig, ethtool,
# iwconfig), and PPP over Ethernet.
network netlink raw,
network netlink dgram,
network packet raw,
network packet dgram,
network inet raw,
network inet6 raw,
network inet dgram,
network inet6 dgram,
network pppox,

# The tools of the base snap that configure the network, run under this
# same profile: iproute2 (ip, tc, bridge, ss, devlink, rdma), iw,
# ethtool, arping, and the older net-tools and wireless tools.
/{,usr/}{,s}bin/{ip,tc,bridge,ss,nstat,devlink,rdma,iw,ethtool,arping,ifconfig,route,brctl,iwconfig,iwlist,rfkill} ixr,

# What iproute2 reads: routing table, protocol and realm names, and the
# distribution tables tc shapes delay with.
/etc/iproute2/ r,
/etc/iproute2/** r,
/usr/share/iproute2/ r,
/usr/share/iproute2/** r,
/usr/lib/iproute2/ r,
/usr/lib/iproute2/** r,
/usr/lib/{,*/}tc/ r,
/usr/lib/{,*/}tc/* r,

# Kernel network settings, global and per interface (forwarding, ARP,
# IPv6 autoconfiguration), and the kernel's network tables.
@{PROC}/sys/net/ r,
@{PROC}/sys/net/** rw,
@{PROC}/@{pid}/net/ r,
@{PROC}/@{pid}/net/** r,

# Interfaces, bridges and wireless devices in sysfs; some attributes
# (MTU, bridge and bonding settings) are set there.
@{sys}/class/net/ r,
@{sys}/devices/**/net/** rw,
@{sys}/class/ieee80211/ r,
@{sys}/devices/**/ieee80211/** r,

# Switch radios on and off: each radio is an rfkillN directory below its
# device in sysfs.
/dev/rfkill rw,
@{sys}/class/rfkill/ r,
@{sys}/devices/**/rfkill[0-9]*/ r,
@{sys}/devices/**/rfkill[0-9]*/* r,
@{sys}/devices/**/rfkill[0-9]*/{soft,state} w,

# Create TUN and TAP devices; run PPP links (pppd's PPPoE sessions).
/dev/net/tun rw,
/dev/ppp rw,

# Traffic control and XDP programs: iproute2 pins their BPF maps under
# its directories of the BPF filesystem.
@{sys}/fs/bpf/ r,
@{sys}/fs/bpf/{tc,xdp}/ rw,
@{sys}/fs/bpf/{tc,xdp}/** rw,

# Network namespaces as "ip netns" keeps them: files under /run/netns
# that a namespace (the process's own, or its thread's) is bind-mounted
# onto, with /run/netns made a shared mount point first, bound onto
# itself when it is not one yet. Creating and entering a namespace
# needs sys_admin. Mount sources are written out (/proc, /run): their
# slashes are not collapsed as those of file rules are, so the
# variables, which end in one, would leave a double slash that no
# source matches.
capability sys_admin,
@{run}/netns/ rw,
@{run}/netns/* rw,
@{PROC}/@{pid}/{,task/@{pid}/}ns/net r,
mount options=(rw, bind) /{,var/}run/netns/ -> @{run}/netns/,
mount options=(rw, rbind) /{,var/}run/netns/ -> @{run}/netns/,
mount options=(rw, rshared) -> @{run}/netns/,
mount options=(rw, bind) /proc/@{pid}/{,task/@{pid}/}ns/net -> @{run}/netns/*,
umount @{run}/netns/*,

# "ip netns exec" runs its command in a mount namespace of its own, with
# /sys (and the cgroup tree under it) remounted to show the namespace's
# devices, and the namespace's own files from /etc/netns/NAME bound
# over those of /etc.
mount options=(rw, rslave) -> /,
umount /sys/,
mount fstype=sysfs -> /sys/,
mount fstype=cgroup2 -> /sys/fs/cgroup/,
/etc/netns/ r,
/etc/netns/** r,
mount options=(rw, bind) /etc/netns/*/* -> /etc/*,
` + nameServiceAppArmor + tlsCertificatesAppArmor + dbusSystemBusAppArmor

const networkControlConnectedPlugSecComp = `
# Description: configure the host's networking.

# Netlink sockets, bound before use: route (ip), generic (wireless with
# iw, bonding, WireGuard, ethtool), xfrm (IPsec), socket diagnostics
# (ss), FIB lookups, iSCSI (iscsid, which sets up the sessions of
# network block storage), RDMA (the rdma tool, which adds soft-RoCE and
# iWARP links), and kobject uevents (waiting for an interface to appear,
# as ifupdown's hotplug and "udevadm settle" do). DECnet's routing
# messages, which the reference also lists, are gone from Linux since
# 6.1.
socket AF_NETLINK - NETLINK_ROUTE
socket AF_NETLINK - NETLINK_GENERIC
socket AF_NETLINK - NETLINK_XFRM
socket AF_NETLINK - NETLINK_SOCK_DIAG
socket AF_NETLINK - NETLINK_FIB_LOOKUP
socket AF_NETLINK - NETLINK_ISCSI
socket AF_NETLINK - NETLINK_RDMA
socket AF_NETLINK - NETLINK_KOBJECT_UEVENT
bind

# Packet sockets (DHCP clients, arping, tcpdump-like tools), and PPP
# over Ethernet: pppd's PPPoE plugin and pppoe-discovery open AF_PPPOX
# sockets.
socket AF_PACKET
socket AF_PPPOX

# Traffic control and XDP programs: "tc filter ... bpf" and "ip link
# set ... xdp" load BPF programs and maps (net_admin, or bpf, decided by
# AppArmor).
bpf

# Network namespaces: create them ("ip netns add"), with their own
# mount, UTS, IPC, PID or cgroup namespaces as "unshare" and "ip netns
# exec" ask for, and enter them; bind-mount them onto files under
# /run/netns. A user namespace is not this interface's: unshare with
# CLONE_NEWUSER is refused (the reference allows every namespace).
unshare &CLONE_NEWUSER=0
setns - CLONE_NEWNET
mount
umount
umount2
`

func init() {
	registerIface(&commonInterface{
		name:                  "network-control",
		notRendered:           []string{interfaces.BackendUDev},
		summary:               networkControlSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: networkControlConnectedPlugAppArmor,
		connectedPlugSecComp:  networkControlConnectedPlugSecComp,
	})
}
