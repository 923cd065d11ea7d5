// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// iscsi-initiator lets an app use block storage over iSCSI, as an
// initiator: discover a portal's targets, log in and out of them, and
// set the sessions' tunables with iscsiadm, which asks iscsid (the
// host's, or the snap's own) through iscsid's abstract socket; or run
// iscsid itself, which drives the kernel's iSCSI transport over its
// netlink family. It also lets the app manage the host's Linux-IO (LIO)
// targets through configfs, as OpenStack's Cinder does with targetcli.
// The slot is the system's, on classic only. Installing the plug needs
// a snap declaration, and it never auto-connects.
//
// The disks a session brings (/dev/sd*) are block-devices' to open;
// iSCSI hosts are the platform devices host[0-9]* that the iSCSI
// transport creates, so that the app's sysfs rules reach no other SCSI
// host.
//
// Not rendered here: kmod. Connecting the plug has the host load
// iscsi_tcp (the initiator over TCP) and target_core_mod (LIO's
// configfs); a daemon using this library loads them itself.
//
// Where it differs from the reference: the reference grants the iscsid
// socket to iscsiadm only and no netlink socket, so that iscsid must be
// the host's; here the app may run iscsid itself: serve that socket,
// open the kernel's iSCSI netlink family (which takes commands only
// from a process with sys_admin) and lock its memory (iscsid must not be
// paged out while it recovers the sessions the system's disks live on).
// The reference's sysfs write rules cover whole directories; here they
// name the tunables iscsiadm writes. targetcli's saved configuration in
// /etc/target is not granted: the snap keeps its own.

const iscsiInitiatorSummary = `allows access to iSCSI initiator functionality for block storage operations`

const iscsiInitiatorConnectedPlugAppArmor = `
# Description: act as an iSCSI initiator: discover targets, and log in
# and out of them, through iscsiadm and iscsid; and manage LIO targets
# through configfs.

# iscsiadm asks iscsid to discover targets and to manage sessions,
# through iscsid's abstract socket; an iscsid of the snap's own serves
# it.
unix (connect, send, receive) type=stream peer=(addr="@ISCSIADM_ABSTRACT_NAMESPACE"),
unix (bind, listen, accept, send, receive) type=stream addr="@ISCSIADM_ABSTRACT_NAMESPACE",

# iscsid drives the kernel's iSCSI transport (connections, logins,
# recovery) over its netlink family, which takes commands only from a
# process with sys_admin; it locks its memory so that it is never paged
# out to the disks whose sessions it recovers, and records its pid.
network netlink raw,
capability sys_admin,
capability ipc_lock,
/run/iscsid.pid rwk,

# The initiator's name and iscsid's settings, read only; the node,
# discovery and interface records iscsiadm keeps, and its locks.
/etc/iscsi/ r,
/etc/iscsi/initiatorname.iscsi r,
/etc/iscsi/iscsid.conf r,
/etc/iscsi/{nodes,send_targets,ifaces,isns,static,fw,slp}/ rw,
/etc/iscsi/{nodes,send_targets,ifaces,isns,static,fw,slp}/** rwk,
/run/lock/iscsi/ rw,
/run/lock/iscsi/** rwk,

# The transports, hosts, sessions and connections in sysfs: read them.
/sys/class/{iscsi_transport,iscsi_host,iscsi_session,iscsi_connection,iscsi_iface,scsi_host}/ r,
/sys/devices/virtual/iscsi_transport/ r,
/sys/devices/virtual/iscsi_transport/** r,
/sys/devices/platform/host[0-9]*/ r,
/sys/devices/platform/host[0-9]*/** r,

# Write what iscsiadm sets: the sessions' and connections' tunables
# (timeouts, recovery), the hosts' parameters, a rescan, and the state,
# timeout, rescan and removal of the disks of the sessions.
/sys/devices/platform/host[0-9]*/session[0-9]*/iscsi_session/session[0-9]*/* w,
/sys/devices/platform/host[0-9]*/session[0-9]*/connection[0-9]*:[0-9]*/iscsi_connection/connection[0-9]*:[0-9]*/* w,
/sys/devices/platform/host[0-9]*/iscsi_host/host[0-9]*/* w,
/sys/devices/platform/host[0-9]*/scsi_host/host[0-9]*/scan w,
/sys/devices/platform/host[0-9]*/session[0-9]*/target[0-9]*:[0-9]*:[0-9]*/[0-9]*:[0-9]*:[0-9]*:[0-9]*/{state,timeout,rescan,delete} w,

# LIO targets (targetcli): the target tree of configfs, whose
# directories and attributes are the targets' configuration, and
# targetcli's lock.
/sys/kernel/config/target/ rw,
/sys/kernel/config/target/** rw,
/{,var/}run/targetcli.lock rwk,
`

const iscsiInitiatorConnectedPlugSecComp = `
# Description: act as an iSCSI initiator.

# iscsid's socket to the kernel's iSCSI transport.
socket AF_NETLINK - NETLINK_ISCSI
`

func init() {
	registerIface(&commonInterface{
		name:                  "iscsi-initiator",
		summary:               iscsiInitiatorSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendKMod},
		connectedPlugAppArmor: iscsiInitiatorConnectedPlugAppArmor,
		connectedPlugSecComp:  iscsiInitiatorConnectedPlugSecComp,
	})
}
