// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// system-packages-doc lets an app read the documentation of the host's
// packages, for help browsers and documentation viewers: /usr/share/doc
// and the help trees some applications install elsewhere under
// /usr/share. The slot is the system's, on classic only; it does not
// auto-connect. The host's /usr/share is not the snap's: it is read
// through /var/lib/snapd/hostfs, and at /usr/share where a mount
// backend places it in the snap's namespace.
//
// Not rendered here: mount. The reference bind-mounts the host's
// /usr/share/doc into the snap's mount namespace; the rules here grant
// reading it where the mount would put it. A daemon using this library
// makes that mount itself.

const systemPackagesDocSummary = `allows reading the documentation of the host's packages`

const systemPackagesDocConnectedPlugAppArmor = `
# Description: read the documentation of the host's packages.

# Package documentation, and the help trees of CUPS, GIMP, GTK
# libraries, LibreOffice and Xubuntu under the host's /usr/share.
/{,var/lib/snapd/hostfs/}usr/share/{doc,cups/doc-root,gimp/2.0/help,gtk-doc,libreoffice/help,xubuntu-docs}/{,**} r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "system-packages-doc",
		notRendered:           []string{interfaces.BackendMount},
		summary:               systemPackagesDocSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: systemPackagesDocConnectedPlugAppArmor,
	})
}
