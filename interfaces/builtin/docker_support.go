// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// docker-support lets a snap operate as the Docker daemon: dockerd,
// containerd and the runc they start build containers' root
// filesystems from image layers, set up their namespaces, cgroups and
// networks, and start their processes under docker-default, the
// AppArmor profile dockerd loads for them. That is root's power over
// the host, so installing the plug needs a snap declaration (the Docker
// snap has one) and it never auto-connects. The slot is the system's,
// on classic and Ubuntu Core.
//
// Containers run under the daemon's seccomp filter as well as their
// own, since a filter is inherited and cannot be shed: the plug's
// filter lets through what Docker's default filter gives containers
// (servers, any user and group, device nodes, tracing within the
// container, every socket family but vsock) on top of what the daemon
// itself needs.
//
// The plug attribute "privileged-containers: true" lets it run
// privileged containers too ("docker run --privileged"), which Docker
// starts unconfined and without a seccomp filter: with it, the daemon
// may change its children to the unconfined profile, and its own
// seccomp filter is lifted, since a privileged container inherits it.
// Without it, containers start under docker-default and nothing else;
// loading kernel modules, kexec, swap, the kernel log and
// open_by_handle_at stay blocked by seccomp, and the syscalls Docker
// gives a container only with a capability (the clock, reboot, process
// accounting, raw port I/O, perf events, fanotify) are let through, as
// in the reference, for the capabilities to decide. CAP_SYS_ADMIN is
// granted either way: mounting root filesystems, creating namespaces
// and pivot_root need it in the daemon, and what a container process
// may do with capabilities is then bounded by the set runc gives it and
// by docker-default. Custom per-container profiles (--security-opt
// apparmor=NAME) are not supported.
//
// A profile of ABI 4.0 also gets "userns,": runc creates the user
// namespaces of containers that have one (dockerd --userns-remap,
// rootless mode), and an AppArmor 4 kernel, which current Ubuntu
// releases use to restrict them, denies that to a profile without the
// rule. A profile of ABI 3.0 goes without it, which its parser does not
// know: AppArmor does not mediate creating user namespaces under that
// ABI, so runc gets them as the kernel's own settings allow.
//
// Differences from the reference, whose rules this follows otherwise
// (its API socket, containerd's state and shim sockets, its cgroups,
// the containerd profile Kubernetes uses): capabilities are listed
// rather than all granted (sys_module, sys_time, sys_boot, sys_rawio
// and syslog stay out); of /proc the daemon reads what it uses, not all;
// the devicemapper storage driver's devices (/dev/mapper, loop devices)
// are left out, since Docker 25 removed it; containers' network and IPC
// settings (docker run --sysctl) are written by this interface, where
// the reference leaves /proc/sys/net to network-control, which the
// Docker snap plugs too; and ptrace trace is not granted, only read:
// dockerd and runc inspect containers, they do not trace them.

const dockerSupportSummary = `allows operating as the Docker daemon`

const dockerSupportConnectedPlugAppArmor = `
# Description: operate as the Docker daemon (dockerd, containerd and the
# runc they start): build containers' root filesystems, set up their
# namespaces, cgroups and networks, and start their processes under
# docker-default. This is root's power over the host.

# Capabilities of a container runtime running as root: mounts,
# namespaces and device cgroups (sys_admin, bpf), entering root
# filesystems (sys_chroot), container processes' ids, capabilities and
# limits (setuid, setgid, setpcap, setfcap, sys_resource), image files
# whatever their owners and modes (chown, dac_override,
# dac_read_search, fowner, fsetid, mknod), container networks
# (net_admin, net_raw, net_bind_service), stopping containers (kill),
# and audit messages of login tools in containers (audit_write).
capability sys_admin,
capability bpf,
capability sys_chroot,
capability setuid,
capability setgid,
capability setpcap,
capability setfcap,
capability sys_resource,
capability chown,
capability dac_override,
capability dac_read_search,
capability fowner,
capability fsetid,
capability mknod,
capability net_admin,
capability net_raw,
capability net_bind_service,
capability kill,
capability audit_write,

# Containers' root filesystems: overlay mounts of image layers, and the
# bind, proc, sysfs, tmpfs, devpts, mqueue and cgroup mounts inside
# them, at paths known only at run time; then pivot_root into them.
mount,
remount,
umount,
pivot_root,

# Start container processes under docker-default, or, when Kubernetes
# drives containerd, under containerd's default profile, and under no
# other profile.
change_profile unsafe /** -> docker-default,
change_profile unsafe /** -> cri-containerd.apparmor.d,

# Load and replace docker-default with apparmor_parser, which reads its
# configuration, tunables and abstractions, and writes the policy to
# the kernel. Both paths: /sbin resolves to /usr/sbin on usr-merged
# systems.
capability mac_admin,
/sbin/apparmor_parser ixr,
/usr/sbin/apparmor_parser ixr,
/etc/apparmor/ r,
/etc/apparmor/** r,
/etc/apparmor.d/ r,
/etc/apparmor.d/** r,
@{sys}/kernel/security/apparmor/ r,
@{sys}/kernel/security/apparmor/** r,
@{sys}/kernel/security/apparmor/{.replace,.remove} w,

# Supervise container processes: stop them, and read their state.
signal (send) peer=docker-default,
ptrace (read) peer=docker-default,
signal (send) peer=cri-containerd.apparmor.d,
ptrace (read) peer=cri-containerd.apparmor.d,

# Whether AppArmor is on, which dockerd checks before it loads
# docker-default and asks runc to use it.
@{sys}/module/apparmor/parameters/enabled r,

# Containers' cgroups: read every cgroup's usage and limits; create,
# set and fill Docker's own (the docker group of the cgroupfs driver,
# per controller on cgroup v1, and the docker-ID.scope units of the
# systemd driver) and the pods' ones when Kubernetes drives containerd.
# Other cgroups, the host's services' included, stay read-only, as under
# the reference.
@{sys}/fs/cgroup/ r,
@{sys}/fs/cgroup/** r,
@{sys}/fs/cgroup/{,*/}docker/{,**} rw,
@{sys}/fs/cgroup/{,*/}system.slice/docker-*.scope/{,**} rw,
@{sys}/fs/cgroup/{,*/}kubepods{,.slice}/{,**} rw,

# Container processes' namespaces, id maps and settings, which runc
# sets from outside, and the profile to change to at exec.
@{PROC}/[0-9]*/ns/ r,
@{PROC}/[0-9]*/ns/* r,
@{PROC}/[0-9]*/{cgroup,cmdline,mountinfo,stat,status} r,
@{PROC}/[0-9]*/{uid_map,gid_map,setgroups,oom_score_adj} rw,
@{PROC}/[0-9]*/attr/{,apparmor/}exec w,

# Namespaced kernel settings (docker run --sysctl, and forwarding for
# container networks): networking, System V IPC and POSIX message
# queues. Host-wide kernel settings are left out.
@{PROC}/sys/net/** rw,
@{PROC}/sys/kernel/{msgmax,msgmnb,msgmni,sem,shmall,shmmax,shmmni,shm_rmid_forced} rw,
@{PROC}/sys/fs/mqueue/** rw,

# Container networks: bridges and veth pairs over route netlink, which
# sets their attributes too; sysfs is only read, as under the
# reference.
network netlink raw,
@{sys}/class/net/ r,
@{sys}/devices/virtual/net/{,**} r,

# dockerd's API socket, where the docker interface's clients reach it.
@{run}/docker.sock rw,

# Runtime state of dockerd, containerd and runc, and containers'
# network namespaces. containerd's shims listen on sockets under its
# directory, and older ones on abstract sockets named after it.
unix (bind, listen) type=stream addr="@/containerd-shim/**",
@{run}/docker/ rw,
@{run}/docker/** rwk,
@{run}/docker.pid rw,
@{run}/containerd/ rw,
@{run}/containerd/** rwk,
@{run}/runc/ rw,
@{run}/runc/** rwk,
@{run}/netns/ rw,
@{run}/netns/** rw,
@{run}/mount/utab r,

# When Kubernetes drives containerd: the network plugins' state
# (flannel's subnet file, Calico's address locks) and the pods'
# service account secrets.
@{run}/flannel/{,**} rk,
@{run}/ipam-state/k8s-** rw,
@{run}/ipam-state/k8s-*/lock k,
@{run}/secrets/kubernetes.io/{,**} rk,
`

const dockerSupportConnectedPlugSecComp = `
# Description: operate as the Docker daemon, and let containers do
# what Docker's own filter lets them.

# Root filesystems: mounts, pivot_root (the base has chroot). The new
# mount API fails with ENOSYS in the base, and runc and containerd fall
# back to mount(2), which AppArmor mediates.
mount
umount
umount2
pivot_root

# Namespaces: create them for containers, and enter them (docker exec,
# and the DNS server dockerd runs in each container network).
unshare
setns

# Device access control on cgroup v2 is a BPF program that runc loads
# and attaches to each container's cgroup.
bpf

# runc gives each container a session keyring of its own.
keyctl

# Container processes run with supplementary groups, and own their
# files whoever they are (the base has the set*id calls).
setgroups
setgroups32
` + chownSecComp + `
# Image layers hold set-id programs (passwd, sudo, ping), and package
# managers in containers install more: unpacking and installing set
# S_ISUID and S_ISGID, which the base refuses. The files land in
# containers' root filesystems under dockerd's directories, which only
# root reaches.
chmod
fchmod
fchmodat
fchmodat2
creat
open
openat

# Device nodes in containers' /dev, and the whiteouts of overlay layers
# (character devices 0:0); never with a set-id bit, which no image needs
# on a device node.
mknod - &S_ISUID|S_ISGID=0
mknodat - - &S_ISUID|S_ISGID=0

# Containers' own host and domain names.
sethostname
setdomainname

# dockerd and containerd serve their API sockets, and containers serve
# too.
listen
accept
accept4

# Every socket family but vsock, as Docker allows containers: packet
# sockets (ping, DHCP clients) and every netlink protocol; dockerd
# itself uses netfilter (conntrack), generic (IPVS) and xfrm (encrypted
# overlay networks) netlink.
socket !AF_VSOCK

# Processes in a container may trace, compare and inspect each other;
# docker-default keeps it within the container.
ptrace
process_vm_readv
process_vm_writev
kcmp

# POSIX message queues of containers' IPC namespaces.
mq_open
mq_unlink
mq_timedsend
mq_timedsend_time64
mq_timedreceive
mq_timedreceive_time64
mq_notify
mq_getsetattr

# What Docker's own filter gives a container only with the capability
# that goes with it (docker run --cap-add): process accounting
# (sys_pacct), the clock (sys_time), rebooting its PID namespace
# (sys_boot), raw port I/O (sys_rawio), perf events (perfmon) and
# filesystem-wide notification (sys_admin). The capabilities decide:
# this interface's AppArmor rules grant none of sys_pacct, sys_time,
# sys_boot or sys_rawio, so those calls fail in the daemon and its
# containers alike; perf_event_open and fanotify also answer an
# unprivileged caller within the kernel's own limits
# (perf_event_paranoid, fanotify's unprivileged mode).
acct
settimeofday
stime
adjtimex
reboot
iopl
ioperm
perf_event_open
fanotify_init
fanotify_mark
`

// dockerSupportUserNSAppArmor needs apparmor.FeatureUserNS.
const dockerSupportUserNSAppArmor = `
# Create the user namespaces of containers that have one (userns-remap,
# rootless mode), which a profile of ABI 4.0 must allow.
userns,
`

const dockerSupportPrivilegedConnectedPlugAppArmor = `
# Description: run privileged containers (docker run --privileged),
# which Docker starts unconfined, with every host device.

# Start privileged containers' processes unconfined.
change_profile unsafe /** -> unconfined,

# Walk /dev to make each host device in a privileged container.
/dev/ r,
/dev/**/ r,
`

const dockerSupportPrivilegedConnectedPlugSecComp = `
# Description: run privileged containers, which Docker starts without a
# seccomp filter. A filter is inherited and cannot be shed, so the
# daemon runs without one.
@unrestricted
`

// dockerSupportInterface adds the privileged-containers attribute: a
// sanitizer, and the rules it grants.
type dockerSupportInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*dockerSupportInterface)(nil)
	_ interfaces.AttributeDescriber = (*dockerSupportInterface)(nil)
	_ interfaces.PlugSanitizer      = (*dockerSupportInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*dockerSupportInterface)(nil)
	_ seccomp.ConnectedPlugDefiner  = (*dockerSupportInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *dockerSupportInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := boolAttr(plug.Attrs, "privileged-containers", false); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// privileged says whether the plug asks for privileged containers; its
// static attributes were checked by the sanitizer.
func (iface *dockerSupportInterface) privileged(plug *interfaces.ConnectedPlug) (bool, error) {
	return boolAttr(plug.StaticAttrs(), "privileged-containers", false)
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *dockerSupportInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	privileged, err := iface.privileged(plug)
	if err != nil {
		return err
	}
	spec.AddSnippet(iface.connectedPlugAppArmor)
	spec.AddFeatureSnippet(apparmor.FeatureUserNS, dockerSupportUserNSAppArmor)
	if privileged {
		spec.AddSnippet(dockerSupportPrivilegedConnectedPlugAppArmor)
	}
	return nil
}

// SecCompConnectedPlug implements seccomp.ConnectedPlugDefiner.
func (iface *dockerSupportInterface) SecCompConnectedPlug(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	privileged, err := iface.privileged(plug)
	if err != nil {
		return err
	}
	spec.AddSnippet(iface.connectedPlugSecComp)
	if privileged {
		spec.AddSnippet(dockerSupportPrivilegedConnectedPlugSecComp)
	}
	return nil
}

// dockerSupportAttributes describes the plug's "privileged-containers".
var dockerSupportAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "privileged-containers", Type: interfaces.AttrTypeBool, Default: "false",
		Description: "true lets the daemon run privileged containers (docker run --privileged): its children may change to the unconfined profile, and its own seccomp filter is lifted.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "the Docker daemon", Plug: map[string]interface{}{}},
		{Title: "the Docker daemon with privileged containers", Plug: map[string]interface{}{"privileged-containers": true}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *dockerSupportInterface) Attributes() interfaces.AttributeDoc {
	return dockerSupportAttributes
}

func init() {
	registerIface(&dockerSupportInterface{commonInterface{
		name:                  "docker-support",
		summary:               dockerSupportSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: dockerSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  dockerSupportConnectedPlugSecComp,
	}})
}
