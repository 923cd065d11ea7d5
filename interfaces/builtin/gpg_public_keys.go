// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// gpg-public-keys lets an app read the user's public GnuPG keyrings and
// trust database with gpg or gpgv: verify signatures, encrypt to
// others' keys, list keys. Never the private keys (private-keys-v1.d,
// the old secring.gpg), the revocation certificates (which revoke the
// user's key in anyone's hands), the agent's sockets, through which
// the agent signs and decrypts with the keys it holds, nor any write:
// gpg falls back to reading a trust database it cannot write, and
// gpg-agent is not among the programs it may run, so that no
// secret-key operation can start from here. The slot is the system's;
// it never auto-connects.
//
// As for gpg-keys, the app sets GNUPGHOME (or --homedir) to the user's
// ~/.gnupg, its HOME being its own. gpg cannot write the random seed
// (~/.gnupg/random_seed) nor read it: libgcrypt then says so and seeds
// itself from the kernel. Reading it is not granted because libgcrypt
// reads it under a read lock, which would hold off the user's own gpg
// writing it.
//
// GnuPG 2.4 homes that use keyboxd keep public keys in keyboxd's
// database, which only keyboxd serves, over a socket that also takes
// imports and deletions: neither is granted, so such a home's public
// keys are out of reach.
//
// The keyrings' lock files are writable: gpg takes a keyring's lock
// when it opens it (to see whether to compact it) and reports a refused
// lock as an error, so that every gpg run would exit with a failure. An
// app holding a lock makes the user's own gpg wait before it writes that
// keyring; it changes no key.
//
// Where it differs from the reference: the reference also reads the
// revocation certificates (openpgp-revocs.d), and silences writes to
// the trust database with a denial, which would turn another
// interface's grant of that file into a refusal.

const gpgPublicKeysSummary = `allows reading the user's public GnuPG keys`

const gpgPublicKeysConnectedPlugAppArmor = `
# Description: read the user's public GnuPG keyrings and trust database,
# to verify signatures and encrypt to others' keys; never the private
# keys nor the agent that holds them.

# The home, the public keyrings (the keybox, the older keyring) and the
# keyrings gpgv trusts, the trust database, and the user's gpg and
# common configuration, which say which keys and keyrings to use. All
# read only.
owner @{HOME}/.gnupg/ r,
owner @{HOME}/.gnupg/{pubring,trustedkeys}.{kbx,gpg} r,
owner @{HOME}/.gnupg/trustdb.gpg r,
owner @{HOME}/.gnupg/{gpg,common}.conf r,

# The dotlock gpg tries on each keyring it opens: a file of its own
# naming its pid (.#lk0x...), then the keyring's NAME.lock made from it,
# released at once. gpg counts a refused lock as an error and exits
# with status 2 even when a signature verified. Without the right to
# hard-link, gpg makes NAME.lock with an exclusive create instead.
owner @{HOME}/.gnupg/.#lk0x* rw,
owner @{HOME}/.gnupg/{pubring,trustedkeys}.{kbx,gpg}.lock rw,

# gpg and gpgv from the base, in this profile; not gpg-agent.
/usr/bin/{gpg,gpg2,gpgv,gpgv2} ixr,

# GnuPG's shared data and the host's global configuration.
/usr/share/gnupg/{,**} r,
/etc/gnupg/{,**} r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "gpg-public-keys",
		summary:               gpgPublicKeysSummary,
		docURL:                "https://snapcraft.io/docs/gpg-public-keys-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: gpgPublicKeysConnectedPlugAppArmor,
	})
}
