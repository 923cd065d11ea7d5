// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// vulkan-driver-libs lets a snap that ships a Vulkan driver (an
// installable client driver, ICD, that the Vulkan loader finds through
// its manifest) offer it to the system. The slot lists the directories
// of the libraries ("library-source"), of the ICD manifests
// ("icd-source", JSON files whose library_path is a file of the
// library directories), and optionally of layer manifests
// ("implicit-layer-source", "explicit-layer-source"), each $SNAP/PATH,
// ${SNAP}/PATH or $SNAP_COMPONENT(NAME)/PATH, and a "compatibility"
// label of the form vulkan-1-MINOR-ubuntu-YYMM (MINOR at most 10), or
// an expression of such labels. No snap carries the slot without a
// snap declaration, and only the system carries the plug; an app that
// a snap declaration lets plug it reads and maps the library
// directories and reads the manifests.
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
// cache (an ld.so.conf.d entry, then ldconfig), links each ICD and layer
// manifest, once checked (its api_version within the compatibility
// label, its library_path a file of the library directories), into
// /etc/vulkan/icd.d, implicit_layer.d or explicit_layer.d, and writes a
// file naming the library directories under /var/lib/snapd/export for
// snap-confine; a daemon using this library does all three itself.

const vulkanDriverLibsSummary = `allows providing Vulkan driver libraries to the system`

const vulkanDriverLibsConnectedPlugAppArmor = `
# Description: use the Vulkan driver libraries a driver snap provides, and the
# ICD and layer manifests that name them.
`

func init() {
	registerIface(&driverLibsInterface{
		commonInterface: commonInterface{
			name:                  "vulkan-driver-libs",
			summary:               vulkanDriverLibsSummary,
			baseDeclarationPlugs:  systemDriverLibsPlug,
			baseDeclarationSlots:  driverLibsSlot,
			notRendered:           []string{interfaces.BackendConfigFiles, interfaces.BackendLdconfig},
			connectedPlugAppArmor: vulkanDriverLibsConnectedPlugAppArmor,
		},
		compat: compatSpec{{tags: []string{"vulkan"}, ranges: [][2]uint64{{1, 1}, {0, 10}}}, {tags: []string{"ubuntu"}, ranges: [][2]uint64{compatAny}}},
		configSources: []driverLibsConfigAttr{
			{name: "icd-source", required: true, doc: "The directories of the ICD manifests (JSON files whose library_path names a file of the library directories)"},
			{name: "implicit-layer-source", doc: "The directories of the manifests of implicit layers, which the Vulkan loader enables by itself"},
			{name: "explicit-layer-source", doc: "The directories of the manifests of explicit layers, which an application enables by name"},
		},
		compatForm: "vulkan-1-MINOR-ubuntu-YYMM (Vulkan 1.0 to 1.10)",
		examples: []interfaces.AttributeExample{{
			Title: "a Vulkan 1.3 driver for Ubuntu 24.04",
			Slot:  map[string]interface{}{"compatibility": "vulkan-1-3-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}, "icd-source": []interface{}{"$SNAP/usr/share/vulkan/icd.d"}},
		}, {
			Title: "a driver with layers of both kinds, for Vulkan 1.2 or 1.3",
			Slot: map[string]interface{}{
				"compatibility": "vulkan-1-(2..3)-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}, "icd-source": []interface{}{"$SNAP/usr/share/vulkan/icd.d"},
				"implicit-layer-source": []interface{}{"$SNAP/usr/share/vulkan/implicit_layer.d"}, "explicit-layer-source": []interface{}{"$SNAP/usr/share/vulkan/explicit_layer.d"},
			},
		}},
	})
}
