// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type gpgPublicKeysSuite struct{ systemSuite }

var _ = check.Suite(&gpgPublicKeysSuite{systemSuite{systemCase{
	name:    "gpg-public-keys",
	summary: "allows reading the user's public GnuPG keys",
	appArmor: []string{
		"owner @{HOME}/.gnupg/{pubring,trustedkeys}.{kbx,gpg} r,",
		"owner @{HOME}/.gnupg/trustdb.gpg r,",
	},
	// Nothing of the agent, the private keys or the revocation
	// certificates, and no glob over the home.
	mustNotGrant: []string{anyCapability, `deny .*`, containing("private"), containing("revocs"), containing("S."), containing("gpg-agent"), `.*\.gnupg/\*.*`},
}}})

// gpg reads the public keyrings, the trust database and the
// configuration, and takes the keyrings' locks; it writes no keyring,
// reads no private key or revocation certificate, reaches no agent and
// runs none.
func (s *gpgPublicKeysSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("gpg-public-keys"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /home/u/.gnupg/",
		"file r /home/u/.gnupg/pubring.kbx",
		"file r /home/u/.gnupg/pubring.gpg",
		"file r /home/u/.gnupg/trustedkeys.kbx",
		"file r /home/u/.gnupg/trustdb.gpg",
		"file r /home/u/.gnupg/gpg.conf",
		"file r /home/u/.gnupg/common.conf",
		"file rw /home/u/.gnupg/.#lk0x000055d5c1a2b3c0.host.4242",
		"file rw /home/u/.gnupg/pubring.kbx.lock",
		"exec /usr/bin/gpg ix",
		"exec /usr/bin/gpgv ix",
		"file r /usr/share/gnupg/options.skel",
		"file r /etc/gnupg/gpgconf.conf",
	}, []string{
		"file w /home/u/.gnupg/pubring.kbx",
		"file w /home/u/.gnupg/pubring.kbx.tmp",
		"file w /home/u/.gnupg/trustdb.gpg",
		"file w /home/u/.gnupg/trustdb.gpg.lock",
		"file w /home/u/.gnupg/gpg.conf",
		"file r /home/u/.gnupg/private-keys-v1.d/0123456789ABCDEF0123456789ABCDEF01234567.key",
		"file r /home/u/.gnupg/private-keys-v1.d/",
		"file r /home/u/.gnupg/secring.gpg",
		"file r /home/u/.gnupg/openpgp-revocs.d/0123456789ABCDEF0123456789ABCDEF01234567.rev",
		"file r /home/u/.gnupg/random_seed",
		"file r /home/u/.gnupg/gpg-agent.conf",
		"file r /home/u/.gnupg/sshcontrol",
		"file r /home/u/.gnupg/public-keys.d/pubring.db",
		"file r /home/v/.gnupg/pubring.kbx !owner",
		"file rw /home/u/.gnupg/S.gpg-agent",
		"file rw /run/user/1000/gnupg/S.gpg-agent",
		"file rw /run/user/1000/gnupg/S.gpg-agent.extra",
		"file rw /run/user/1000/gnupg/S.keyboxd",
		"exec /usr/bin/gpg-agent",
		"exec /usr/bin/gpg-connect-agent",
		"exec /usr/lib/gnupg/keyboxd",
		"file r /home/u/.ssh/id_ed25519.pub",
	})
}

// gpg-keys and gpg-public-keys together give what gpg-keys gives, and
// neither makes the other's read-only files writable.
func (s *gpgPublicKeysSuite) TestWithGPGKeys(c *check.C) {
	yaml := consumerYaml("gpg-public-keys") + "  keys:\n    interface: gpg-keys\n"
	yaml = strings.Replace(yaml, "plugs: [plug]", "plugs: [plug, keys]", 1)
	cn := connectToSystem(c, builtin.Classic, yaml, "plug", "keys")
	cn.checkAccesses(c, plugTag, []string{
		"file r /home/u/.gnupg/private-keys-v1.d/0123456789ABCDEF0123456789ABCDEF01234567.key",
		"file rw /run/user/1000/gnupg/S.gpg-agent",
		"file rwk /home/u/.gnupg/random_seed",
	}, []string{
		"file w /home/u/.gnupg/trustdb.gpg",
		"file w /home/u/.gnupg/gpg.conf",
		"exec /usr/bin/gpg-agent",
	})
	cn.checkCompiles(c, "consumer")
}
