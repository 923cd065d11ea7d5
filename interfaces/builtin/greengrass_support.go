// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// greengrass-support lets a snap operate as the AWS IoT Greengrass
// nucleus (Greengrass version 2), which deploys components (the
// artifacts AWS sends it: programs, scripts, Lambda functions) and runs
// each as the user and group its deployment names (ggc_user:ggc_group
// by default) through "sudo -u USER -g GROUP", under the memory and
// CPU limits of a cgroup of its own; it stops them with signals and
// removes their work directories when a deployment drops them. The
// nucleus runs as root and runs what AWS deploys, so installing the
// plug needs a snap declaration and it never auto-connects. The slot
// is the system's, on classic and Ubuntu Core.
//
// Components run in the nucleus' profile, from the artifacts it unpacks
// in the snap's common data, where the base lets an app run its own
// programs: what they reach beyond it (devices, Docker, the network's
// control) comes from the snap's other plugs.
//
// Differences from the reference: its plug attribute "flavor" chooses
// between the rules of Greengrass version 1's own containers
// ("legacy-container", its default: Lambda functions in mount, PID and
// network namespaces the daemon builds with overlay filesystems and
// pivot_root) and lighter ones without them ("no-container").
// Greengrass 1 has reached its end of life, and its containers are not
// supported here: every plug gets the rules of the nucleus, which runs
// no container of its own, and the attribute is not read.

const greengrassSupportSummary = `allows operating as the Greengrass service`

const greengrassSupportConnectedPlugAppArmor = `
# Description: operate as the AWS IoT Greengrass nucleus: run the
# components AWS deploys, each as the user its deployment names, under
# cgroup limits. The nucleus runs, as root, whatever is deployed to it.

# Run each component as its user and group through sudo, which, run by
# root, reads its policy, changes its ids and supplementary groups,
# sets the target's limits and records the change in the audit log.
/usr/bin/sudo ixr,
/etc/sudoers r,
/etc/sudoers.d/ r,
/etc/sudoers.d/* r,
/etc/sudo.conf r,
/etc/pam.d/ r,
/etc/pam.d/* r,
/etc/security/limits.conf r,
/etc/security/limits.d/ r,
/etc/security/limits.d/* r,
capability setuid,
capability setgid,
capability audit_write,
capability sys_resource,
network netlink raw,

# Give the components' work directories to their users, and remove them
# whoever owns their files.
capability chown,
capability fowner,
capability dac_override,
capability dac_read_search,

# Stop components, which run as other users.
capability kill,

# Limit components' memory and CPU: a cgroup for each under the
# greengrass group of cgroup v2 (with the controllers enabled for its
# children), or of the memory and cpu controllers of cgroup v1.
/sys/fs/cgroup/cgroup.subtree_control rw,
/sys/fs/cgroup/greengrass/ rw,
/sys/fs/cgroup/greengrass/** rw,
/sys/fs/cgroup/{memory,cpu,cpuacct,cpu\,cpuacct}/greengrass/ rw,
/sys/fs/cgroup/{memory,cpu,cpuacct,cpu\,cpuacct}/greengrass/** rw,
`

const greengrassSupportConnectedPlugSecComp = `
# Description: operate as the AWS IoT Greengrass nucleus.

# sudo sets the component's supplementary groups and records the change
# in the audit log.
setgroups
setgroups32
socket AF_NETLINK - NETLINK_AUDIT

# Give the components' work directories to their users.
` + chownSecComp

func init() {
	registerIface(&commonInterface{
		name:                  "greengrass-support",
		summary:               greengrassSupportSummary,
		docURL:                "https://snapcraft.io/docs/greengrass-support-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: greengrassSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  greengrassSupportConnectedPlugSecComp,
	})
}
