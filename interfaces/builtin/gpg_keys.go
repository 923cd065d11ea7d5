// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// gpg-keys lets an app use the user's GnuPG keys as gpg does with the
// user's own gpg-agent: sign and decrypt (the agent, which holds the
// unlocked secret keys, does the work), verify, encrypt, list keys. It
// reads the user's GnuPG home, ~/.gnupg, private keys and configuration
// included, writes the random seed, takes the keyrings' locks, and talks
// to the agent over its sockets. The slot is the system's; it never
// auto-connects, since it hands over the user's private keys.
//
// A snap's HOME is its own user data directory, so gpg's default home
// there is not ~/.gnupg: the app sets GNUPGHOME (or --homedir) to the
// user's real one. GnuPG then keeps its sockets in a subdirectory of
// its socket directory named after the home (d.<hash>), where the
// default home has them directly in /run/user/UID/gnupg; both are
// granted, and so is ~/.gnupg itself, where GnuPG puts them when the
// user has no runtime directory.
//
// Nothing in ~/.gnupg is writable but the random seed and the locks.
// Its configuration names programs that the user's own gpg, gpg-agent
// and dirmngr run outside any sandbox (gpg-agent.conf's
// pinentry-program and scdaemon-program, gpg.conf's exec-path and
// photo-viewer): an app that could write it would choose what the user
// runs next, unconfined. The keyrings and trust database stay read only
// too, so that an app cannot swap a correspondent's key or mark its own
// key as trusted: gpg reads a trust database it cannot write, and
// importing or generating keys is left to the user.
//
// The app uses the agent that runs for the user (on a desktop it runs
// with the session, or the user's systemd activates it on its
// sockets). gpg-agent, keyboxd, scdaemon and dirmngr do not run in
// this profile: each listens on a socket, which the base seccomp policy
// refuses (network-bind grants listen(), for inet sockets as much as
// unix ones, so it is not granted here). When no agent runs, gpg's
// attempt to start one fails and gpg says it cannot reach the agent.
// gpgconf and gpg-connect-agent run, to find the agent and talk to it.
//
// Where it differs from the reference: the reference writes the random
// seed alone, so that gpg cannot take a keyring's lock and exits with
// an error after reading it; it silences writes to the trust database
// with a denial, which would turn another interface's grant of the file
// into a refusal; and it reaches only the sockets under
// /run/user/UID/gnupg, those of the default home.

const gpgKeysSummary = `allows using the user's GnuPG keys and agent`

const gpgKeysConnectedPlugAppArmor = `
# Description: use the user's GnuPG keys and configuration, and the
# user's gpg-agent, as gpg does to sign, decrypt, verify and encrypt;
# nothing in the GnuPG home is written but the random seed and the
# locks.

# The user's GnuPG home, read only: keyrings, private keys
# (private-keys-v1.d), revocation certificates, trust database,
# configuration. The TOFU database is SQLite, which reads under fcntl
# locks.
owner @{HOME}/.gnupg/ r,
owner @{HOME}/.gnupg/** r,
owner @{HOME}/.gnupg/tofu.db k,

# libgcrypt reads its random seed at start and writes it back at exit,
# under an fcntl lock.
owner @{HOME}/.gnupg/random_seed rwk,

# The dotlock gpg takes on each keyring it opens: a file of its own
# naming its pid (.#lk0x..., and the same name ending in "x" to see
# whether the filesystem has hard links), then NAME.lock made from it,
# released at once. gpg counts a refused lock as an error and exits
# with status 2 even when the operation succeeded. Without the right to
# hard-link, gpg makes NAME.lock with an exclusive create instead.
owner @{HOME}/.gnupg/.#lk0x* rw,
owner @{HOME}/.gnupg/{pubring,trustedkeys}.{kbx,gpg}.lock rw,

# The agents' sockets: gpg-agent's (with its extra, browser and ssh
# sockets) and keyboxd's, in the home when the user has no runtime
# directory, else in the runtime directory's gnupg/ for the default
# home and gnupg/d.<hash>/ for another. Connecting to a socket needs
# write.
owner @{HOME}/.gnupg/S.* rw,
owner /run/user/@{uid}/gnupg/ r,
owner /run/user/@{uid}/gnupg/S.* rw,
owner /run/user/@{uid}/gnupg/d.*/ r,
owner /run/user/@{uid}/gnupg/d.*/S.* rw,

# GnuPG's programs from the base, in this profile: gpg and gpgv, and
# gpgconf and gpg-connect-agent, which find the agent and talk to it.
# Not the agent nor its helpers (see the doc comment).
/usr/bin/{gpg,gpg2,gpgv,gpgv2,gpgconf,gpg-connect-agent} ixr,

# GnuPG's shared data (the skeleton of a new gpg.conf, help texts) and
# the host's global configuration, read only.
/usr/share/gnupg/{,**} r,
/etc/gnupg/{,**} r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "gpg-keys",
		summary:               gpgKeysSummary,
		docURL:                "https://snapcraft.io/docs/gpg-keys-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: gpgKeysConnectedPlugAppArmor,
	})
}
