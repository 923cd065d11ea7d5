// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// system-source-code lets an app read the host's /usr/src: the headers
// and build trees of the running kernel that out-of-tree modules, DKMS
// and BPF tools (bcc, bpftrace) compile against. The snap's mount
// namespace shows the host's /usr/src in place of the base snap's, so
// the grant is a read rule and nothing else; the kernel's
// /lib/modules/VERSION/build link resolves into it. The slot is the
// system's; the plug installs anywhere and is connected by hand.

const systemSourceCodeSummary = `allows reading the host's kernel sources and headers in /usr/src`

const systemSourceCodeConnectedPlugAppArmor = `
# Description: read the host's kernel sources and headers.

# The trees under /usr/src, read-only: compilers read headers and
# configuration, and follow the links between a version's trees.
/usr/src/ r,
/usr/src/** r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "system-source-code",
		summary:               systemSourceCodeSummary,
		docURL:                "https://snapcraft.io/docs/system-source-code-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: systemSourceCodeConnectedPlugAppArmor,
	})
}
