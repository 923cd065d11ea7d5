// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
)

// userns lets an app create user namespaces: sandboxes (bubblewrap,
// a browser's or an Electron app's), rootless containers (podman,
// buildah), build tools that fake root (unshare -r). In a new user
// namespace the app holds every capability, but only over what that
// namespace owns; AppArmor still checks each capability it uses, so
// this interface alone gives it none: mounting or administering a
// network there takes the rules of the interface that grants them.
// The slot is the system's. Installing the plug needs a snap
// declaration, and it never auto-connects.
//
// AppArmor: a profile of ABI 4.0 gets "userns,", without which an
// AppArmor 4 kernel that restricts unprivileged user namespaces (as
// current Ubuntu releases do) denies creating one. On a host of ABI 3.0
// the rule is left out, its parser not knowing it: AppArmor 3 does not
// mediate user namespaces, so the app creates them as the kernel's own
// settings allow (kernel.unprivileged_userns_clone,
// user.max_user_namespaces), with or without this interface. On every
// host the app may write the id maps of its own processes, which a new
// namespace needs before it is of use, and read the kernel's limits.
//
// Seccomp: unshare, with any flags, as the reference grants it. clone
// and clone3, which the base allows unfiltered (clone3's flags are out
// of seccomp's sight), create namespaces without this interface as far
// as seccomp goes; unshare with namespace flags other than
// CLONE_NEWUSER needs sys_admin in the caller's own namespace, which
// AppArmor decides, unless CLONE_NEWUSER comes with them, when the new
// namespaces belong to the new user namespace. setns, joining another
// process's namespaces, is not granted.

const userNSSummary = `allows the ability to use user namespaces`

const userNSConnectedPlugAppArmor = `
# Description: create user namespaces, and map ids in them.

# A new user namespace is of use once the ids of its processes are
# mapped: write the maps of the app's own processes (setgroups first,
# for the group map), and read the kernel's limits on namespaces.
owner @{PROC}/@{pid}/{uid_map,gid_map,setgroups} rw,
@{PROC}/sys/kernel/unprivileged_userns_clone r,
@{PROC}/sys/user/max_user_namespaces r,
`

// userNSUserNSAppArmor needs apparmor.FeatureUserNS.
const userNSUserNSAppArmor = `
# Create user namespaces, which a profile of ABI 4.0 must allow.
userns,
`

const userNSConnectedPlugSecComp = `
# Description: create user namespaces.

# Move the caller into new namespaces, a user namespace among them.
unshare
`

// userNSInterface adds the rule of ABI 4.0 to the common data.
type userNSInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*userNSInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*userNSInterface)(nil)
)

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *userNSInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	spec.AddFeatureSnippet(apparmor.FeatureUserNS, userNSUserNSAppArmor)
	return iface.commonInterface.AppArmorConnectedPlug(spec, plug, slot)
}

func init() {
	registerIface(&userNSInterface{commonInterface{
		name:                  "userns",
		summary:               userNSSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: userNSConnectedPlugAppArmor,
		connectedPlugSecComp:  userNSConnectedPlugSecComp,
	}})
}
