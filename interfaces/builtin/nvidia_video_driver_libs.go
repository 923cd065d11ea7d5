// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// nvidia-video-driver-libs lets a snap that ships NVIDIA's video
// decoding and encoding libraries (libnvcuvid, libnvidia-encode) offer
// them to the system and to other snaps. The slot lists the
// directories that hold them ("library-source", each $SNAP/PATH,
// ${SNAP}/PATH or $SNAP_COMPONENT(NAME)/PATH) and a "compatibility"
// label of the form nvidia-video-MAJOR-MINOR-ubuntu-YYMM (the Video
// Codec SDK's version; YYMM 2404 or later), or an expression of such
// labels. No snap carries the slot without a snap declaration. On
// classic the plug is the system's; on Ubuntu Core any snap may carry
// it, and its app then reads and maps those directories.
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

const nvidiaVideoDriverLibsSummary = `allows providing NVIDIA video decoding and encoding libraries to the system and to snaps`

const nvidiaVideoDriverLibsConnectedPlugAppArmor = `
# Description: use the NVIDIA video decoding and encoding libraries a driver
# snap provides.
`

func init() {
	registerIface(&driverLibsInterface{
		commonInterface: commonInterface{
			name:                  "nvidia-video-driver-libs",
			summary:               nvidiaVideoDriverLibsSummary,
			baseDeclarationPlugs:  driverLibsPlug,
			baseDeclarationSlots:  driverLibsSlot,
			notRendered:           []string{interfaces.BackendConfigFiles, interfaces.BackendLdconfig},
			connectedPlugAppArmor: nvidiaVideoDriverLibsConnectedPlugAppArmor,
		},
		compat:     compatSpec{{tags: []string{"nvidia"}, ranges: [][2]uint64{{0, 0}}}, {tags: []string{"video"}, ranges: [][2]uint64{compatAny, compatAny}}, {tags: []string{"ubuntu"}, ranges: [][2]uint64{{2404, compatMaxInt}}}},
		compatForm: "nvidia-video-MAJOR-MINOR-ubuntu-YYMM (the Video Codec SDK's version, YYMM 2404 or later)",
		examples: []interfaces.AttributeExample{{
			Title: "the libraries of Video Codec SDK 12.2 for Ubuntu 24.04",
			Slot:  map[string]interface{}{"compatibility": "nvidia-video-12-2-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}},
		}},
	})
}
