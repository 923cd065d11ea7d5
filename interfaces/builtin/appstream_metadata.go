// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// appstream-metadata lets an app read the AppStream metadata of the
// host: the catalogue of installable software that distributions ship
// and cache, and the metainfo of installed software, as software
// centres read them. The slot is the system's, on classic only; it
// does not auto-connect. The host's /usr/share is not the snap's: it
// is read through /var/lib/snapd/hostfs, and at /usr/share where a
// mount backend places it in the snap's namespace.

const appstreamMetadataSummary = `allows reading the host's AppStream metadata`

const appstreamMetadataConnectedPlugAppArmor = `
# Description: read the host's AppStream metadata: the catalogue of
# installable software, and the metainfo of installed software.

# The catalogue as distributions ship and cache it, in the AppStream
# 1.0 (swcatalog) and older (app-info) locations, and appstream's cache.
/var/{cache,lib}/{swcatalog,app-info}/{,**} r,
/var/cache/appstream/{,**} r,

# Metainfo and catalogue files under the host's /usr/share.
/{,var/lib/snapd/hostfs/}usr/share/{metainfo,appdata,swcatalog,app-info}/{,**} r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "appstream-metadata",
		summary:               appstreamMetadataSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: appstreamMetadataConnectedPlugAppArmor,
	})
}
