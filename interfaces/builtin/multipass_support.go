// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/seccomp"
)

// multipass-support lets the Multipass daemon run virtual machines the
// way it is built to: it writes an AppArmor profile of its own for each
// helper it launches (qemu, dnsmasq, the file-sharing helper), loads it
// with apparmor_parser, and starts the helper under it. The slot is the
// system's; the plug is for the Multipass snap alone, so installing it
// needs a snap declaration and it never auto-connects.
//
// There is no "userns," rule, on any ABI: the daemon creates no user
// namespaces, and its helpers run under the profiles it loads for them.

const multipassSupportSummary = `allows operating as the Multipass service`

const multipassSupportConnectedPlugAppArmor = `
# Description: operate as the Multipass service, which loads AppArmor
# profiles of its own for the qemu, dnsmasq and file-sharing helpers it
# starts, and runs each helper under its profile.

# Run apparmor_parser in this profile to load the helpers' profiles. Both
# paths: on a usr-merged system /sbin resolves to /usr/sbin, and a rule
# for /sbin alone would not match the resolved path.
/sbin/apparmor_parser ixr,
/usr/sbin/apparmor_parser ixr,

# apparmor_parser reads its configuration, tunables and abstractions.
/etc/apparmor/ r,
/etc/apparmor/** r,
/etc/apparmor.d/ r,
/etc/apparmor.d/** r,

# The kernel's AppArmor filesystem: read what is loaded, and load,
# replace or remove the helpers' profiles through .replace and .remove.
/sys/kernel/security/apparmor/ r,
/sys/kernel/security/apparmor/** r,
/sys/kernel/security/apparmor/.remove w,
/sys/kernel/security/apparmor/.replace w,

# Loading policy into the kernel needs mac_admin.
capability mac_admin,

# The daemon hands VM images and sockets to the helpers' users, starts
# helpers with their own ids, and stops them.
capability chown,
capability setuid,
capability setgid,
capability kill,

# Start the helpers under the generated profiles: the daemon sets the
# profile for its child's next exec, and the rule names the helper
# binaries as the exec's condition. Helpers run from two places: the
# usr/bin of the snap's data directory, and the snap's install tree
# (qemu-system-* and qemu-img in usr/bin, dnsmasq in usr/sbin,
# sshfs_server in bin). "unsafe" keeps the
# environment the daemon prepared for them (library paths into the snap).
change_profile unsafe /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/usr/bin/* -> multipass.*,
change_profile unsafe @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/@{SNAP_REVISION}/{bin,usr/bin,usr/sbin}/* -> multipass.*,

# Supervise the helpers once they run under those profiles: stop them,
# and read and trace them (qemu's monitor and crash handling).
signal (send) peer=multipass.*,
ptrace (read, trace) peer=multipass.*,
`

const multipassSupportConnectedPlugSecComp = `
# Description: operate as the Multipass service.

# Helpers drop their supplementary groups before they start; only
# clearing the list (a size of 0) is allowed.
setgroups 0 -
setgroups32 0 -

# The daemon gives VM images, sockets and mount points to the helpers'
# users.
` + chownSecComp

// multipassSupportInterface adds to the common data that it uses ptrace
// trace, so that an interface asking to suppress ptrace trace in the
// same profile does not turn this rule into a denial.
type multipassSupportInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*multipassSupportInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*multipassSupportInterface)(nil)
	_ seccomp.ConnectedPlugDefiner  = (*multipassSupportInterface)(nil)
)

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *multipassSupportInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	spec.SetUsesPtraceTrace()
	return iface.commonInterface.AppArmorConnectedPlug(spec, plug, slot)
}

func init() {
	registerIface(&multipassSupportInterface{commonInterface{
		name:                  "multipass-support",
		summary:               multipassSupportSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: multipassSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  multipassSupportConnectedPlugSecComp,
	}})
}
