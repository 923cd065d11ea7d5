// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// ssh-keys lets an app act as an SSH client with the user's own
// identity: read the user's SSH keys, known hosts and client
// configuration in ~/.ssh, and the host's client configuration in
// /etc/ssh. The slot is the system's. It never auto-connects, since it
// hands over the user's private keys.
//
// ~/.ssh is read only: an ssh client that meets a new host cannot
// record its key in known_hosts (it warns and goes on), which is safer
// than letting an app add keys a later connection would trust.

const sshKeysSummary = `allows reading the user's SSH keys and client configuration`

const sshKeysConnectedPlugAppArmor = `
# Description: read the user's SSH keys and configuration, and the
# host's SSH client configuration, as an SSH client does.

# The host's client configuration and its drop-in directory.
/etc/ssh/ r,
/etc/ssh/ssh_config r,
/etc/ssh/ssh_config.d/{,*} r,

# The user's keys (private and public), certificates, known hosts and
# client configuration.
owner @{HOME}/.ssh/ r,
owner @{HOME}/.ssh/** r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "ssh-keys",
		summary:               sshKeysSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: sshKeysConnectedPlugAppArmor,
	})
}
