// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// egl-driver-libs lets a snap that ships an EGL driver (a vendor's
// libEGL implementation, loaded through libglvnd) offer it to the
// system. The slot lists the directories of the libraries
// ("library-source") and of the vendor files that name them to
// libglvnd ("icd-source", JSON files whose library_path is a file of
// the library directories), each $SNAP/PATH, ${SNAP}/PATH or
// $SNAP_COMPONENT(NAME)/PATH; a "priority" (a positive integer) that
// orders the vendor files of several providers; and a "compatibility"
// label of the form egl-1-5-ubuntu-YYMM, or an expression of such
// labels. No snap carries the slot without a snap declaration, and only
// the system carries the plug; an app that a snap declaration lets plug
// it reads and maps the library directories and reads the vendor
// files.
//
// Where it differs from the reference: the consuming app's rules name
// the providing snap's directories where it keeps them, in any
// revision, where the reference's newest releases bind-mount them into
// the consumer's mount namespace and grant that tree (snapiface has no
// mount backend); a source path is refused when it holds any character
// AppArmor gives a meaning to (attrs.go), names the whole snap or
// component, or passes the limits of limits.go, as the slot's paths
// land in every consumer's profile.
//
// Not rendered here: ldconfig and configfiles. Connected to the
// system's plug, the host adds the library directories to its loader
// cache (an ld.so.conf.d entry, then ldconfig), links each vendor file
// whose library_path names a file of the library directories into
// /etc/glvnd/egl_vendor.d under a name that carries the priority, and
// writes a file naming the library directories under
// /var/lib/snapd/export for snap-confine; a daemon using this library
// does all three itself, reading the vendor files as it does so.

const eglDriverLibsSummary = `allows providing EGL driver libraries to the system`

const eglDriverLibsConnectedPlugAppArmor = `
# Description: use the EGL driver libraries a driver snap provides, and the
# libglvnd vendor files that name them.
`

func init() {
	registerIface(&driverLibsInterface{
		commonInterface: commonInterface{
			name:                  "egl-driver-libs",
			summary:               eglDriverLibsSummary,
			baseDeclarationPlugs:  systemDriverLibsPlug,
			baseDeclarationSlots:  driverLibsSlot,
			notRendered:           []string{interfaces.BackendConfigFiles, interfaces.BackendLdconfig},
			connectedPlugAppArmor: eglDriverLibsConnectedPlugAppArmor,
		},
		compat:        compatSpec{{tags: []string{"egl"}, ranges: [][2]uint64{{1, 1}, {5, 5}}}, {tags: []string{"ubuntu"}, ranges: [][2]uint64{compatAny}}},
		configSources: []driverLibsConfigAttr{{name: "icd-source", required: true, doc: "The directories of the libglvnd vendor files (JSON files whose library_path names a file of the library directories)"}},
		priority:      true,
		compatForm:    "egl-1-5-ubuntu-YYMM (EGL 1.5)",
		examples: []interfaces.AttributeExample{{
			Title: "a vendor's EGL 1.5 driver for Ubuntu 24.04",
			Slot: map[string]interface{}{
				"compatibility": "egl-1-5-ubuntu-2404", "priority": int64(10),
				"library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}, "icd-source": []interface{}{"$SNAP/usr/share/glvnd/egl_vendor.d"},
			},
		}},
	})
}
