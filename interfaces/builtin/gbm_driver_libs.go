// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// gbm-driver-libs lets a snap that ships a GBM backend (the library
// Mesa's libgbm loads to allocate buffers on a vendor's GPU) offer it
// to the system. The slot lists the directories of the libraries
// ("library-source", each $SNAP/PATH, ${SNAP}/PATH or
// $SNAP_COMPONENT(NAME)/PATH), names the backend's file in
// "client-driver" (a file name, such as nvidia-drm_gbm.so), and gives
// a "compatibility" label of the form
// gbmbackend-N-arch64-ubuntu-YYMM (or arch32), or an expression of
// such labels. No snap carries the slot without a snap declaration,
// and only the system carries the plug; an app that a snap declaration
// lets plug it reads and maps the library directories.
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
// cache (an ld.so.conf.d entry, then ldconfig), links the client-driver
// file, found in the library directories, into
// /usr/lib/<triplet>/gbm where libgbm looks for backends, and writes a
// file naming the library directories under /var/lib/snapd/export for
// snap-confine; a daemon using this library does all three itself.

const gbmDriverLibsSummary = `allows providing GBM driver libraries to the system`

const gbmDriverLibsConnectedPlugAppArmor = `
# Description: use the GBM backend libraries a driver snap provides.
`

func init() {
	registerIface(&driverLibsInterface{
		commonInterface: commonInterface{
			name:                  "gbm-driver-libs",
			summary:               gbmDriverLibsSummary,
			baseDeclarationPlugs:  systemDriverLibsPlug,
			baseDeclarationSlots:  driverLibsSlot,
			notRendered:           []string{interfaces.BackendConfigFiles, interfaces.BackendLdconfig},
			connectedPlugAppArmor: gbmDriverLibsConnectedPlugAppArmor,
		},
		compat:       compatSpec{{tags: []string{"gbmbackend"}, ranges: [][2]uint64{compatAny}}, {tags: []string{"arch32", "arch64"}, ranges: [][2]uint64{{0, 0}}}, {tags: []string{"ubuntu"}, ranges: [][2]uint64{compatAny}}},
		clientDriver: true,
		compatForm:   "gbmbackend-N-arch64-ubuntu-YYMM or gbmbackend-N-arch32-ubuntu-YYMM (N the GBM backend ABI version)",
		examples: []interfaces.AttributeExample{{
			Title: "the 64-bit GBM backend of NVIDIA's driver for Ubuntu 24.04",
			Slot:  map[string]interface{}{"compatibility": "gbmbackend-2-arch64-ubuntu-2404", "client-driver": "nvidia-drm_gbm.so", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}},
		}},
	})
}
