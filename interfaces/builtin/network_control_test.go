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
		"mount options=(rw, bind) @{PROC}/@{pid}/{,task/@{pid}/}ns/net -> @{run}/netns/*,",
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
	// Packet filtering is firewall-control's, modules are
	// kernel-module-control's, mounts stay under /run/netns and /sys,
	// and user namespaces are left out (plugSecComp has the one unshare
	// rule, which excludes them; the grants golden shows it).
	mustNotGrant: []string{"NETLINK_NETFILTER", "xtables", "capability sys_module,", "\nmount,", "\numount,", "setns - CLONE_NEWUSER", "unshare CLONE_NEWUSER"},
}}})
