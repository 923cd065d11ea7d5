// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// kubernetes-support lets a snap run the node components of Kubernetes:
// the kubelet, which starts pods through the container runtime, mounts
// their volumes and watches the node's resources, and kube-proxy,
// which programs the host's packet filtering and IPVS so that Service
// addresses reach pods. Both act on the whole host, so installing the
// plug needs a snap declaration, and it never auto-connects. The slot
// is the system's, on classic and Ubuntu Core.
//
// The plug attribute "flavor" narrows it to one component, as under the
// reference:
//
//   - "kubelet": the kubelet's rules, and autobind.
//   - "kubeproxy": kube-proxy's rules, and autobind.
//   - "autobind-unix": only binding unix sockets to kernel-chosen
//     abstract addresses (autobind), which Kubernetes libraries do and
//     which needs nothing else, for snaps that only run clients.
//
// Without it the plug gets everything: both components' rules and
// autobind. Mounting is the kubelet's alone, and only under the snap's
// SNAP_COMMON, where its root directory (--root-dir) is: the reference
// mounts nowhere else either (it runs the kubelet's mounts through
// systemd-run under a child profile with the same targets; here the
// kubelet mounts itself). The container runtime itself (containerd, runc) is not
// part of this interface: snaps that run one plug docker-support.
//
// Syscalls, as in the reference, but for these differences: kube-proxy's
// netlink sockets (netfilter for conntrack and nftables, generic for
// IPVS) come with firewall-control and network-control, which a
// kube-proxy snap plugs under the reference too; the kubelet serves its
// device-plugin and pod-resources sockets through network-bind, as
// there; its fchownat changes the owner or the group, not both at once
// (the reference allows both); and its unshare leaves out user
// namespaces (the reference allows them).
//
// With the kubelet's rules, a profile of ABI 4.0 also gets "userns,":
// pods may run in user namespaces of their own (hostUsers: false),
// which the runtime's shims create, and the snaps that ship Kubernetes
// run those under the kubelet's plug too; an AppArmor 4 kernel, which
// current Ubuntu releases use to restrict user namespaces, denies
// creating them to a profile without the rule. A profile of ABI 3.0 goes without it,
// which its parser does not know: AppArmor does not mediate creating
// user namespaces under that ABI, so they are created as the kernel's
// own settings allow.
//
// Not rendered here: kmod. The modules the kubelet and kube-proxy expect
// (bridge netfilter, overlay, IPVS) are loaded by the daemon when the
// plug is connected, since the app may not load modules itself.

const kubernetesSupportSummary = `allows operating as the Kubernetes service`

const kubernetesSupportAutobindConnectedPlugAppArmor = `
# Description: bind unix sockets to abstract addresses the kernel
# chooses (autobind), as Kubernetes libraries do for their own sockets.

# Autobind: bind with an empty address; the base allows the syscall.
unix (bind) type=stream addr=auto,
unix (bind) type=dgram addr=auto,
unix (bind) type=seqpacket addr=auto,
`

const kubernetesSupportKubeletConnectedPlugAppArmor = `
# Description: operate as the kubelet: start pods through the container
# runtime, mount their volumes, and watch the node's resources.

# Pods' volumes are mounted under the kubelet's root directory, in the
# snap's SNAP_COMMON (--root-dir), and shared with the container
# runtime (rshared): bind mounts of directories there (emptyDir,
# hostPath and subPath volumes, read-only ones remounted), tmpfs
# (secrets, projected and memory-backed volumes), and disks and their
# partitions (local and attached volumes). Mounting anywhere else is
# not granted, as under the reference. Their ownership follows the
# pod's fsGroup.
capability sys_admin,
capability chown,
capability fowner,
capability fsetid,
capability dac_override,
mount /var/snap/@{SNAP_INSTANCE_NAME}/common/{,**} -> /var/snap/@{SNAP_INSTANCE_NAME}/common/{,**},
mount options=(rw, rshared) -> /var/snap/@{SNAP_INSTANCE_NAME}/common/{,**},
remount /var/snap/@{SNAP_INSTANCE_NAME}/common/{,**},
mount fstype=tmpfs tmpfs -> /var/snap/@{SNAP_INSTANCE_NAME}/common/**,
mount /dev/nvme{[0-9],[1-9][0-9]}n{[1-9],[1-5][0-9],6[0-3]}{,p{[1-9],[1-5][0-9],6[0-3]}} -> /var/snap/@{SNAP_INSTANCE_NAME}/common/**,
mount /dev/sd{[a-z],[a-h][a-z],i[a-v]}{[1-9],1[0-5]} -> /var/snap/@{SNAP_INSTANCE_NAME}/common/**,
mount /dev/vd[a-z]{[1-9],[1-5][0-9],6[0-3]} -> /var/snap/@{SNAP_INSTANCE_NAME}/common/**,
umount /var/snap/@{SNAP_INSTANCE_NAME}/common/**,

# Containers' logs, which the kubelet links, rotates and serves to
# kubectl logs.
/var/log/pods/ rw,
/var/log/pods/** rwl,
/var/log/containers/ rw,
/var/log/containers/** rwl,

# The container runtime's CRI socket: containerd's or CRI-O's.
@{run}/containerd/containerd.sock rw,
@{run}/crio/crio.sock rw,

# Pods' cgroups: the kubelet arranges them by QoS class, sets their
# limits, and reads their usage (cAdvisor).
@{sys}/fs/cgroup/ r,
@{sys}/fs/cgroup/** rw,

# What cAdvisor reads about the node: CPUs, memory and NUMA nodes,
# disks and network devices, and every process's usage; the kernel log
# for out-of-memory kills.
@{sys}/devices/system/cpu/** r,
@{sys}/devices/system/node/** r,
@{sys}/class/{block,net}/ r,
@{sys}/devices/**/{block,net}/** r,
@{PROC}/{diskstats,meminfo,stat,vmstat,swaps,cpuinfo} r,
@{PROC}/[0-9]*/{cgroup,stat,status,cmdline} r,
@{PROC}/[0-9]*/oom_score_adj rw,
ptrace (read),
/dev/kmsg r,

# Kernel settings the kubelet requires and sets: out-of-memory and
# panic behaviour, and the keyring quotas of its containers' users.
@{PROC}/sys/vm/{overcommit_memory,panic_on_oom} rw,
@{PROC}/sys/kernel/{panic,panic_on_oops} rw,
@{PROC}/sys/kernel/keys/{root_maxkeys,root_maxbytes} rw,
`

// kubernetesSupportKubeletUserNSAppArmor needs apparmor.FeatureUserNS.
const kubernetesSupportKubeletUserNSAppArmor = `
# Create the user namespaces of pods that run in one of their own, which
# a profile of ABI 4.0 must allow.
userns,
`

const kubernetesSupportKubeproxyConnectedPlugAppArmor = `
# Description: operate as kube-proxy: program the host's packet
# filtering and IPVS so that Service addresses reach pods.

# Rules, connection tracking and IPVS over netlink, which needs
# net_admin; raw sockets for the health checks of IPVS.
capability net_admin,
capability net_raw,
network netlink raw,

# Forwarding, bridge filtering, connection tracking limits and IPVS
# settings.
@{PROC}/sys/net/** rw,

# Which kernel modules (IPVS schedulers, conntrack) are loaded or built
# in.
@{PROC}/modules r,
/{,usr/}lib/modules/*/modules.{builtin,dep,order} r,
`

const kubernetesSupportKubeletConnectedPlugSecComp = `
# Description: operate as the kubelet.

# Mount and unmount pods' volumes.
mount
umount
umount2

# Pods' network namespaces: create them, with the mount, UTS, IPC or PID
# namespaces that go with them, and enter their network namespace
# (probes and port checks run inside the pod's network). A user
# namespace is the container runtime's (docker-support), not the
# kubelet's: unshare with CLONE_NEWUSER is refused, where the reference
# allows it.
unshare &CLONE_NEWUSER=0
setns - CLONE_NEWNET

# A pod's fsGroup: the kubelet gives its volumes' files to that group,
# leaving the owner (-1), and projected volumes' files to the pod's
# user, leaving the group; Go does both with fchownat. Owner and group
# together, and the other chown calls, are not needed; the chown
# capability (AppArmor) is what lets it give files away.
fchownat - - -1 -
fchownat - - - -1
`

// The flavors of the plug, and what none means.
const (
	kubernetesFlavorAll      = ""
	kubernetesFlavorKubelet  = "kubelet"
	kubernetesFlavorProxy    = "kubeproxy"
	kubernetesFlavorAutobind = "autobind-unix"
)

// kubernetesSupportInterface renders the rules of the plug's flavor.
type kubernetesSupportInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*kubernetesSupportInterface)(nil)
	_ interfaces.AttributeDescriber = (*kubernetesSupportInterface)(nil)
	_ interfaces.PlugSanitizer      = (*kubernetesSupportInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*kubernetesSupportInterface)(nil)
	_ seccomp.ConnectedPlugDefiner  = (*kubernetesSupportInterface)(nil)
)

// kubernetesFlavor reads and checks the flavor attribute.
func kubernetesFlavor(attrs map[string]interface{}) (string, error) {
	flavor, ok, err := stringAttr(attrs, "flavor")
	if err != nil || !ok {
		return kubernetesFlavorAll, err
	}
	switch flavor {
	case kubernetesFlavorKubelet, kubernetesFlavorProxy, kubernetesFlavorAutobind:
		return flavor, nil
	}
	return "", fmt.Errorf("flavor %q must be one of %q, %q or %q", flavor, kubernetesFlavorKubelet, kubernetesFlavorProxy, kubernetesFlavorAutobind)
}

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *kubernetesSupportInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := kubernetesFlavor(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// kubernetesFlavorWants says whether the plug's flavor includes the given one.
func kubernetesFlavorWants(flavor, component string) bool {
	return flavor == kubernetesFlavorAll || flavor == component
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *kubernetesSupportInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	flavor, err := kubernetesFlavor(plug.StaticAttrs())
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	// Every flavor binds its sockets with autobind.
	spec.AddSnippet(kubernetesSupportAutobindConnectedPlugAppArmor)
	if kubernetesFlavorWants(flavor, kubernetesFlavorKubelet) {
		spec.AddSnippet(kubernetesSupportKubeletConnectedPlugAppArmor)
		spec.AddFeatureSnippet(apparmor.FeatureUserNS, kubernetesSupportKubeletUserNSAppArmor)
	}
	if kubernetesFlavorWants(flavor, kubernetesFlavorProxy) {
		spec.AddSnippet(kubernetesSupportKubeproxyConnectedPlugAppArmor)
	}
	return nil
}

// SecCompConnectedPlug implements seccomp.ConnectedPlugDefiner.
func (iface *kubernetesSupportInterface) SecCompConnectedPlug(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	flavor, err := kubernetesFlavor(plug.StaticAttrs())
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	if kubernetesFlavorWants(flavor, kubernetesFlavorKubelet) {
		spec.AddSnippet(kubernetesSupportKubeletConnectedPlugSecComp)
	}
	return nil
}

// kubernetesSupportAttributes describes the plug's "flavor"
// (kubernetesFlavor).
var kubernetesSupportAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "flavor", Type: interfaces.AttrTypeString, Default: "every component's rules",
		Description: "Narrows the plug to one component: \"kubelet\" (the kubelet's rules and autobind), \"kubeproxy\" (kube-proxy's rules and autobind) or \"autobind-unix\" (only binding unix sockets to kernel-chosen abstract addresses).",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "every node component", Plug: map[string]interface{}{}},
		{Title: "the kubelet alone", Plug: map[string]interface{}{"flavor": "kubelet"}},
		{Title: "a client that only autobinds unix sockets", Plug: map[string]interface{}{"flavor": "autobind-unix"}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *kubernetesSupportInterface) Attributes() interfaces.AttributeDoc {
	return kubernetesSupportAttributes
}

func init() {
	registerIface(&kubernetesSupportInterface{commonInterface{
		name:                 "kubernetes-support",
		notRendered:          []string{interfaces.BackendKMod},
		summary:              kubernetesSupportSummary,
		implicitOn:           implicitOnAllSystems,
		baseDeclarationPlugs: superPrivilegedPlug,
		baseDeclarationSlots: systemSlotNoAutoConnect,
	}})
}
