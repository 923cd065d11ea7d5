// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type networkControlSuite struct{ referenceSuite }

var _ = check.Suite(&networkControlSuite{referenceSuite{referenceCase{
	name:    "network-control",
	summary: "allows configuring networking and network namespaces",
	plugAppArmor: []string{
		"capability net_admin,",
		"capability net_raw,",
		"@{PROC}/sys/net/** rw,",
		"/dev/net/tun rw,",
		"/dev/rfkill rw,",
		"mount options=(rw, bind) /proc/@{pid}/{,task/@{pid}/}ns/net -> @{run}/netns/*,",
		"umount @{run}/netns/*,",
	},
	plugSecComp: []string{
		"socket AF_NETLINK - NETLINK_ROUTE",
		"socket AF_PACKET",
		"socket AF_NETLINK - NETLINK_RDMA",
		"socket AF_PPPOX",
		"bpf",
		"unshare &CLONE_NEWUSER=0",
		"setns - CLONE_NEWNET",
		"mount",
	},
	// User namespaces are left out (plugSecComp has the one unshare
	// rule, which excludes them; the grants golden shows it), and
	// packet filtering is firewall-control's (what AppArmor grants is
	// in TestAccesses).
	mustNotGrant: []string{"NETLINK_NETFILTER", "setns - CLONE_NEWUSER", "unshare CLONE_NEWUSER"},
}}})

// The families, tools, devices and files that configuring the network
// takes, and the mounts of "ip netns"; not the firewall, modules, other
// mounts, or any abstract socket of the host.
func (s *networkControlSuite) TestAccesses(c *check.C) {
	checkNetworkAccesses(c, "network-control", []string{
		"capability net_admin",
		"capability net_raw",
		"capability sys_admin",
		"network netlink raw",
		"network packet raw",
		"network packet dgram",
		"network inet raw",
		"network inet6 raw",
		"network pppox",
		"exec /usr/bin/ip ix",
		"exec /sbin/ip ix",
		"exec /usr/sbin/iw ix",
		"exec /usr/sbin/ethtool ix",
		"exec /usr/sbin/tc ix",
		"exec /usr/bin/ss ix",
		"exec /usr/sbin/bridge ix",
		"file r /etc/iproute2/rt_tables",
		"file r /usr/share/iproute2/rt_protos",
		"file r /usr/lib/x86_64-linux-gnu/tc/normal.dist",
		"file rw /proc/sys/net/ipv4/ip_forward",
		"file rw /proc/sys/net/ipv6/conf/eth0/accept_ra",
		"file r /proc/4242/net/dev",
		"file rw /sys/devices/virtual/net/br0/bridge/stp_state",
		"file rw /sys/devices/pci0000:00/0000:00:1f.6/net/eth0/mtu",
		"file r /sys/devices/pci0000:00/0000:00:14.3/ieee80211/phy0/index",
		"file rw /dev/rfkill",
		"file rw /sys/devices/pci0000:00/0000:00:14.3/ieee80211/phy0/rfkill1/soft",
		"file rw /dev/net/tun",
		"file rw /dev/ppp",
		"file rw /sys/fs/bpf/tc/globals/map0",
		"file rw /run/netns/blue",
		"file r /proc/4242/ns/net",
		"mount options=rw,bind source=/proc/4242/ns/net /run/netns/blue",
		"mount options=rw,rshared /run/netns/",
		"mount options=rw,bind source=/run/netns/ /run/netns/",
		"mount options=rw,bind source=/proc/4242/task/4243/ns/net /run/netns/blue",
		"umount /run/netns/blue",
		"mount options=rw,rslave /",
		"umount /sys/",
		"mount fstype=sysfs /sys/",
		"mount options=rw,bind source=/etc/netns/blue/resolv.conf /etc/resolv.conf",
	}, []string{
		"capability sys_module",
		"exec /usr/sbin/modprobe",
		"exec /usr/sbin/iptables",
		"exec /usr/sbin/nft",
		"file rwk /run/xtables.lock",
		"mount options=rw,bind source=/home/u/ /run/netns/blue",
		"mount options=rw,bind source=/etc/shadow /etc/passwd",
		"mount fstype=ext4 source=/dev/sda1 /mnt/",
		"umount /",
		"file rw /sys/fs/bpf/other/map0",
		"file w /sys/kernel/security/apparmor/.replace",
		"network bluetooth",
		"file rw /dev/mem",
		"file w /sys/devices/pci0000:00/0000:00:14.3/ieee80211/phy0/rfkill1/name",
	})
}
