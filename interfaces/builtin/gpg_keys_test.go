// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type gpgKeysSuite struct{ systemSuite }

var _ = check.Suite(&gpgKeysSuite{systemSuite{systemCase{
	name:    "gpg-keys",
	summary: "allows using the user's GnuPG keys and agent",
	appArmor: []string{
		"owner @{HOME}/.gnupg/** r,",
		"owner @{HOME}/.gnupg/random_seed rwk,",
		"owner /run/user/@{uid}/gnupg/S.* rw,",
		"owner /run/user/@{uid}/gnupg/d.*/S.* rw,",
	},
	// No capability, no other user's files, no denial that would
	// override another interface's grant, no write or link over the
	// whole home.
	mustNotGrant: []string{anyCapability, `deny .*`, `(/|@\{HOME\}).*\.ssh.*`, `@\{HOME\}/\*\*.*`, `.*\.gnupg/\*\* [a-z]*[wl].*`},
}}})

// gpg reads the user's GnuPG home, private keys included, writes the
// random seed, takes the keyrings' locks and reaches the agents'
// sockets. It writes no configuration (which names programs the user's
// own gpg and agent run), no keyring, trust database or key, runs no
// agent, and reaches no other user's keys or sockets nor the user's
// other secrets (SSH keys, GNOME Keyring's SSH agent, the session bus).
func (s *gpgKeysSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("gpg-keys"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /home/u/.gnupg/",
		"file r /home/u/.gnupg/pubring.kbx",
		"file r /home/u/.gnupg/pubring.gpg",
		"file r /home/u/.gnupg/private-keys-v1.d/0123456789ABCDEF0123456789ABCDEF01234567.key",
		"file r /home/u/.gnupg/trustdb.gpg",
		"file rk /home/u/.gnupg/tofu.db",
		"file r /home/u/.gnupg/gpg.conf",
		"file r /home/u/.gnupg/gpg-agent.conf",
		"file r /home/u/.gnupg/openpgp-revocs.d/0123456789ABCDEF0123456789ABCDEF01234567.rev",
		"file rwk /home/u/.gnupg/random_seed",
		"file rw /home/u/.gnupg/.#lk0x000055d5c1a2b3c0.host.4242",
		"file rw /home/u/.gnupg/.#lk0x000055d5c1a2b3c0.host.4242x",
		"file rw /home/u/.gnupg/pubring.kbx.lock",
		"file rw /home/u/.gnupg/S.gpg-agent",
		"file rw /root/.gnupg/S.gpg-agent",
		"file r /run/user/1000/gnupg/",
		"file rw /run/user/1000/gnupg/S.gpg-agent",
		"file rw /run/user/1000/gnupg/S.gpg-agent.extra",
		"file rw /run/user/1000/gnupg/S.keyboxd",
		"file rw /run/user/1000/gnupg/d.8q5kq1ue9ijqxxf5ph5oxnec/S.gpg-agent",
		"unix connect stream peer_addr=/run/user/1000/gnupg/S.gpg-agent peer=unconfined",
		"exec /usr/bin/gpg ix",
		"exec /usr/bin/gpgv ix",
		"exec /usr/bin/gpgconf ix",
		"exec /usr/bin/gpg-connect-agent ix",
		"file r /usr/share/gnupg/options.skel",
		"file r /etc/gnupg/gpgconf.conf",
	}, []string{
		// Configuration that names programs the user's gpg, agent and
		// dirmngr run, unconfined.
		"file w /home/u/.gnupg/gpg.conf",
		"file w /home/u/.gnupg/gpg-agent.conf",
		"file w /home/u/.gnupg/common.conf",
		"file w /home/u/.gnupg/dirmngr.conf",
		"file w /home/u/.gnupg/scdaemon.conf",
		"file w /home/u/.gnupg/sshcontrol",
		"file w /home/u/.gnupg/trustlist.txt",
		"file w /home/u/.gnupg/",
		"file w /home/u/.gnupg/new.conf",
		"file l /home/u/.gnupg/pubring.kbx.lock -> /home/u/.gnupg/gpg.conf",
		// Keys, keyrings and trust.
		"file w /home/u/.gnupg/pubring.kbx",
		"file w /home/u/.gnupg/pubring.kbx.tmp",
		"file w /home/u/.gnupg/trustdb.gpg",
		"file w /home/u/.gnupg/tofu.db",
		"file w /home/u/.gnupg/private-keys-v1.d/0123456789ABCDEF0123456789ABCDEF01234567.key",
		"file w /home/u/.gnupg/openpgp-revocs.d/0123456789ABCDEF0123456789ABCDEF01234567.rev",
		// Other users', and the user's other secrets.
		"file r /home/v/.gnupg/private-keys-v1.d/0123456789ABCDEF0123456789ABCDEF01234567.key !owner",
		"file r /home/v/.gnupg/pubring.kbx !owner",
		"file rw /run/user/1001/gnupg/S.gpg-agent !owner",
		"file rw /run/user/1000/gnupg/log",
		"file w /run/user/1000/gnupg/",
		"file rw /run/user/1000/keyring/ssh",
		"file rw /run/user/1000/bus",
		"file rw /run/user/1000/gnupg-other/S.gpg-agent",
		"file r /home/u/.ssh/id_ed25519",
		"file r /home/u/.gnupg-backup/private-keys-v1.d/a.key",
		"file w /etc/gnupg/gpgconf.conf",
		"file w /usr/share/gnupg/options.skel",
		// No agent, helper or other program.
		"exec /usr/bin/gpg-agent",
		"exec /usr/lib/gnupg/keyboxd",
		"exec /usr/lib/gnupg/scdaemon",
		"exec /usr/bin/pinentry-curses",
		"exec /usr/bin/dirmngr",
		"exec /usr/bin/ssh-agent",
		"exec /usr/local/bin/gpg",
		"exec /home/u/.gnupg/evil",
		"file m /home/u/.gnupg/evil.so",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file r /home/u/.gnupg/pubring.kbx", "exec /usr/bin/gpg"})
}
