// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// ssh-public-keys lets an app read the user's SSH public keys (the
// *.pub files in ~/.ssh), for example to install them on a machine or
// VM it sets up, without reaching the private keys beside them. The
// slot is the system's. It never auto-connects.

const sshPublicKeysSummary = `allows reading the user's SSH public keys`

const sshPublicKeysConnectedPlugAppArmor = `
# Description: read the user's SSH public keys and nothing else of
# ~/.ssh.

# List ~/.ssh to find the keys, and read the public halves only.
owner @{HOME}/.ssh/ r,
owner @{HOME}/.ssh/*.pub r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "ssh-public-keys",
		summary:               sshPublicKeysSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: sshPublicKeysConnectedPlugAppArmor,
	})
}
