// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// opengles-driver-libs lets a snap that ships a vendor's OpenGL ES
// libraries (libGLESv2 implementations) offer them to the system and to
// other snaps. The slot lists the directories that hold them
// ("library-source", each $SNAP/PATH, ${SNAP}/PATH or
// $SNAP_COMPONENT(NAME)/PATH) and a "compatibility" label of the form
// opengles-MAJOR-MINOR-ubuntu-YYMM, or an expression of such labels. No
// snap carries the slot without a snap declaration. On classic the plug
// is the system's; on Ubuntu Core any snap may carry it, and its app
// then reads and maps those directories.
//
// Where it differs from the reference: the consuming app's rules name
// the providing snap's directories where it keeps them, in any
// revision, where the reference's newest releases bind-mount them into
// the consumer's mount namespace and grant that tree (snapiface has no
// mount backend); a source path is refused when it holds any character
// AppArmor gives a meaning to (attrs.go), names the whole snap or
// component, or passes the limits of limits.go, as the slot's paths
// land in every consumer's profile. The reference also refuses the plug on snaps of
// older bases (core24 and before), whose C library the driver may not
// run against; snapiface leaves that check to the daemon.
//
// Not rendered here: ldconfig and configfiles. Connected to the
// system's plug, the host adds the library directories to its loader
// cache (an ld.so.conf.d entry, then ldconfig), and writes a file naming
// them under /var/lib/snapd/export for snap-confine; a daemon using
// this library does both itself.

const openglesDriverLibsSummary = `allows providing OpenGL ES driver libraries to the system and to snaps`

const openglesDriverLibsConnectedPlugAppArmor = `
# Description: use the OpenGL ES driver libraries a driver snap provides.
`

func init() {
	registerIface(&driverLibsInterface{
		commonInterface: commonInterface{
			name:                  "opengles-driver-libs",
			summary:               openglesDriverLibsSummary,
			baseDeclarationPlugs:  driverLibsPlug,
			baseDeclarationSlots:  driverLibsSlot,
			notRendered:           []string{interfaces.BackendConfigFiles, interfaces.BackendLdconfig},
			connectedPlugAppArmor: openglesDriverLibsConnectedPlugAppArmor,
		},
		compat:     compatSpec{{tags: []string{"opengles"}, ranges: [][2]uint64{compatAny, compatAny}}, {tags: []string{"ubuntu"}, ranges: [][2]uint64{compatAny}}},
		compatForm: "opengles-MAJOR-MINOR-ubuntu-YYMM",
		examples: []interfaces.AttributeExample{{
			Title: "a vendor's OpenGL ES 3.2 libraries for Ubuntu 22.04 or 24.04",
			Slot:  map[string]interface{}{"compatibility": "opengles-3-2-ubuntu-2204 OR opengles-3-2-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/aarch64-linux-gnu"}},
		}},
	})
}
